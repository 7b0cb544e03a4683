import { Utils, type EntityName, type FilterQuery, type FindOneOptions, type Loaded, type Options } from '@mikro-orm/core';
import { EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Principal } from '../access/principal.js';
import type { Where } from './sql.js';

/**
 * Row scopes enforced below the services (docs/policy.md, "Row scopes, below the services"). Each
 * scoped entity's scope is written once (modules/scopes.ts), named by its module's descriptor
 * (`rowScopes`), and the modules' together become one MikroORM filter, on by default: every find,
 * count, update and delete of the entity on an entity manager gets the scope of the principal that
 * manager acts for, and the JSON read path compiles the same declaration into its statement
 * (rowScopeOf). A manager acting for no one fails: MikroORM refuses a query whose filter has no
 * parameters, so a service, a job or a tool that forgets whom it reads for reads nothing.
 */
export const ROW_SCOPE = 'rowScope';

/** Whom an entity manager reads for: a request's principal (null: anonymous, no row), or the hub's own work, and why. */
type ScopeParams = { principal: Principal | null } | { hub: string };

export type RowScope = (p: Principal) => Where;

/** A filter of the ORM's configuration (MikroORM does not export its type). */
type FilterDef = NonNullable<Options['filters']>[string];

/** No row: the scope of a principal an entity's declaration does not name, and of no principal. */
export const NONE = { id: { $in: [] as string[] } };

/**
 * The filter of the scopes declared by entity (class name → scope). A query's root entity only:
 * MikroORM also applies an entity's filters to a relation a condition joins (a measure's
 * `plan: { kind }`), and then calls the condition without find options. There the relation's own
 * scope is not the question (an NGO reads the measures assigned to it, whose plans it does not
 * read); the row read is the root's, in the root's scope.
 */
export function rowScopeFilter(scopes: Readonly<Record<string, RowScope>>): FilterDef {
  return {
    name: ROW_SCOPE,
    entity: Object.keys(scopes),
    default: true,
    cond: (args, _type, _em, options, entityName) => {
      if (!options) return {};
      const params = args as ScopeParams;
      if ('hub' in params) return {};
      return params.principal ? scopes[Utils.className(entityName!)]!(params.principal) : NONE;
    },
  };
}

/** A request's entity manager: every query of a scoped entity in the principal's scope (none without one). */
export function actingFor<E extends EntityManager>(em: E, principal: Principal | null): E {
  em.setFilterParams(ROW_SCOPE, { principal } satisfies ScopeParams);
  return em;
}

/**
 * The entity manager of the hub's own work, for no principal (a job, a sweep, a tool): it reads
 * across scopes, and says why (`why`, for whoever reads the code).
 */
export function asTheHub<E extends EntityManager>(em: E, why: string): E {
  em.setFilterParams(ROW_SCOPE, { hub: why } satisfies ScopeParams);
  return em;
}

/**
 * Find options' `filters` for one internal read of a request across scopes: the hub's own check (a
 * uniqueness, a lock, a count the law states over every row), never returned to the caller as rows.
 * Each use says why.
 */
export const acrossScopes = { [ROW_SCOPE]: false } as const;

/** The entity's row scope for the principal, as the filter applies it; undefined for an entity without one. */
export function rowScopeOf(em: EntityManager, entity: EntityName<object>, principal: Principal): Where | undefined {
  const filter = em.config.get('filters')[ROW_SCOPE] as FilterDef | undefined;
  const name = Utils.className(entity);
  if (!filter?.entity?.includes(name) || typeof filter.cond !== 'function') return undefined;
  return filter.cond({ principal } satisfies ScopeParams, 'read', em, {}, name) as Where;
}

/**
 * The hub's entity manager. A lookup by key goes to the database, in the row scope, even for an
 * entity its identity map holds already: MikroORM would return that entity without a query, so
 * without the filter, and a row read across scopes earlier in the request (acrossScopes) would be
 * returned to a scoped lookup. Naming the filters (none beyond the defaults) makes it query; what the
 * request changed on the entity and has not flushed is kept.
 */
export class ScopedEntityManager extends EntityManager<PostgreSqlDriver> {
  override findOne<Entity extends object, Hint extends string = never, Fields extends string = '*', Excludes extends string = never>(
    entityName: EntityName<Entity>,
    where: FilterQuery<NoInfer<Entity>>,
    options: FindOneOptions<Entity, Hint, Fields, Excludes> = {},
  ): Promise<Loaded<Entity, Hint, Fields, Excludes> | null> {
    return super.findOne(entityName, where, { filters: {}, ...options });
  }
}
