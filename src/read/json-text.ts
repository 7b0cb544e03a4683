import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isEnumType, isListType, isNonNullType, isScalarType, type FieldNode, type GraphQLOutputType } from 'graphql';
import { PERSONAL_CLASSES, type DataClass } from '../access/policy.js';
import type { Principal } from '../access/principal.js';
import type { TextDecision } from '../access/shield.js';
import type { Statement } from '../db/prepared.js';
import { rowScopeOf } from './row-scope.js';
import { beyondParent, columnConditions, columnOf, metaOf, quote, release, scopeCondition, scopeKey, type Where } from './sql.js';
import { jsonTypeOf, type JsonRelation, type JsonType } from './types.js';

/**
 * The passthrough (READ_PATH=passthrough, the default; docs/read-paths.md, "Passing PostgreSQL's
 * text through"): PostgreSQL builds each root row's part of the response, with the response's keys
 * and values as graphql-js would serialize them, and the hub sends that text as it is, without
 * parsing it, walking it or serializing it again.
 *
 * The selection comes from the direct path's plan (server/direct-read.ts), bound to a principal: each
 * field with its response key, its type, where its value is, and its decision (access/shield.ts
 * textDecision). The statement reads level by level, one CTE per relation of the selection, each
 * level's rows in their type's scope (checked as read/json-read.ts checks a nested row), and builds
 * the JSON bottom-up, one aggregate per level. Beside each root row it gives what the access log
 * needs, per personal class the ids of the rows the fields of that class were read on (as the field
 * deciders would note them), and its refusals: each field refused on a row (null in the text), with
 * its path and the class noted, in the order execution meets them; the hub builds from them the
 * errors the walk builds. A refusal it does not answer (a non-null field, a relation refused on some
 * rows) has the request answered by the direct path (json-read.ts TextRefused).
 *
 * A selection the passthrough cannot write, or a decision it cannot take in SQL, compiles to nothing:
 * the direct path answers.
 */

/** A field of the selection, as the passthrough takes it. */
interface TextField {
  /** the response key (an alias, or the field's name) */
  key: string;
  /** the schema's field name; `__typename` for the type's name */
  field: string;
  type: GraphQLOutputType;
  /** the entity property a field without a resolver of its own reads */
  property?: string;
  decision?: TextDecision;
  object?: TextObject;
  /** `Type.field` and the field's nodes, as its refusals name and locate it */
  name: string;
  nodes: readonly FieldNode[];
}

/** The fields asked of an object type, in the response's order (graphql-js's collectFields). */
export interface TextObject {
  typeName: string;
  fields: TextField[];
}

/** A field refused on a row: the field, its path in the root row's part, and the class noted (none: not personal). */
export type TextRefusal = [field: TextField, path: (string | number)[], dataClass: string | null];

/**
 * A root row's part of the response, as PostgreSQL wrote it (UTF-8, as it came off the connection),
 * the ids its fields were read on, and its refusals. It stays bytes: decoded into a string it would be
 * UTF-16 in the JavaScript heap (any Cyrillic makes the whole string two bytes a character), live
 * until the response is written, and encoded back to UTF-8 to be sent.
 */
export class RawText {
  constructor(
    readonly bytes: Buffer,
    readonly records: Record<string, string[]>,
    readonly refusals: readonly TextRefusal[] = [],
  ) {}

  /** Anything that serializes the response otherwise than `stringifyResponse` gets the value. */
  toJSON(): unknown {
    return JSON.parse(this.bytes.toString('utf8'));
  }
}

/** Where a root row keeps its text (a row read by the passthrough carries nothing else but its keys). */
export const TEXT = Symbol('text');

/** The responses' data that hold root rows' texts (server/direct-read.ts marks them). */
const withTexts = new WeakSet<object>();
export const markText = (data: object): void => void withTexts.add(data);

/**
 * A response whose root rows PostgreSQL wrote: its JSON as parts to send one after another, the rows'
 * bytes as they are and the rest as text. Apollo Server takes `stringifyResult`'s value as the body
 * and hands it, untouched, to the HTTP handler (server/graphql-http.ts), which sends the parts; typed
 * as a string only for Apollo Server's sake, its own text is empty.
 */
