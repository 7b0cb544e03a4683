import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../shared/errors.js';
import { Institution } from './institution.entity.js';
import type { InstitutionKind } from './institution-kind.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';
import { provinceCodes } from './reference-data.js';

function assertProvince(code: string | undefined): void {
  if (code !== undefined && !provinceCodes.has(code)) {
    throw new BadUserInputError(`Unknown province code '${code}'. Query provinces for the 28 codes (e.g. BLG, SOF).`, {
      messageBg: `Непознат код на област '${code}'.`,
      details: { argument: 'provinceCode' },
    });
  }
}

export const referenceService = {
  provinces: (em: EntityManager) => em.find(Province, {}, { orderBy: { code: 'asc' } }),

  municipalities(em: EntityManager, provinceCode?: string) {
    assertProvince(provinceCode);
    return em.find(Municipality, provinceCode ? { province: provinceCode } : {}, { orderBy: { code: 'asc' } });
  },

  institutions(em: EntityManager, filter: { kind?: InstitutionKind; provinceCode?: string }) {
    assertProvince(filter.provinceCode);
    const where: FilterQuery<Institution> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.provinceCode) where.province = filter.provinceCode;
    return em.find(Institution, where, { orderBy: { code: 'asc' } });
  },
};
