import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Institution } from './institution.entity.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';

const byKey = <T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | undefined)[] => {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key));
};

/** Per-request loaders: one query per relation per request, whatever the page size. */
export function referenceLoaders(em: EntityManager) {
  return {
    province: new DataLoader<string, Province | undefined>(async (codes) =>
      byKey(codes, await em.find(Province, { code: { $in: [...codes] } }), (p) => p.code),
    ),
    municipality: new DataLoader<string, Municipality | undefined>(async (codes) =>
      byKey(codes, await em.find(Municipality, { code: { $in: [...codes] } }), (m) => m.code),
    ),
    institution: new DataLoader<string, Institution | undefined>(async (codes) =>
      byKey(codes, await em.find(Institution, { code: { $in: [...codes] } }), (i) => i.code),
    ),
  };
}
