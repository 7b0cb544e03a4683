import type { EntityMetadata, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BREAK, visit, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Principal } from '../access/principal.js';
import { runPrepared, type Statement } from '../db/prepared.js';
import { RawText, TEXT, textKeys, textStatement, type CompiledText, type TextRefusal } from './json-text.js';
import { rowScopeOf } from './row-scope.js';
import { beyondParent, columnConditions, columnOf, conjuncts, metaOf, quote, release, scopeCondition, scopeKey, type Where } from './sql.js';
import { jsonTypeOf, type JsonRelation, type Row } from './types.js';

/**
 * The read path of nested lists (issue 8): one SQL statement per root field, in which PostgreSQL
 * builds each row and its nested relations as JSON arrays, with only the columns the query selects.
 * Decoded, the rows are plain objects shaped as the entities (property names; a many-to-one as a
 * reference `{ id }`: types.ts `Row`), which the field rules and resolvers take as they take the
 * entities; the relations read in the statement are kept under `@<field>`, and a resolver takes them
 * from there (`prefetched`) or, for a row from elsewhere (a mutation's entity), loads them as before.
 *
 * Strictness is unchanged: every row read here is in its type's scope (the same `scopes` as the
 * loaders), and the field rules still decide every field on the returned rows. A nested row's scope
 * is checked in SQL, less what the row it is reached from already implies (`beyondParent`, `implied`).
 */

type Fields = Record<string, ResolveTree>;

/** What a root field reads as JSON: its rows' type, the fields asked of them (and their shape), and for whom. */
export interface JsonSelection {
  principal: Principal;
  type: string;
  fields: Fields;
  shape: string;
  /** The passthrough's statement for the rows (READ_PATH=passthrough): each row is then its response text. */
  text?: CompiledText;
}

// A root field's selection depends on the operation's text alone unless a directive (@skip,
// @include) makes it depend on the variables; Apollo keeps one parsed document per query text, so it
// is worked out once per operation and field, and per request only where a directive is used.
const selections = new WeakMap<OperationDefinitionNode, { directives: boolean; byField: Map<string, { fields: Fields; shape: string }> }>();

/** The selection of a root field returning `type` (or, with `connection`, a page of them). */
function jsonSelection(info: GraphQLResolveInfo, principal: Principal, type: string, connection = false): JsonSelection {
  const known = selections.getOrInsertComputed(info.operation, () => ({ directives: usesDirectives(info.operation, info.fragments), byField: new Map() }));
  const key = `${String(info.path.key)}|${type}|${connection}`;
  let selection = known.directives ? undefined : known.byField.get(key);
  if (!selection) {
    const path = connection
      ? [
          { field: 'edges', type: `${type}Connection` },
          { field: 'node', type: `${type}Edge` },
        ]
      : [];
    const fields = selectionOf(info, path, type);
    selection = { fields, shape: shapeOf(fields) };
    if (!known.directives) known.byField.set(key, selection);
  }
  return { principal, type, ...selection };
}

/** config.readPath: how root reads fetch and answer (docs/read-paths.md). */
export type ReadPath = 'passthrough' | 'direct' | 'json' | 'entities';

/**
 * How a root read fetches its rows: with READ_PATH=passthrough (the default), direct or json, the
 * unforked manager and the selection, for one JSON statement (the passthrough's, where the direct path
 * compiled one for the request); with READ_PATH=entities, the request's own manager and no selection,
 * for entities and the loaders (docs/read-paths.md, "Turning it off").
 */
export function rootRead(
  ctx: { reader: EntityManager; em: EntityManager; principal: Principal | null; readPath: ReadPath; text?: { type: string; compiled: CompiledText } },
  info: GraphQLResolveInfo,
  type: string,
  connection = false,
): { em: EntityManager; json?: JsonSelection } {
  if (ctx.readPath === 'entities') return { em: ctx.em };
  const json = jsonSelection(info, ctx.principal!, type, connection);
  // The passthrough's statement, where the direct path compiled one for this request's root rows.
  return { em: ctx.reader, json: ctx.text?.type === type ? { ...json, text: ctx.text.compiled } : json };
}

/** Whether the operation or a fragment it may spread carries a directive (@skip, @include): its fields then depend on the variables. */
export function usesDirectives(operation: OperationDefinitionNode, fragments: Readonly<Record<string, FragmentDefinitionNode>>): boolean {
  let found = false;
  for (const node of [operation, ...Object.values(fragments)]) {
    visit(node, {
      Directive() {
        found = true;
        return BREAK;
      },
    });
    if (found) return true;
  }
  return false;
}

