import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Institution } from './institution.entity.js';
import type { InstitutionKind } from '../../domain/institutions.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';
import { assertProvinceCode } from '../../domain/reference-data.js';

function assertProvince(code: string | undefined): void {
  if (code !== undefined) assertProvinceCode(code);
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