export class ResponseParts extends String {
  constructor(readonly parts: readonly (string | Buffer)[]) {
    super('');
  }

  /** The parts as bytes: the text's UTF-8, the rows' Buffers as they are. */
  buffers(): Buffer[] {
    return this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
  }
}

/**
 * A response as JSON (Apollo Server's `stringifyResult`): the root rows' texts spliced in as they are
 * (ResponseParts). Everything else (the page's wrapper, errors, extensions, every other response) is
 * serialized by JSON.stringify, as Apollo Server's default does.
 */
export function stringifyResponse(value: { data?: unknown }): string {
  if (!value.data || typeof value.data !== 'object' || !withTexts.has(value.data)) return `${JSON.stringify(value)}\n`;
  const parts: (string | Buffer)[] = [];
  let text = '';
  /** JSON.stringify's output for plain data (the page's wrapper), a root row's bytes as they are; false for what it leaves out. */
  const write = (value: unknown): boolean => {
    if (value instanceof RawText) {
      parts.push(text, value.bytes);
      text = '';
      return true;
    }
    if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      const written = JSON.stringify(value);
      if (written === undefined) return false;
      text += written;
      return true;
    }
    if (Array.isArray(value)) {
      text += '[';
      value.forEach((v, i) => {
        if (i > 0) text += ',';
        if (!write(v)) text += 'null';
      });
      text += ']';
      return true;
    }
    text += '{';
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      const before = text;
      text += `${first ? '' : ','}${JSON.stringify(key)}:`;
      if (write(v)) first = false;
      else text = before; // a value JSON.stringify leaves out (undefined, a function, a toJSON giving undefined): its key goes too
    }
    text += '}';
    return true;
  };
  write(value);
  parts.push(`${text}\n`);
  return new ResponseParts(parts) as unknown as string;
}

/** One level of the read: the rows of one type reached one way (the root rows, or a relation of a level). */
interface Level {
  name: string;
  spec: JsonType;
  meta: EntityMetadata;
  /** properties the level's CTE selects */
  columns: Set<string>;
  /** other values it selects, by name: a referenced row's property (`plan.kind`) */
  extra: Map<string, string>;
  /** whether each row's id is its own (no row read twice): a many-to-one's rows repeat */
  uniqueIds: boolean;
  /** for a one-to-many's level, the parent level and the property that points at it */
  via?: { property: string; parent: Level };
}

/** The passthrough's statement for a selection and principal, less the root rows (`textStatement`). */
export interface CompiledText {
  /** The root level's values beyond the root rows' columns. */
  root: string;
  /** The fields that may be refused, by their number in the statement's `refusals`. */
  refs: TextField[];
  /** Those whose refusal on a row the statement does not answer (TextRefused): non-null, or a relation refused on some rows. */
  unanswered: ReadonlySet<TextField>;
  /** The CTEs after the root level's `l0`, the root row's object, and the aggregates it joins. */
  ctes: Statement;
  node: Statement;
  joins: string;
}

const compiledTexts = new WeakMap<TextObject, Map<string, CompiledText | null>>();

/**
 * The passthrough's statement parts for `object` read by `principal`, or null when some field cannot
 * be written in SQL. Cached per selection (its `TextObject`, made per principal kind) and per what
 * the scopes depend on (unit, institution, today).
 */
export function compileText(em: EntityManager, principal: Principal, object: TextObject): CompiledText | null {
  const byPrincipal = compiledTexts.getOrInsertComputed(object, () => new Map());
  const key = `${scopeKey(principal)}|${principal.purpose ? 'purpose' : ''}`;
  let compiled = byPrincipal.get(key);
  if (compiled === undefined) {
    const compiler = new TextCompiler(em, principal);
    try {
      compiled = compiler.compile(object);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      compiled = null;
    } finally {
      release(compiler.scopes);
    }
    if (byPrincipal.size > 100) byPrincipal.clear();
    byPrincipal.set(key, compiled);
  }
  return compiled;
}

