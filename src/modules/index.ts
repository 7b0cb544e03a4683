import type { NonEmptyArray } from 'type-graphql';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { rowScopeFilter } from '../read/row-scope.js';
import { registerJsonTypes } from '../read/types.js';
import { IdempotencyKey } from '../shared/idempotency.js';
import { checkInputsOf } from '../shared/input.js';
import { agreementsModule } from './agreements/agreements.module.js';
import { applicationsModule } from './applications/applications.module.js';
import { beneficiariesModule } from './beneficiaries/beneficiaries.module.js';
import { childrenModule } from './children/children.module.js';
import { handleEvents } from './events.js';
import type { HubModule } from './module.js';
import { nodeModule } from './node/node.module.js';
import { notificationHandlers } from './notifications/notification.events.js';
import { notificationsModule } from './notifications/notifications.module.js';
import { operationsModule } from './operations/operations.module.js';
import { oversightModule } from './oversight/oversight.module.js';
import { referenceModule } from './reference/reference.module.js';
import { securityModule } from './security/security.module.js';
import { sessionModule } from './session/session.module.js';
import { statisticsModule } from './statistics/statistics.module.js';

// The feature modules, each its descriptor (module.ts): adding one is its folder and a line here.
const features: readonly HubModule[] = [
  referenceModule,
  sessionModule,
  beneficiariesModule,
  applicationsModule,
  agreementsModule,
  oversightModule,
  securityModule,
  notificationsModule,
  childrenModule,
  statisticsModule,
  operationsModule,
];

const modules: readonly HubModule[] = [
  ...features,
  // node(id) over every feature's nodes.
  nodeModule(features.flatMap((m) => m.nodes ?? [])),
  // The hub's own: the access log and the idempotency keys of retried mutations.
  { entities: [AuditEntry, IdempotencyKey], resolvers: [AuditResolver] },
];

export const entities = modules.flatMap((m) => m.entities);

// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolvers as Function.
export const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;

/** The row scopes of every module's entities, as the ORM's filter (read/row-scope.ts). */
export const rowScopes = rowScopeFilter(Object.assign({}, ...modules.map((m) => m.rowScopes ?? {})));

// Every argument of every query and mutation is checked against its declared limits before it runs.
checkInputsOf(resolvers);
// What the services' events oblige: the notifications module tells the institutions (modules/events.ts).
handleEvents(notificationHandlers);
// How the read engine reads each type in one statement (read/types.ts), and the relations' loaders.
registerJsonTypes(Object.assign({}, ...modules.map((m) => m.jsonTypes ?? {})));
