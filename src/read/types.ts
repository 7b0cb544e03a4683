import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { type GraphQLSchema, isObjectType } from 'graphql';
import type { Principal } from '../access/principal.js';

/** How GraphQL object types are read as JSON in one statement (json-read.ts, json-text.ts): each module registers its own. */

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
  entity: EntityName<any>;
  /** Properties the policy or a resolver reads on every row, asked for or not (a measure's area). */
  always?: readonly string[];
  /** Computed fields: the properties they read (`status` reads status and endsOn). */
  derived?: Readonly<Record<string, readonly string[]>>;
  /**
   * Computed fields whose value is a function of the row alone (and the request), the one their
   * resolver returns: the direct read path (server/direct-read.ts) calls it without the resolver.
   * A computed field not here makes a selection go through graphql-js execution.
   */
  values?: Readonly<Record<string, (row: any, ctx: any) => unknown>>;
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

type TextForm = (row: { column(property: string): string; condition(where: FilterQuery<any>): string }) => string;

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
