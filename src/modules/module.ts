import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MutationPolicy, TypePolicy } from '../access/policy.js';
import type { RowScope } from '../read/row-scope.js';
import type { JsonType } from '../read/types.js';

/** A GraphQL node's entity; with the relations the policy reads on each of its rows (a measure's plan). */
export type NodeEntity = EntityClass<object> | { entity: EntityClass<object>; populate: readonly string[] };

/**
 * A module's share of the access policy: the classes of what it defines, in the vocabulary of
 * src/access/policy.ts (data classes, ByRow classes, a child's case areas; the roles that read each class).
 * Each GraphQL object type, Query or Subscription field and mutation is declared by the one module that
 * defines it: modules/index.ts refuses a name declared twice, and the policy's coverage test one
 * declared nowhere. docs/access-matrix.md, generated, shows the whole policy for review.
 */
interface ModulePolicy {
  /** The classes of the fields of each object type it defines, by type name ('*': every field a field entry does not name). */
  types?: Readonly<Record<string, TypePolicy>>;
  /** The classes of the Query fields its resolvers define. */
  query?: TypePolicy;
  /** The classes of the Subscription fields its resolvers define. */
  subscription?: TypePolicy;
  /** Each mutation its resolvers define: its class and the roles that may perform it. */
  mutations?: Readonly<Record<string, MutationPolicy>>;
}

/**
 * Work the hub does on its own at every sweep of the notification runtime (every few seconds, and once
 * its listener reconnects), after it has dispatched and escalated notifications. Each task is its
 * module's, and runs in a transaction of its own, in the modules' order; the runtime knows none of
 * them. Each must be safe to run again and in several processes at once (rows it acts on are locked,
 * or marked done, in its transaction).
 */
export interface SweepTask {
  /** What it does, and the rule it serves. */
  name: string;
  run(em: EntityManager): Promise<unknown>;
}

/**
 * What a feature module gives the hub, in one descriptor of its own folder (`<module>.module.ts`);
 * `modules/index.ts` assembles them, so adding a module is its folder and one line there. Its share of
 * the access policy is among them (`policy`); index.ts registers the whole with src/access/policy.ts.
 * One thing stays apart: the per-request loaders (modules/loaders.ts, which the request context names:
 * through the resolvers a descriptor holds, they would import themselves).
 */
export interface HubModule {
  entities: readonly EntityClass<object>[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolvers as Function.
  resolvers: readonly Function[];
  /** The row scope of each of its entities that has one, by class name (the scopes: modules/scopes.ts). */
  rowScopes?: Readonly<Record<string, RowScope>>;
  /** Its entities that are GraphQL nodes: node(id) looks them up, in scope. */
  nodes?: readonly NodeEntity[];
  /** How its GraphQL types are read as JSON in one statement (read/types.ts), by type name. */
  jsonTypes?: Readonly<Record<string, JsonType>>;
  /** Its share of the access policy: the field classes and mutation roles of what it defines. */
  policy?: ModulePolicy;
  /** What the hub does on its own for it, at every sweep. */
  sweepTasks?: readonly SweepTask[];
}
