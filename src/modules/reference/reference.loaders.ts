import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../../read/loaders.js';
import { Institution } from './institution.entity.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';

/** Per-request loaders: one query per relation per request, whatever the page size. */
export function referenceLoaders(em: EntityManager) {
  return {
    province: byKey(
      (codes: string[]) => em.find(Province, { code: { $in: codes } }),
      (p) => p.code,
    ),
    municipality: byKey(
      (codes: string[]) => em.find(Municipality, { code: { $in: codes } }),
      (m) => m.code,
    ),
    institution: byKey(
      (codes: string[]) => em.find(Institution, { code: { $in: codes } }),
      (i) => i.code,
    ),
  };
}
