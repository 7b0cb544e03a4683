import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../access/principal.js';
import { agreementLoaders } from './agreements/agreement.loaders.js';
import { beneficiaryLoaders } from './beneficiaries/beneficiary.loaders.js';
import { childrenLoaders } from './children/children.loaders.js';
import { notificationLoaders } from './notifications/notification.loaders.js';
import { referenceLoaders } from './reference/reference.loaders.js';

// Each feature's per-request loaders (batched, row-scoped reads), apart from modules/index.ts so that
// the request context (context.ts) names them without importing every resolver.
export const createLoaders = (em: EntityManager, principal: Principal | null) => ({
  ...referenceLoaders(em),
  ...beneficiaryLoaders(em),
  ...agreementLoaders(em),
  ...notificationLoaders(em, principal),
  ...childrenLoaders(em, principal),
});
export type Loaders = ReturnType<typeof createLoaders>;
