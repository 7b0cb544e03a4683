import type { EntityClass } from '@mikro-orm/core';
import type { RowScope } from '../read/row-scope.js';
import type { JsonType } from '../read/types.js';

/** A GraphQL node's entity; with the relations the policy reads on each of its rows (a measure's plan). */
export type NodeEntity = EntityClass<object> | { entity: EntityClass<object>; populate: readonly string[] };

/**
 * What a feature module gives the hub, in one descriptor of its own folder (`<module>.module.ts`);
 * `modules/index.ts` assembles them, so adding a module is its folder and one line there. Two things
 * stay apart, each in one place: the access policy (field classes, mutation roles: src/access/policy.ts,
 * read and reviewed as one, docs/policy.md), and the per-request loaders (modules/loaders.ts, which the
 * request context names: through the resolvers a descriptor holds, they would import themselves).
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
}
