import type { NonEmptyArray } from 'type-graphql';
import { DataClass, registerPolicy } from '../access/policy.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { rowScopeFilter } from '../read/row-scope.js';
import { registerJsonTypes } from '../read/types.js';
import { forgetOldKeys, IdempotencyKey } from '../shared/idempotency.js';
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

// The feature modules, each its descriptor (module.ts) by name: adding one is its folder and a line here.
const features: Readonly<Record<string, HubModule>> = {
  reference: referenceModule,
  session: sessionModule,
  beneficiaries: beneficiariesModule,
  applications: applicationsModule,
  agreements: agreementsModule,
  oversight: oversightModule,
  security: securityModule,
  notifications: notificationsModule,
  children: childrenModule,
  statistics: statisticsModule,
  operations: operationsModule,
};

const { IDENTITY, AUDIT } = DataClass;

const byName: Readonly<Record<string, HubModule>> = {
  ...features,
  // node(id) over every feature's nodes.
  node: nodeModule(Object.values(features).flatMap((m) => m.nodes ?? [])),
  // The hub's own: the access log and the idempotency keys of retried mutations.
  hub: {
    entities: [AuditEntry, IdempotencyKey],
    resolvers: [AuditResolver],
    sweepTasks: [{ name: 'idempotency keys are remembered for a month (docs/api-guide.md, "Retrying safely")', run: (em) => forgetOldKeys(em) }],
    policy: {
      query: {
        auditLog: AUDIT,
        verifyAuditChain: AUDIT,
        // The data subject's caseworker: whoever may read the person's identity, within scope.
        whoAccessed: IDENTITY,
      },
      types: { AuditEntry: { '*': AUDIT }, AuditRecordSet: { '*': AUDIT }, AuditChainReport: { '*': AUDIT }, AccessRecord: { '*': IDENTITY } },
    },
  },
};
const modules = Object.values(byName);

/**
 * One table of the modules' declarations of one kind (a type's policy, a mutation's, an entity's row
 * scope, a JSON type), by name: each name is declared by one module only, the one that defines it; a
 * name two modules declare stops the hub at load, naming both.
 */
function declaredOnce<T>(
  what: string,
  descriptors: Readonly<Record<string, HubModule>>,
  declared: (m: HubModule) => Readonly<Record<string, T>> | undefined,
): Record<string, T> {
  const all: Record<string, T> = {};
  const by = new Map<string, string>();
  for (const [module, descriptor] of Object.entries(descriptors)) {
    for (const [name, entry] of Object.entries(declared(descriptor) ?? {})) {
      const other = by.get(name);
      if (other) throw new Error(`${what} ${name} is declared by two modules, ${other} and ${module}: only the module that defines it declares it.`);
      by.set(name, module);
      all[name] = entry;
    }
  }
  return all;
}

/**
 * The access policy's declarations (access/policy.ts) from the descriptors, by module name, each
 * declared once (`declaredOnce`). The root types' fields are declared field by field, never as a type.
 */
export function assemblePolicy(descriptors: Readonly<Record<string, HubModule>>) {
  const types = declaredOnce('The access policy of the GraphQL type', descriptors, (m) => m.policy?.types);
  const roots = ['Query', 'Mutation', 'Subscription'].filter((root) => root in types);
  if (roots.length) throw new Error(`The access policy of ${roots.join(', ')} is declared field by field (query, subscription, mutations), not as a type.`);
  return {
    fieldClasses: {
      ...types,
      Query: declaredOnce('The access policy of the Query field', descriptors, (m) => m.policy?.query),
      Subscription: declaredOnce('The access policy of the Subscription field', descriptors, (m) => m.policy?.subscription),
    },
    mutations: declaredOnce('The access policy of the mutation', descriptors, (m) => m.policy?.mutations),
  };
}

export const entities = modules.flatMap((m) => m.entities);

// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolvers as Function.
export const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;

/** What the hub does on its own at every sweep of the notification runtime, module by module (module.ts). */
export const sweepTasks = modules.flatMap((m) => m.sweepTasks ?? []);

/** The row scopes of every module's entities, as the ORM's filter (read/row-scope.ts). */
export const rowScopes = rowScopeFilter(declaredOnce('The row scope of the entity', byName, (m) => m.rowScopes));

// The access policy's field classes and mutation roles, as the modules declare them (access/policy.ts).
registerPolicy(assemblePolicy(byName));
// Every argument of every query and mutation is checked against its declared limits before it runs.
checkInputsOf(resolvers);
// What the services' events oblige: the notifications module tells the institutions (modules/events.ts).
handleEvents(notificationHandlers);
// How the read engine reads each type in one statement (read/types.ts), and the relations' loaders.
registerJsonTypes(declaredOnce('The JSON read of the GraphQL type', byName, (m) => m.jsonTypes));
