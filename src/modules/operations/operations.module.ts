import { DataClass } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { OperationsResolver } from './operations.resolver.js';

/** ADMIN's view of the hub: its status (database, job queue, access log, migrations) and the access policy. */
export const operationsModule: HubModule = {
  entities: [],
  resolvers: [OperationsResolver],
  policy: {
    query: { hubStatus: DataClass.OPERATIONS, accessMatrix: DataClass.OPERATIONS },
    types: {
      HubStatus: { '*': DataClass.OPERATIONS },
      JobQueueCount: { '*': DataClass.OPERATIONS },
      AppliedMigration: { '*': DataClass.OPERATIONS },
      AccessMatrix: { '*': DataClass.OPERATIONS },
      AccessDataClass: { '*': DataClass.OPERATIONS },
      RoleAccess: { '*': DataClass.OPERATIONS },
      MutationAccess: { '*': DataClass.OPERATIONS },
    },
  },
};