/** The statement that reads `rows` (the root rows, all columns) in `orderBy`, with their texts. */
export function textStatement(compiled: CompiledText, rows: Statement, orderBy: readonly [string, 'asc' | 'desc'][], meta: EntityMetadata): Statement {
  const order = orderBy.map(([property, direction]) => `a.${columnOf(meta, property)} ${direction}`).join(', ');
  const keys = textKeys(orderBy);
  return {
    sql:
      `with page as (${rows.sql}), l0 as (select a.*${compiled.root}, a.id as r, a.id as u from page a)${compiled.ctes.sql} ` +
      `select json_build_array(${keys.map((p) => `a.${columnOf(meta, p)}`).join(', ')}) as row, convert_to(${compiled.node.sql}::text, 'UTF8') as node, ` +
      `ids.v as ids, refusals.v as refusals from l0 a${compiled.joins} left join ids on ids.r = a.r left join refusals on refusals.r = a.r${order ? ` order by ${order}` : ''}`,
    params: [...rows.params, ...compiled.ctes.params, ...compiled.node.params],
  };
}

/** The keys of a root row the passthrough read: its id and the page's sort keys. */
export const textKeys = (orderBy: readonly [string, 'asc' | 'desc'][]): string[] => ['id', ...orderBy.map(([p]) => p).filter((p) => p !== 'id')];

class Unsupported extends Error {}
const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

