import type { EntityMetadata, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Principal } from '../access/principal.js';
import { runPrepared, type Statement } from '../db/prepared.js';
import { todayInSofia } from './dates.js';

/**
 * The read path of nested lists (issue 8): one SQL statement per root field, in which PostgreSQL
 * builds each row and its nested relations as JSON, with only the columns the query selects. The
 * rows are plain objects shaped as the entities (property names; a many-to-one as a reference
 * `{ id }`), so the field rules and resolvers work on them unchanged; the relations read in the
 * statement are kept under `@<field>`, and a resolver takes them from there (`prefetched`) or, for
 * a row from elsewhere (a mutation's entity), loads them as before.
 *
 * Strictness is unchanged: every relation read here carries its scope in SQL (the same `scopes` as
 * the loaders), and the field rules still decide every field on the returned rows.
 */

/** How one relation of a GraphQL type is read in the same statement. */
export type JsonRelation =
  | { type: string; /** the parent's many-to-one property */ property: string; scope?: (p: Principal) => FilterQuery<any> }
  | {
      type: string;
      /** the child's many-to-one property that points at the parent */
      inverse: string;
      orderBy: [string, 'asc' | 'desc'][];
      scope?: (p: Principal) => FilterQuery<any>;
    };

/** How one GraphQL object type is read from its entity's table. */
export interface JsonType {
  entity: EntityName<any>;
  /** Properties the policy or a resolver reads on every row, asked for or not (a measure's area). */
  always?: readonly string[];
  /** Computed fields: the properties they read (`status` reads status and endsOn). */
  derived?: Readonly<Record<string, readonly string[]>>;
  /**
   * Many-to-one references the policy reads on every row, richer than `{ id }`: the JSON of the
   * referenced row at an alias (a measure's plan with its kind). Read from the parent row when the
   * relation nests under it, else looked up.
   */
  references?: Readonly<Record<string, (target: string) => string>>;
  relations?: Readonly<Record<string, JsonRelation>>;
}

const types = new Map<string, JsonType>();

/** Registers how a GraphQL type is read as JSON (each module its own types). */
export function jsonType(name: string, spec: JsonType): void {
  types.set(name, spec);
}

/** A relation the statement read, or what `load` gives for a row that did not come from one. */
export function prefetched<T>(row: object, field: string, load: () => T): T {
  const key = `@${field}`;
  return key in row ? ((row as Record<string, unknown>)[key] as T) : load();
}

export type Fields = Record<string, ResolveTree>;

/** What a root field reads as JSON: its rows' type, the fields asked of them, and for whom. */
export interface JsonSelection {
  principal: Principal;
  type: string;
  fields: Fields;
}

/** The selection of a root field returning `type` (or, with `connection`, a page of them). */
export function jsonSelection(info: GraphQLResolveInfo, principal: Principal, type: string, connection = false): JsonSelection {
  const path = connection ? [{ field: 'edges', type: `${type}Connection` }, { field: 'node', type: `${type}Edge` }] : [];
  return { principal, type, fields: selectionOf(info, path, type) };
}

/** The fields asked of `typeName` at a path of the root field's selection (e.g. edges.node of a connection). */
export function selectionOf(info: GraphQLResolveInfo, path: { field: string; type: string }[], typeName: string): Fields {
  const root = parseResolveInfo(info) as ResolveTree | null;
  let trees: ResolveTree[] = root ? [root] : [];
  for (const step of path) trees = trees.flatMap((t) => Object.values(t.fieldsByTypeName[step.type] ?? {}).filter((f) => f.name === step.field));
  return merge(trees.map((t) => t.fieldsByTypeName[typeName] ?? {}));
}

