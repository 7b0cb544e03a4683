import DataLoader from 'dataloader';
import { byId } from '../../read/loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Beneficiary } from './beneficiary.entity.js';
import type { FamilyRelation } from '../../domain/beneficiaries.js';
import { FamilyLink } from './family-link.entity.js';

/** Per request: beneficiaries outside the caller's row scope are simply not there. */
export function beneficiaryLoaders(em: EntityManager) {
  const beneficiary = byId(em, Beneficiary);
  return {
    beneficiary,
    familyOf: new DataLoader<string, { relation: FamilyRelation; relative: Beneficiary }[]>(async (ids) => {
      const links = await em.find(FamilyLink, { beneficiary: { $in: [...ids] } }, { orderBy: { relation: 'asc', createdAt: 'asc' } });
      // The relatives through the beneficiary loader: in scope, and read once per request with the others.
      const relatives = await Promise.all(links.map((l) => beneficiary.load(l.relative.id)));
      const visible = new Map(relatives.filter((b) => b !== undefined).map((b) => [b.id, b]));
      return ids.map((id) =>
        links
          .filter((l) => l.beneficiary.id === id && visible.has(l.relative.id))
          .map((l) => ({ relation: l.relation, relative: visible.get(l.relative.id)! })),
      );
    }),
  };
}
