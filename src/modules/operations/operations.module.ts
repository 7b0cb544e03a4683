import type { HubModule } from '../module.js';
import { OperationsResolver } from './operations.resolver.js';

/** ADMIN's view of the hub: its status (database, job queue, access log, migrations) and the access policy. */
export const operationsModule: HubModule = { entities: [], resolvers: [OperationsResolver] };