/** The fields asked of `typeName` at a path of the root field's selection (e.g. edges.node of a connection). */
function selectionOf(info: GraphQLResolveInfo, path: { field: string; type: string }[], typeName: string): Fields {
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
        seen.fieldsByTypeName = Object.fromEntries([...typeNames].map((t) => [t, merge([seen.fieldsByTypeName[t] ?? {}, tree.fieldsByTypeName[t] ?? {}])]));
      }
    }
  }
  return byName;
}

class JsonCompiler {
  private aliases = 0;
  readonly params: unknown[] = [];
  /** The scopes built while compiling, to release their raw fragments when done (`release`). */
  readonly scopes: Where[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** The condition that keeps the rows at `alias` in `where` (scopeCondition), its parameters kept. */
  scoped(entity: EntityName<object>, alias: string, where: Where): string {
    const { sql, params } = scopeCondition(this.em, entity, alias, where);
    this.params.push(...params);
    return sql;
  }

  /**
   * One row (at `alias`) of `typeName`, with the selected fields and relations, as a JSON array
   * (PostgreSQL builds no keys, which was about a third of the statement's time) and the decoder
   * that makes it an object again. `scope` is the one its rows are known to be in (their type's,
   * whole); `parent` is the row it nests under through its many-to-one `via`, if any.
   */
  object(
    typeName: string,
    alias: string,
    fields: Fields,
    scope: Where | undefined,
    include: readonly string[] = [],
    parent?: { alias: string; via: string },
  ): Built {
    const spec = jsonTypeOf(typeName);
    if (!spec) throw new Error(`json-read: no JSON type ${typeName}`);
    const meta = metaOf(this.em, spec.entity);
    const properties = new Set<string>([...meta.primaryKeys, ...(spec.always ?? []), ...include]);
    const related: [string, JsonRelation, ResolveTree][] = [];
    for (const tree of Object.values(fields)) {
      const relation = spec.relations?.[tree.name];
      if (relation) {
        related.push([tree.name, relation, tree]);
        // What a child reads of this row for its policy (a measure, its plan's kind) is taken from here.
        if ('inverse' in relation) for (const property of jsonTypeOf(relation.type)?.references?.[relation.inverse] ?? []) properties.add(property);
        continue;
      }
      for (const property of spec.derived?.[tree.name] ?? [tree.name]) if (meta.properties[property]?.persist !== false) properties.add(property);
    }
    const row = new RowBuilder();
    // The row's columns; a many-to-one asked for but not read here as its reference, for the resolver to load it.
    for (const property of properties) if (!spec.references?.[property]) addColumn(row, meta, alias, property);
    for (const [property, read] of Object.entries(spec.references ?? {})) {
      // Under its parent, the reference is the parent's row (filled in when decoded); else looked up.
      if (parent?.via === property) continue;
      const target = meta.properties[property]!.targetMeta!;
      const r = `r${++this.aliases}`;
      const referenced = this.properties(target, r, read);
      row.add(
        property,
        `(select ${referenced.sql} from ${quote(target.tableName)} ${r} where ${r}.${columnOf(target, target.primaryKeys[0]!)} = ${alias}.${columnOf(meta, property)})`,
        referenced.decode,
      );
    }
    // Relations last: a child's decoder reads what it inherits from this row's properties, decoded before it.
    for (const [field, relation, tree] of related) {
      const built = this.relation(relation, { alias, meta, scope }, tree);
      row.add(`@${field}`, built.sql, built.decode);
    }
    return row.build(typeName, parent && spec.references?.[parent.via] ? parent.via : undefined);
  }

  /** Some of a row's own properties (a reference's), as a JSON array and its decoder. */
  private properties(meta: EntityMetadata, alias: string, properties: readonly string[]): Built {
    const row = new RowBuilder();
    for (const property of properties) {
      if (!addColumn(row, meta, alias, property)) throw new Error(`json-read: ${meta.className}.${property} is not a column of the row`);
    }
    return row.build(meta.className);
  }

  private relation(relation: JsonRelation, parent: { alias: string; meta: EntityMetadata; scope?: Where }, tree: ResolveTree): Built {
    const spec = jsonTypeOf(relation.type)!;
    const meta = metaOf(this.em, spec.entity);
    const t = `t${++this.aliases}`;
    const fields = tree.fieldsByTypeName[relation.type] ?? {};
    const table = quote(meta.tableName);
    const scope = rowScopeOf(this.em, spec.entity, this.principal);
    if (scope) this.scopes.push(scope);
    if ('property' in relation) {
      const fk = `${parent.alias}.${columnOf(parent.meta, relation.property)}`;
      const pk = `${t}.${columnOf(meta, meta.primaryKeys[0]!)}`;
      const object = this.object(relation.type, t, fields, scope);
      const check = scope && !relation.implied?.(this.principal) ? this.scoped(spec.entity, t, scope) : '';
      return { sql: `(select ${object.sql} from ${table} ${t} where ${pk} = ${fk}${check})`, decode: object.decode };
    }
    const fk = `${t}.${columnOf(meta, relation.inverse)}`;
    const order = relation.orderBy.map(([property, direction]) => `${t}.${columnOf(meta, property)} ${direction}`).join(', ');
    const object = this.object(relation.type, t, fields, scope, [], { alias: parent.alias, via: relation.inverse });
    const check = scope ? this.scoped(spec.entity, t, beyondParent(scope, relation.inverse, parent.scope)) : '';
    const where = `${fk} = ${parent.alias}.${columnOf(parent.meta, parent.meta.primaryKeys[0]!)}${check}`;
    // What the children inherit (a measure's plan), one object for all of them.
    const inherited = spec.references?.[relation.inverse];
    // The value is the statement's json_agg of the child rows (coalesced to an empty array).
    const decode: Decode = inherited
      ? (list, row) => {
          const from = Object.fromEntries(inherited.map((k) => [k, row![k]]));
          return (list as unknown[]).map((item) => object.decode(item, from));
        }
      : (list) => (list as unknown[]).map((item) => object.decode(item, undefined));
    return { sql: `coalesce((select json_agg(${object.sql} order by ${order}) from ${table} ${t} where ${where}), '[]'::json)`, decode };
  }
}

/**
 * Makes a value of a row's JSON array what the entity-shaped row holds. A property's decoder gets
 * the row it is decoded into (its properties before relations already decoded); a nested row's, what
 * it inherits from its parent row.
 */
type Decode = (value: unknown, context: Record<string, unknown> | undefined) => unknown;

/** A row's SQL (a JSON array) and how to make it an object shaped as the entity. */
interface Built {
  sql: string;
  decode: Decode;
}

/** A many-to-one's key as the entity holds it: a reference `{ id }`, or null. */
const reference = (target: EntityMetadata): Decode => {
  const key = target.primaryKeys[0]!;
  return (value) => (value === null ? null : { [key]: value });
};

/**
 * Adds a property held in the row's own column: a scalar as it is, a many-to-one as its reference.
 * False for anything else (a one-to-many, a property not persisted).
 */
function addColumn(row: RowBuilder, meta: EntityMetadata, alias: string, property: string): boolean {
  const prop = meta.properties[property];
  if (prop?.kind === 'scalar') row.add(property, `${alias}.${columnOf(meta, property)}`);
  else if (prop?.kind === 'm:1' || (prop?.kind === '1:1' && prop.owner)) row.add(property, `${alias}.${columnOf(meta, property)}`, reference(prop.targetMeta!));
  else return false;
  return true;
}

/** The values of one row, in order: their SQL, the property each becomes, and how it is decoded. */
class RowBuilder {
  private readonly sql: string[] = [];
  private readonly keys: string[] = [];
  private readonly decoders: (Decode | undefined)[] = [];

