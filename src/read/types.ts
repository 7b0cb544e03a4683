import type { Collection, EntityName, PrimaryKeyProp } from '@mikro-orm/core';
import { type GraphQLSchema, isObjectType } from 'graphql';
import type { Principal } from '../access/principal.js';
import type { Where } from './sql.js';

/** How GraphQL object types are read as JSON in one statement (json-read.ts, json-text.ts): each module registers its own. */

/** The name of an entity's primary key: `code` for reference data, else `id`. */
type KeyOf<E> = E extends { [PrimaryKeyProp]?: infer K extends keyof E } ? K : 'id' & keyof E;

/** A many-to-one as a row of either shape holds it: at least its key. */
type Reference<E> = { readonly [K in KeyOf<E>]: E[K] };

/** A property's value on a row of either shape. */
type Value<V> = V extends string | number | boolean | bigint
  ? V // (MikroORM's Opt brands a primitive with an object type: tested first)
  : V extends Date
    ? Date | string // a timestamp: the JSON statement gives its text, which the DateTime scalar takes as well
    : V extends readonly unknown[]
      ? V
      : V extends Collection<object>
        ? never
        : V extends object
          ? Reference<V>
          : V;

/**
 * A row of entity `E` as a field resolver of its GraphQL type gets it: the entity itself (a
 * mutation's, or the entities path's), or the plain object the JSON read path decodes (json-read.ts).
 * It says what both hold: the columns, a timestamp as a Date or its text, each many-to-one as a
 * reference (its key; `RowOf` adds what a JSON type's `references` read), and no one-to-many (a
 * resolver takes a relation the statement read with `prefetched`, else loads it). Which columns a
 * JSON row holds is its selection's, with the type's `always` and `derived`: a resolver reading a
 * column its field does not select names it there (agreement.json.ts: `transferredTo` reads status).
 */
export type Row<E> = { readonly [K in keyof E as K extends string ? K : never]: Value<E[K]> };

/** A registered JSON type's rows: its entity's `Row`, with the richer references it reads (`references`, listed `as const`). */
export type RowOf<S extends { entity: unknown; references?: Readonly<Record<string, readonly string[]>> }> = S['entity'] extends { prototype: infer E }
  ? Row<E> & {
      readonly [K in keyof S['references'] & keyof E]: Pick<
        Row<NonNullable<E[K]>>,
        S['references'][K] extends readonly (infer P)[] ? P & keyof Row<NonNullable<E[K]>> : never
      >;
    }
  : never;

/** How one relation of a GraphQL type is read in the same statement. */
export type JsonRelation =
  | {
      type: string;
      /** the parent's many-to-one property */
      property: string;
      /**
       * For these principals, the target row is in its type's scope whenever the row it is reached
       * from is in its own: no check in SQL (modules/scopes.ts states each such fact beside the scopes).
       */
      implied?: (p: Principal) => boolean;
    }
  | {
      type: string;
      /** the child's many-to-one property that points at the parent */
      inverse: string;
      orderBy: [string, 'asc' | 'desc'][];
    };

/** How one GraphQL object type is read from its entity's table. */
export interface JsonType {
  /**
   * Its entity, whose row scope (read/row-scope.ts) keeps the rows of this type the principal reaches,
   * wherever they are read: at the root and nested. An entity without one is read only under a parent
   * in scope (an agreement's members) or is public (reference data).
   */
  entity: EntityName<object>;
  /** Properties the policy or a resolver reads on every row, asked for or not (a measure's area). */
  always?: readonly string[];
  /** Computed fields: the properties they read (`status` reads status and endsOn). */
  derived?: Readonly<Record<string, readonly string[]>>;
  /**
   * Computed fields whose value is a function of the row alone (and the request), the one their
   * resolver returns: the direct read path (server/direct-read.ts) calls it without the resolver.
   * A computed field not here makes a selection go through graphql-js execution. (Each takes its own
   * type's row: the caller, holding the rows of every type, states the row's type.)
   */
  values?: Readonly<Record<string, (row: never, ctx: never) => unknown>>;
  /**
   * Many-to-one references the policy reads on every row, richer than `{ id }`: the properties of the
   * referenced row it reads (a measure's plan with its kind). Taken from the parent row when the row
   * nests under it (no SQL: the parent reads them), else looked up.
   */
  references?: Readonly<Record<string, readonly string[]>>;
  relations?: Readonly<Record<string, JsonRelation>>;
  /**
   * For the passthrough (read/json-text.ts), the SQL form of a computed field: an expression of the
   * row's columns (`column`) and of conditions on them (`condition`, as the scopes' conditions are
   * written), or a relation read in place of a value (an agreement's municipality). A computed field
   * without one is answered by the direct path.
   */
  text?: Readonly<Record<string, TextForm | JsonRelation>>;
}

type TextForm = (row: { column(property: string): string; condition(where: Where): string }) => string;

const types = new Map<string, JsonType>();

/** Registers how a GraphQL type is read as JSON. */
export function jsonType(name: string, spec: JsonType): void {
  types.set(name, spec);
}

/** Registers the modules' JSON types, by GraphQL type name (modules/index.ts, as the hub loads). */
export function registerJsonTypes(specs: Readonly<Record<string, JsonType>>): void {
  for (const [name, spec] of Object.entries(specs)) jsonType(name, spec);
}

/**
 * Holds the registrations to the schema, when it is built: each registered type is an object type of
 * it, and each field a registration names (its relations, its computed fields) is a field of that
 * type. A relation takes no arguments: the statement reads every related row in its order, so it
 * could not honour them, and a field that takes some is not to be answered from it (issue 20.4).
 */
export function checkJsonTypes(schema: GraphQLSchema): void {
  const problems: string[] = [];
  for (const [name, spec] of types) {
    const type = schema.getType(name);
    if (!isObjectType(type)) {
      problems.push(`${name} is not an object type of the schema`);
      continue;
    }
    const fields = type.getFields();
    const named = new Set([
      ...Object.keys(spec.relations ?? {}),
      ...Object.keys(spec.derived ?? {}),
      ...Object.keys(spec.values ?? {}),
      ...Object.keys(spec.text ?? {}),
    ]);
    for (const field of named) if (!fields[field]) problems.push(`${name}.${field} is not a field of the schema`);
    for (const relation of Object.keys(spec.relations ?? {})) {
      const args = fields[relation]?.args ?? [];
      if (args.length) problems.push(`${name}.${relation} takes arguments (${args.map((a) => a.name).join(', ')}), which the JSON statement would not honour`);
    }
  }
  if (problems.length) throw new Error(`read/types.ts: the JSON read registrations do not fit the schema: ${problems.join('; ')}`);
}

/** How a GraphQL type is read as JSON, if it is. */
export const jsonTypeOf = (name: string): JsonType | undefined => types.get(name);

/** A relation the statement read, or what `load` gives for a row that did not come from one. */
export function prefetched<T>(row: object, field: string, load: () => T): T {
  const key = `@${field}`;
  return key in row ? ((row as Record<string, unknown>)[key] as T) : load();
}