/** One field asked twice (aliases) is read once, with the union of both selections. */
function merge(selections: Fields[]): Fields {
  const byName: Fields = {};
  for (const selection of selections) {
    for (const tree of Object.values(selection)) {
      const seen = byName[tree.name];
      if (!seen) byName[tree.name] = { ...tree, alias: tree.name };
      else {
        const typeNames = new Set([...Object.keys(seen.fieldsByTypeName), ...Object.keys(tree.fieldsByTypeName)]);
        seen.fieldsByTypeName = Object.fromEntries(
          [...typeNames].map((t) => [t, merge([seen.fieldsByTypeName[t] ?? {}, tree.fieldsByTypeName[t] ?? {}])]),
        );
      }
    }
  }
  return byName;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const metaOf = (em: EntityManager, entity: EntityName<any>): EntityMetadata => em.getMetadata().get(typeof entity === 'string' ? entity : entity.name);

/** The quoted column of an entity's property (its first, for a reference). */
function columnOf(meta: EntityMetadata, property: string): string {
  const prop = meta.properties[property];
  if (!prop?.fieldNames?.[0]) throw new Error(`json-read: ${meta.className}.${property} has no column`);
  return quote(prop.fieldNames[0]);
}

class JsonCompiler {
  private aliases = 0;
  readonly params: unknown[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** `alias.id in (the ids in scope)`, as MikroORM renders the scope (with its raw fragments), or nothing for "all". */
  private scoped(entity: EntityName<any>, alias: string, scope?: (p: Principal) => FilterQuery<any>): string {
    if (!scope) return '';
    const where = scope(this.principal);
    if (Object.keys(where).length === 0) return '';
    const meta = metaOf(this.em, entity);
    const { sql, bindings } = this.em.createQueryBuilder(entity, 's').select(`s.${meta.primaryKeys[0]}`).where(where).getKnexQuery().toSQL();
    this.params.push(...bindings);
    return ` and ${alias}.${columnOf(meta, meta.primaryKeys[0]!)} in (${sql})`;
  }

  /**
   * The JSON object of one row (at `alias`) of `typeName`, with the selected fields and relations.
   * `parent` is the row it nests under through its many-to-one `via`, if any.
   */
  object(typeName: string, alias: string, fields: Fields, include: readonly string[] = [], parent?: { alias: string; via: string }): string {
    const spec = types.get(typeName);
    if (!spec) throw new Error(`json-read: no JSON type ${typeName}`);
    const meta = metaOf(this.em, spec.entity);
    const properties = new Set<string>([...meta.primaryKeys, ...(spec.always ?? []), ...include]);
    const pairs: string[] = [];
    for (const tree of Object.values(fields)) {
      const relation = spec.relations?.[tree.name];
      if (relation) {
        pairs.push(`'@${tree.name}'`, this.relation(relation, alias, meta, tree));
        continue;
      }
      for (const property of spec.derived?.[tree.name] ?? [tree.name]) if (meta.properties[property]?.persist !== false) properties.add(property);
    }
    for (const property of properties) {
      const prop = meta.properties[property];
      if (!prop) continue;
      if (prop.kind === 'scalar') {
        pairs.push(`'${property}'`, `${alias}.${columnOf(meta, property)}`);
      } else if (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) {
        // A many-to-one asked for but not read here: its reference, for the resolver to load it.
        const fk = `${alias}.${columnOf(meta, property)}`;
        if (!spec.references?.[property]) pairs.push(`'${property}'`, `case when ${fk} is null then null else json_build_object('${prop.targetMeta!.primaryKeys[0]}', ${fk}) end`);
      }
    }
    for (const [property, json] of Object.entries(spec.references ?? {})) {
      const prop = meta.properties[property]!;
      const target = prop.targetMeta!;
      const r = `r${++this.aliases}`;
      pairs.push(
        `'${property}'`,
        parent?.via === property
          ? json(parent.alias)
          : `(select ${json(r)} from ${quote(target.tableName)} ${r} where ${r}.${columnOf(target, target.primaryKeys[0]!)} = ${alias}.${columnOf(meta, property)})`,
      );
    }
    if (pairs.length > 100) throw new Error(`json-read: ${typeName} asks for more than 50 properties`);
    return `json_build_object(${pairs.join(', ')})`;
  }

  private relation(relation: JsonRelation, parent: string, parentMeta: EntityMetadata, tree: ResolveTree): string {
    const spec = types.get(relation.type)!;
    const meta = metaOf(this.em, spec.entity);
    const t = `t${++this.aliases}`;
    const fields = tree.fieldsByTypeName[relation.type] ?? {};
    const table = quote(meta.tableName);
    if ('property' in relation) {
      const fk = `${parent}.${columnOf(parentMeta, relation.property)}`;
      const pk = `${t}.${columnOf(meta, meta.primaryKeys[0]!)}`;
      const object = this.object(relation.type, t, fields);
      return `(select ${object} from ${table} ${t} where ${pk} = ${fk}${this.scoped(spec.entity, t, relation.scope)})`;
    }
    const fk = `${t}.${columnOf(meta, relation.inverse)}`;
    const order = relation.orderBy.map(([property, direction]) => `${t}.${columnOf(meta, property)} ${direction}`).join(', ');
    const object = this.object(relation.type, t, fields, [], { alias: parent, via: relation.inverse });
    const where = `${fk} = ${parent}.${columnOf(parentMeta, parentMeta.primaryKeys[0]!)}${this.scoped(spec.entity, t, relation.scope)}`;
    return `coalesce((select json_agg(${object} order by ${order}) from ${table} ${t} where ${where}), '[]'::json)`;
  }
}

/** The shape of a selection (field names, nested), as a cache key. */
const shapeOf = (fields: Fields): string =>
  Object.values(fields)
    .map((f) => {
      const nested = Object.entries(f.fieldsByTypeName).map(([type, sub]) => `${type}{${shapeOf(sub)}}`);
      return nested.length ? `${f.name}(${nested.join('')})` : f.name;
    })
    .sort()
    .join(',');

// The SQL of a selection for a principal: building it (MikroORM renders each relation's scope) costs
// more than running it, and integrators send the same few queries all day. Scopes depend on the
// principal's role, unit and institution and on today's date (children's scopes), all in the key.
const compiled = new Map<string, { object: string; params: unknown[] }>();
const COMPILED_MAX = 1000;

function compileObject(em: EntityManager, principal: Principal, typeName: string, fields: Fields, include: readonly string[]) {
  const key = [typeName, principal.role, principal.unit, principal.institutionCode, todayInSofia(), include.join(','), shapeOf(fields)].join('|');
  let entry = compiled.get(key);
  if (!entry) {
    const compiler = new JsonCompiler(em, principal);
    entry = { object: compiler.object(typeName, 't0', fields, include), params: compiler.params };
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    compiled.set(key, entry);
  }
  return entry;
}

/**
 * The rows a root query gives, each as the JSON of `typeName` with the selected fields: `where`
 * (the caller's filter, scope included) in `orderBy`, at most `limit`. One statement.
 */
export async function readJson<T>(
  em: EntityManager,
  { principal, type: typeName, fields }: JsonSelection,
  query: { where: FilterQuery<any>; orderBy?: [string, 'asc' | 'desc'][]; limit?: number },
): Promise<T[]> {
  const spec = types.get(typeName)!;
  const meta = metaOf(em, spec.entity);
  const orderBy = query.orderBy ?? [];
  const inner = em.createQueryBuilder(spec.entity, 's').select('s.*').where(query.where);
  if (orderBy.length) inner.orderBy(orderBy.map(([property, direction]) => ({ [property]: direction })));
  if (query.limit) inner.limit(query.limit);
  const { object, params } = compileObject(em, principal, typeName, fields, orderBy.map(([property]) => property));
  const order = orderBy.map(([property, direction]) => `t0.${columnOf(meta, property)} ${direction}`).join(', ');
  // Knex's `?` placeholders throughout; the nested relations' parameters come first, as in the text.
  const page = inner.getKnexQuery().toSQL();
  const built: Statement = {
    sql: `select ${object} as row from (${page.sql}) t0${order ? ` order by ${order}` : ''}`,
    params: [...params, ...page.bindings],
  };
  return (await runPrepared<{ row: T }>(em, built)).map((r) => r.row);
}
