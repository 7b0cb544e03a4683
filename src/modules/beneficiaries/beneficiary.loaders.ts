import DataLoader from 'dataloader';
import { byId } from '../../read/loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Beneficiary } from './beneficiary.entity.js';
import type { FamilyRelation } from '../../domain/beneficiaries.js';
import { FamilyLink } from './family-link.entity.js';

/** Per request: beneficiaries outside the caller's row scope are simply not there. */
export function beneficiaryLoaders(em: EntityManager) {
  const inScope = async (ids: readonly string[]) => (ids.length ? em.find(Beneficiary, { id: { $in: [...new Set(ids)] } }) : []);

  return {
    beneficiary: byId(em, Beneficiary),
    familyOf: new DataLoader<string, { relation: FamilyRelation; relative: Beneficiary }[]>(async (ids) => {
      const links = await em.find(FamilyLink, { beneficiary: { $in: [...ids] } }, { orderBy: { relation: 'asc', createdAt: 'asc' } });
      const visible = new Map((await inScope(links.map((l) => l.relative.id))).map((b) => [b.id, b]));
      return ids.map((id) =>
        links
          .filter((l) => l.beneficiary.id === id && visible.has(l.relative.id))
          .map((l) => ({ relation: l.relation, relative: visible.get(l.relative.id)! })),
      );
    }),
  };
}
