import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { SessionResolver } from './session.resolver.js';

/** `me`: who the caller is and what it may do. */
export const sessionModule: HubModule = {
  entities: [],
  resolvers: [SessionResolver],
  policy: { query: { me: DataClass.SESSION }, types: { Principal: { '*': DataClass.SESSION } } },
};