/** A SQL string literal (the compiler's own names: types, classes, enum values). */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** A value looked up in a table of the code (an enum's names, an article by ground): null where it has none. */
export const sqlCase = (sql: string, table: Readonly<Record<string, string>>): string =>
  `case ${sql} ${Object.entries(table)
    .map(([from, to]) => `when ${literal(from)} then ${literal(to)}`)
    .join(' ')} else null end`;

/** A class an access-log entry lists a level's rows under: a constant, or a CASE of the row's class; with the rows' ids or none (a list field). */
interface Noted {
  sql: string;
  ids: boolean;
}

class TextCompiler {
  private levels = 0;
  /** CTEs in the order they are written: each level before the levels under it, the aggregates after. */
  private readonly ctes: (() => Statement)[] = [];
  /** Per level, the classes its rows are noted under. */
  private readonly noted: { level: Level; classes: Map<string, Noted> }[] = [];
  /** Per level and field, the condition of a row on which the principal may not read it, and the class then noted. */
  private readonly refusals: { level: Level; field: TextField; index: number; condition: string; dataClass: string }[] = [];
  readonly scopes: Where[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Whether some field may be refused: the levels then carry their rows' places. */
  get refuses(): boolean {
    return this.refusals.length > 0;
  }

  compile(object: TextObject): CompiledText {
    const spec = jsonTypeOf(object.typeName) ?? unsupported(`no JSON type ${object.typeName}`);
    const meta = metaOf(this.em, spec.entity);
    const root: Level = { name: 'l0', spec, meta, columns: new Set(), extra: new Map(), uniqueIds: true };
    const scope = rowScopeOf(this.em, spec.entity, this.principal);
    if (scope) this.scopes.push(scope);
    const built = this.object(object, root, scope);
    const sources = this.noted.flatMap(({ level, classes }) =>
      [...classes.values()].map((c) => `select a.r, ${c.sql} as c, ${c.ids ? `a.${columnOf(level.meta, 'id')}` : 'null::uuid'} as id from ${level.name} a`),
    );
    const written = this.ctes.map((f) => f());
    written.push({
      sql: `ids as (select r, json_object_agg(c, v) as v from (select r, c, coalesce(json_agg(id) filter (where id is not null), '[]'::json) as v from (${
        sources.length ? sources.join(' union all ') : 'select null::uuid as r, null::text as c, null::uuid as id where false'
      }) s where c is not null group by r, c) x group by r)`,
      params: [],
    });
    // Each refusal: the field's number, its path under the root row and the class noted, in the
    // order execution meets them (depth first: by field, then by place in a list).
    const refusals = this.refusals.map(
      (r, f) =>
        `select a.r, ${f} as f, a.path || array[${literal(r.field.key)}] as path, a.ord || ${r.index} as ord, ${r.dataClass} as c from ${r.level.name} a where ${r.condition}`,
    );
    written.push({
      sql: `refusals as (${
        refusals.length
          ? `select r, json_agg(json_build_array(f, path, c) order by ord) as v from (${refusals.join(' union all ')}) x group by r`
          : 'select null::uuid as r, null::json as v where false'
      })`,
      params: [],
    });
    return {
      // The root level: every column of the root rows, the values it looks up (`plan.kind`), and its place.
      root: `${[...root.extra].map(([name, sql]) => `, ${sql} as ${quote(name)}`).join('')}${this.refuses ? `, '{}'::text[] as path, '{}'::int[] as ord` : ''}`,
      refs: this.refusals.map((r) => r.field),
      unanswered: new Set(this.refusals.filter((r) => r.condition !== 'true' && (isNonNullType(r.field.type) || r.field.object)).map((r) => r.field)),
      ctes: { sql: written.map((f) => `, ${f.sql}`).join(''), params: written.flatMap((f) => f.params) },
      node: built.value,
      joins: built.joins,
    };
  }

  /**
   * A row of `level` (at `a`, as every level's rows are in the CTEs that read them) as the response's
   * JSON object, and the aggregates it joins. Registers the columns it reads on the level, the classes
   * it notes and the rows it may refuse.
   */
  private object(object: TextObject, level: Level, scope: Where | undefined): { value: Statement; joins: string } {
    const { spec, meta } = level;
    if (meta.primaryKeys.length !== 1) unsupported(`${object.typeName}: a composite key`);
    level.columns.add(meta.primaryKeys[0]!);
    const parts: Statement[] = [];
    let joins = '';
    const noted = new Map<string, Noted>();
    const note = (sql: string, ids: boolean) => {
      if (ids && meta.primaryKeys[0] !== 'id') unsupported(`${object.typeName}: noted without an id`);
      if (!noted.has(sql)) noted.set(sql, { sql, ids });
    };
    for (const [index, field] of object.fields.entries()) {
      if (field.field === '__typename') {
        parts.push({ sql: `${literal(field.key)}, ${literal(object.typeName)}`, params: [] });
        continue;
      }
      const decision = field.decision ?? unsupported(`${object.typeName}.${field.field}: no decision`);
      // A refused field is null, and graphql-js carries a non-null field's null up, which is not
      // written here: refused on every row, the direct path answers. A relation refused on some rows
      // is read under every row (its rows noted), where execution reads nothing. Refused on some rows
      // (RZI's measures' area, which its scope keeps to health), the direct path answers the
      // request where a row is (TextRefused).
      const refuse = (condition: string, dataClass: string) => {
        if (isNonNullType(field.type) && condition === 'true') unsupported(`${object.typeName}.${field.field}: non-null and refused`);
        this.refusals.push({ level, field, index, condition, dataClass });
      };
      // Refused on every row: by its class, or by the row's class where the role reads none of them
      // (RZI and a plan's kind), noted under the row's class.
      if (decision.kind === 'refused' || (decision.kind === 'byRow' && decision.readable.length === 0)) {
        const noted = decision.kind === 'byRow' ? this.rowClass(decision, level).refusedClass : decision.note ? literal(decision.note) : 'null::text';
        refuse('true', noted);
        parts.push({ sql: `${literal(field.key)}, null`, params: [] });
        continue;
      }
      if (decision.kind === 'every' && decision.note) note(literal(decision.note), true);
      if (decision.kind === 'list' && decision.note) note(literal(decision.note), false);
      let refused: string | undefined;
      if (decision.kind === 'byRow') {
        const row = this.rowClass(decision, level);
        note(row.noted, true);
        if (row.refused) {
          refused = row.refused;
          refuse(refused, row.refusedClass);
        }
      }
      const form = spec.text?.[field.field];
      const relation = spec.relations?.[field.field] ?? (form && typeof form !== 'function' ? form : undefined);
      let value: Statement;
      if (relation) {
        if (!field.object) unsupported(`${object.typeName}.${field.field}: a relation without a selection`);
        const child = this.relation(relation, field, index, level, scope);
        joins += child.join;
        value = child.value;
      } else if (typeof form === 'function') {
        const params: unknown[] = [];
        const sql = form({
          column: (property) => {
            level.columns.add(property);
            return `a.${columnOf(meta, property)}`;
          },
          condition: (where) => {
            const rendered = columnConditions(meta, 'a', where) ?? unsupported(`${object.typeName}.${field.field}: a condition not of columns`);
            for (const property of Object.keys(where)) if (!property.startsWith('$')) level.columns.add(property);
            params.push(...rendered.params);
            return rendered.sql;
          },
        });
        value = { sql: this.leaf(field, sql, false), params };
      } else if (field.property) {
        const prop = meta.properties[field.property];
        if (prop?.kind !== 'scalar' || prop.persist === false) return unsupported(`${object.typeName}.${field.field}: not a column`);
        level.columns.add(field.property);
        value = { sql: this.leaf(field, `a.${columnOf(meta, field.property)}`, !!prop.nullable, String(prop.columnTypes?.[0] ?? '')), params: [] };
      } else return unsupported(`${object.typeName}.${field.field}: a value without a SQL form`);
      parts.push({ sql: `${literal(field.key)}, ${refused ? `case when ${refused} then null else ${value.sql} end` : value.sql}`, params: value.params });
    }
    // PostgreSQL takes at most 100 arguments to a function.
    if (parts.length > 50) unsupported(`${object.typeName}: more than 50 fields`);
    if (noted.size) this.noted.push({ level, classes: noted });
    return { value: { sql: `json_build_object(${parts.map((p) => p.sql).join(', ')})`, params: parts.flatMap((p) => p.params) }, joins };
  }

  /**
   * A leaf's value as graphql-js serializes it: the column's JSON where it is the same (text, ids,
   * dates, integers, booleans), an enum's internal values mapped to its names. Anything else (a
   * timestamp, a number that is not an integer, a custom scalar) is not written here.
   */
  private leaf(field: TextField, sql: string, nullable: boolean, columnType = 'text'): string {
    if (isNonNullType(field.type) && nullable) unsupported(`${field.field}: non-null field of a nullable column`);
    let type = isNonNullType(field.type) ? field.type.ofType : field.type;
    let column = columnType.toLowerCase();
    if (isListType(type)) {
      // A list of text from an array column (a person's languages): PostgreSQL's JSON of the array.
      const item = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
      if (!column.endsWith('[]') || !isScalarType(item) || item.name !== 'String') return unsupported(`${field.field}: a list of ${column}`);
      type = item;
      column = column.slice(0, -2);
    }
    if (isEnumType(type)) {
      const values = type.getValues();
      if (values.every((v) => v.value === v.name)) return sql;
      return sqlCase(sql, Object.fromEntries(values.map((v) => [String(v.value), v.name])));
    }
    if (!isScalarType(type)) return unsupported(`${field.field}: not a scalar or an enum`);
    const text = column === 'uuid' || column === 'text' || column.startsWith('varchar') || column.startsWith('character varying');
    const fits: Record<string, boolean> = {
      ID: text,
      String: text,
      Int: ['int', 'integer', 'int4', 'smallint'].includes(column),
      Boolean: column === 'boolean' || column === 'bool',
      Date: column === 'date',
      DateTimeISO: column.startsWith('timestamptz') || column.startsWith('timestamp with time zone'),
    };
    if (!fits[type.name]) unsupported(`${field.field}: ${type.name} from ${column}`);
    // As Date's toISOString: UTC, milliseconds (PostgreSQL's MS truncates the microseconds, as a Date does).
    if (type.name === 'DateTimeISO') return `to_char(${sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    return sql;
  }

  /**
   * A row's class (ByRow's `of`) in SQL, asked of `of` for every combination of its inputs: as noted
   * (a personal class the principal reads, else null), and the condition of a row the principal may
   * not read (a class it does not read, or an input that is null, which `of` does not class).
   */
  private rowClass(decision: Extract<TextDecision, { kind: 'byRow' }>, level: Level): { noted: string; refused?: string; refusedClass: string } {
    const inputs = Object.entries(decision.rows.inputs!);
    const read = inputs.map(([path]) => this.input(level, path));
    const columns = read.map((r) => r.sql);
    let combinations: Record<string, string>[] = [{}];
    for (const [path, values] of inputs) combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [path]: v })));
    const byClass = new Map<DataClass, string[]>();
    const refusedByClass = new Map<DataClass, string[]>();
    for (const combination of combinations) {
      const row: Record<string, unknown> = {};
      for (const [path, value] of Object.entries(combination)) {
        const [head, tail] = path.split('.') as [string, string | undefined];
        row[head] = tail ? { ...(row[head] as object), [tail]: value } : value;
      }
      const dataClass = (decision.rows.of as (row: unknown) => DataClass | undefined)(row);
      if (!dataClass) continue;
      const into = decision.readable.includes(dataClass) ? byClass : refusedByClass;
      into.set(dataClass, [...(into.get(dataClass) ?? []), inputs.map(([path]) => literal(combination[path]!)).join(', ')]);
    }
    const tuple = columns.length === 1 ? columns[0]! : `(${columns.join(', ')})`;
    const caseOf = (classes: [DataClass, string[]][]) =>
      classes.length
        ? `case ${classes.map(([c, tuples]) => `when ${tuple} in (${tuples.map((t) => (columns.length === 1 ? t : `(${t})`)).join(', ')}) then ${literal(c)}`).join(' ')} end`
        : 'null::text';
    const readable = [...byClass];
    // A row refused: of a class the role does not read, or one `of` does not class (an input null);
    // noted under its class where that is personal, as the decider notes it. None where every
    // combination is read and no input may be null.
    const every = readable.reduce((n, [, tuples]) => n + tuples.length, 0) === combinations.length && read.every((r) => !r.nullable);
    return {
      noted: caseOf(readable.filter(([c]) => PERSONAL_CLASSES.has(c))),
      refused: every ? undefined : `${caseOf(readable)} is null`,
      refusedClass: caseOf([...refusedByClass].filter(([c]) => PERSONAL_CLASSES.has(c))),
    };
  }

  /** A value a row's class reads, on the level's rows: its own column, or its parent's (`plan.kind` under the plan). */
  private input(level: Level, path: string): { sql: string; nullable: boolean } {
    const [head, tail] = path.split('.') as [string, string | undefined];
    const prop = level.meta.properties[head];
    if (!tail) {
      level.columns.add(head);
      return { sql: `a.${columnOf(level.meta, head)}`, nullable: !prop || !!prop.nullable };
    }
    const target = prop?.targetMeta?.properties[tail];
    const nullable = !prop || !!prop.nullable || !target || !!target.nullable;
    if (!level.extra.has(path)) {
      const { via } = level;
      if (via?.property === head) {
        // Under the row it references (a measure under its plan): the parent level's column.
        via.parent.columns.add(tail);
        level.extra.set(path, `p.${columnOf(via.parent.meta, tail)}`);
      } else if (prop?.kind === 'm:1' && prop.targetMeta?.primaryKeys.length === 1) {
        // Else looked up by the reference's key (a measure read at the root, its plan's kind).
        const target = prop.targetMeta;
        level.columns.add(head);
        level.extra.set(
          path,
          `(select x.${columnOf(target, tail)} from ${quote(target.tableName)} x where x.${columnOf(target, target.primaryKeys[0]!)} = a.${columnOf(level.meta, head)})`,
        );
      } else return unsupported(`${path}: not a column of a referenced row`);
    }
    return { sql: `a.${quote(path)}`, nullable };
  }

  /** A relation of a level's row: its rows as a level of their own, aggregated, and joined to the row by its key. */
  private relation(
    relation: JsonRelation,
    field: TextField,
    fieldIndex: number,
    parent: Level,
    parentScope: Where | undefined,
  ): { value: Statement; join: string } {
    const spec = jsonTypeOf(relation.type) ?? unsupported(`no JSON type ${relation.type}`);
    const meta = metaOf(this.em, spec.entity);
    const n = ++this.levels;
    const many = 'inverse' in relation;
    const level: Level = { name: `l${n}`, spec, meta, columns: new Set(), extra: new Map(), uniqueIds: many && parent.uniqueIds };
    if (many) level.via = { property: relation.inverse, parent };
    const scope = rowScopeOf(this.em, spec.entity, this.principal);
    if (scope) this.scopes.push(scope);
    const parentKey = parent.meta.primaryKeys[0]!;
    let on: string;
    let check: Statement = { sql: '', params: [] };
    if (many) {
      level.columns.add(relation.inverse);
      parent.columns.add(parentKey);
      on = `a.${columnOf(meta, relation.inverse)} = p.${columnOf(parent.meta, parentKey)}`;
      if (scope) check = scopeCondition(this.em, spec.entity, 'a', beyondParent(scope, relation.inverse, parentScope));
      for (const [property] of relation.orderBy) level.columns.add(property);
    } else {
      parent.columns.add(relation.property);
      on = `a.${columnOf(meta, meta.primaryKeys[0]!)} = p.${columnOf(parent.meta, relation.property)}`;
      const checked = !!scope && !relation.implied?.(this.principal);
      if (checked) check = scopeCondition(this.em, spec.entity, 'a', scope);
      // A non-null relation the check could leave null: graphql-js would carry the null up, with an error.
      if (isNonNullType(field.type) && (checked || parent.meta.properties[relation.property]?.nullable))
        unsupported(`${field.field}: non-null, and may be null`);
    }
    // The level's CTE, written once its columns are known (after the fields under it are compiled).
    const index = this.ctes.push(() => ({ sql: '', params: [] })) - 1;
    const built = this.object(field.object!, level, scope);
    const own = `a.${columnOf(meta, meta.primaryKeys[0]!)}`;
    // The key the level's own relations join on: its row's id where no row is read twice, else one per row.
    const u = !many ? 'p.u' : parent.uniqueIds ? own : 'row_number() over ()';
    const order = many ? relation.orderBy.map(([property, direction]) => `a.${columnOf(meta, property)} ${direction}`).join(', ') : '';
    // Where a field may be refused, each row's path under its root row and its order, as execution meets it.
    const at = `(row_number() over (partition by p.u order by ${order}) - 1)`;
    const place = many
      ? `, p.path || array[${literal(field.key)}, ${at}::text] as path, p.ord || array[${fieldIndex}, ${at}::int] as ord`
      : `, p.path || array[${literal(field.key)}] as path, p.ord || ${fieldIndex} as ord`;
    this.ctes[index] = () => ({
      sql:
        `${level.name} as (select ${[...level.columns].map((p) => `a.${columnOf(meta, p)}`).join(', ')}` +
        `${[...level.extra].map(([name, sql]) => `, ${sql} as ${quote(name)}`).join('')}, p.r as r, p.u as k, ${u} as u${this.refuses ? place : ''} ` +
        `from ${parent.name} p join ${quote(meta.tableName)} a on ${on}${check.sql})`,
      params: check.params,
    });
    const json = `j${n}`;
    this.ctes.push(() => ({
      sql: many
        ? `${json} as (select a.k, json_agg(${built.value.sql} order by ${order}) as v from ${level.name} a${built.joins} group by a.k)`
        : `${json} as (select a.k, ${built.value.sql} as v from ${level.name} a${built.joins})`,
      params: built.value.params,
    }));
    return { value: { sql: many ? `coalesce(${json}.v, '[]'::json)` : `${json}.v`, params: [] }, join: ` left join ${json} on ${json}.k = a.u` };
  }
}