  add(key: string, sql: string, decode?: Decode): void {
    this.keys.push(key);
    this.sql.push(sql);
    this.decoders.push(decode);
  }

  /** The row's JSON array and its decoder; `inherited` is the property it takes from its parent row (a measure's plan). */
  build(typeName: string, inherited?: string): Built {
    // PostgreSQL takes at most 100 arguments to a function.
    if (this.sql.length > 100) throw new Error(`json-read: ${typeName} asks for more than 100 values`);
    const { keys, decoders } = this;
    const n = keys.length;
    // The value is this builder's json_build_array, or null where no row was found (a many-to-one).
    const decode: Decode = (value, from) => {
      if (value === null) return null;
      const values = value as unknown[];
      const row: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        const d = decoders[i];
        row[keys[i]!] = d ? d(values[i], row) : values[i];
      }
      if (inherited) row[inherited] = from;
      return row;
    };
    return { sql: `json_build_array(${this.sql.join(', ')})`, decode };
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
const compiled = new Map<string, { object: Built; params: unknown[] }>();
const COMPILED_MAX = 1000;

function compileObject(
  em: EntityManager,
  { principal, type: typeName, fields, shape }: JsonSelection,
  include: readonly string[],
): { object: Built; params: unknown[] } {
  const key = [typeName, scopeKey(principal), include.join(','), shape].join('|');
  let entry = compiled.get(key);
  if (!entry) {
    const compiler = new JsonCompiler(em, principal);
    const scope = rowScopeOf(em, jsonTypeOf(typeName)!.entity, principal);
    // Parameters only where a scope is rendered: a nested row's check.
    entry = { object: compiler.object(typeName, 't0', fields, scope, include), params: [...compiler.params] };
    release([scope, ...compiler.scopes]);
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    compiled.set(key, entry);
  }
  return entry;
}

/**
 * The root rows' conditions for a principal, compiled once: for a read by id, the `from … where` after
 * the select list, and its parameters after the id; for a page, the type's scope as conditions on the
 * row's own columns at `s` (` and …`), if it is such.
 */
interface RootConditions {
  byId?: Statement;
  pageScope?: Statement;
}
const roots = new Map<string, RootConditions>();

function rootConditions(em: EntityManager, principal: Principal, typeName: string, byId: boolean): RootConditions {
  const key = [typeName, scopeKey(principal), byId].join('|');
  let entry = roots.get(key);
  if (!entry) {
    const spec = jsonTypeOf(typeName)!;
    const meta = metaOf(em, spec.entity);
    const scope = rowScopeOf(em, spec.entity, principal);
    entry = {};
    if (byId) {
      // The row by its key, in its type's scope: all of it known here, so the statement is cached whole.
      const check = scope ? scopeCondition(em, spec.entity, 't0', scope) : { sql: '', params: [] };
      entry.byId = { sql: `from ${quote(meta.tableName)} t0 where t0.${columnOf(meta, meta.primaryKeys[0]!)} = ?${check.sql}`, params: check.params };
    } else {
      // A scope of plain comparisons, on the row or its many-to-ones (columnConditions); else the query builder joins.
      const plain = scope ? columnConditions(meta, 's', scope) : { sql: 'true', params: [] };
      if (plain) entry.pageScope = { sql: ` and ${plain.sql}`, params: plain.params };
    }
    release(scope);
    if (roots.size >= COMPILED_MAX) roots.clear();
    roots.set(key, entry);
  }
  return entry;
}

/**
 * Raised when the passthrough's statement refused a non-null field or a relation on a row: graphql-js
 * would carry the null up to the nearest nullable field, or read nothing under the relation, which the
 * statement does not write. The direct path then answers the request (server/direct-read.ts). Also
 * when PostgreSQL rejects the statement itself (`cause`: a fault of the compiler's, to be logged).
 */
export class TextRefused extends Error {}

/** PostgreSQL's classes of errors in a statement's text or its values (syntax, undefined names, data exceptions, unsupported features). */
const STATEMENT_FAULT = /^(42|22|0A)/;

/** A page's rows: those in `where`, in `orderBy`, at most `limit`. */
type PageQuery = { where: Where; orderBy?: [string, 'asc' | 'desc'][]; limit?: number };

/** A root read: the row with `id`, or a page. */
type RootQuery = { id: string } | PageQuery;

/**
 * The rows a root query gives, each as the JSON of `typeName` with the selected fields, in the
 * type's scope: the row with `id`, or those in `where` in `orderBy`, at most `limit`. One statement.
 * `E` is the type's entity: the caller's to state, as the selection names the type at run time.
 * With the passthrough's statement (`selection.text`), each row is its keys (id, sort keys) and its
 * response text (json-text.ts), which only the direct path reads (server/direct-read.ts).
 */
export async function readJson<E>(em: EntityManager, selection: JsonSelection, query: RootQuery): Promise<Row<E>[]> {
  const meta = metaOf(em, jsonTypeOf(selection.type)!.entity);
  const orderBy = 'id' in query ? [] : (query.orderBy ?? []);
  const rows = 'id' in query ? byIdRows(em, selection, query.id) : pageRows(em, selection, query);
  if (selection.text) {
    const statement = textStatement(selection.text, rows, orderBy, meta);
    type TextRow = { row: unknown[]; node: Buffer; ids: Record<string, string[]> | null; refusals: [number, string[], string | null][] | null };
    let result: TextRow[];
    try {
      result = await runPrepared<TextRow>(em, statement);
    } catch (error) {
      // The statement is the compiler's: where PostgreSQL rejects it, the direct path answers. A
      // connection that is away is not that, and goes on as on every path (SERVICE_UNAVAILABLE).
      if (STATEMENT_FAULT.test(String((error as { code?: unknown }).code ?? ''))) throw new TextRefused('the passthrough statement failed', { cause: error });
      throw error;
    }
    const keys = textKeys(orderBy);
    const { refs, unanswered } = selection.text;
    return result.map((r) => {
      const row: Record<string | symbol, unknown> = {};
      for (let i = 0; i < keys.length; i++) row[keys[i]!] = r.row[i];
      // A path's list positions come as text in the statement's arrays (a response key never is digits only).
      const refusals = (r.refusals ?? []).map(([f, path, dataClass]): TextRefusal => [refs[f]!, path.map((k) => (/^\d+$/.test(k) ? Number(k) : k)), dataClass]);
      if (refusals.some(([field]) => unanswered.has(field))) throw new TextRefused();
      row[TEXT] = new RawText(r.node, r.ids ?? {}, refusals);
      return row as Row<E>;
    });
  }
  const { object, params } = compileObject(
    em,
    selection,
    orderBy.map(([property]) => property),
  );
  const order = orderBy.map(([property, direction]) => `t0.${columnOf(meta, property)} ${direction}`).join(', ');
  const statement: Statement = {
    sql: `select ${object.sql} as row from (${rows.sql}) t0${order ? ` order by ${order}` : ''}`,
    // Knex's `?` placeholders throughout; the nested relations' parameters come first, as in the text.
    params: [...params, ...rows.params],
  };
  return (await runPrepared<{ row: unknown[] }>(em, statement)).map((r) => object.decode(r.row, undefined) as Row<E>);
}

/** The row with `id`, all its columns, in its type's scope: compiled whole, only the id is new. */
function byIdRows(em: EntityManager, selection: JsonSelection, id: string): Statement {
  const { byId } = rootConditions(em, selection.principal, selection.type, true);
  return { sql: `select t0.* ${byId!.sql}`, params: [id, ...byId!.params] };
}

/** The rows in `where` (and the type's scope), in `orderBy`, at most `limit`, all their columns. */
function pageRows(em: EntityManager, selection: JsonSelection, query: PageQuery): Statement {
  const spec = jsonTypeOf(selection.type)!;
  const meta = metaOf(em, spec.entity);
  const orderBy = query.orderBy ?? [];
  const { pageScope } = rootConditions(em, selection.principal, selection.type, false);
  const order = orderBy.map(([property, direction]) => `s.${columnOf(meta, property)} ${direction}`).join(', ');
  // The type's scope here too, whatever the caller's filter says: the nested rows' checks rely on it.
  // It is compiled once (pageScope); the caller's conditions, when they are plain column comparisons
  // (a municipality, a status, the cursor), are written here: no query builder per request.
  const plain = conjuncts(query.where).map((c) => columnConditions(meta, 's', c));
  if (pageScope && plain.every((c) => c !== undefined)) {
    const where = plain.map((c) => c.sql).join(' and ') || 'true';
    return {
      sql: `select s.* from ${quote(meta.tableName)} s where ${where}${pageScope.sql}${order ? ` order by ${order}` : ''}${query.limit ? ' limit ?' : ''}`,
      params: [...plain.flatMap((c) => c.params), ...pageScope.params, ...(query.limit ? [query.limit] : [])],
    };
  }
  const scope = rowScopeOf(em, spec.entity, selection.principal);
  const inner = em
    .createQueryBuilder(spec.entity, 's')
    .select('s.*')
    .where(scope ? { $and: [query.where, scope] } : query.where);
  if (orderBy.length) inner.orderBy(orderBy.map(([property, direction]) => ({ [property]: direction })));
  if (query.limit) inner.limit(query.limit);
  const page = inner.getKnexQuery().toSQL();
  return { sql: page.sql, params: [...page.bindings] };
}
