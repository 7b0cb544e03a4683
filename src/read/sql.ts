import { isDeepStrictEqual } from 'node:util';
import { DateType, RawQueryFragment, type Dictionary, type EntityMetadata, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../access/principal.js';
import type { Statement } from '../db/prepared.js';
import { todayInSofia } from '../shared/dates.js';

/** SQL the read engine's compilers share (json-read.ts, json-text.ts): names, columns, scopes as conditions. */

/** A condition on the rows of whichever entity the engine reads (a scope, a page's filter), as MikroORM writes them. */
export type Where = FilterQuery<Dictionary>;

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export const metaOf = (em: EntityManager, entity: EntityName<object>): EntityMetadata =>
  em.getMetadata().get(typeof entity === 'string' ? entity : entity.name);

/** The quoted column of an entity's property (its first, for a reference). */
export function columnOf(meta: EntityMetadata, property: string): string {
  const prop = meta.properties[property];
  if (!prop?.fieldNames?.[0]) throw new Error(`read/sql.ts: ${meta.className}.${property} has no column`);
  return quote(prop.fieldNames[0]);
}

/**
 * The condition that keeps the rows at `alias` in `where` (a scope), as ` and …`, or nothing for "all":
 * plain columns compared inline, anything else as `alias.id in (…)` rendered by MikroORM's query
 * builder (raw fragments included).
 */
export function scopeCondition(em: EntityManager, entity: EntityName<object>, alias: string, where: Where): Statement {
  if (Object.keys(where).length === 0) return { sql: '', params: [] };
  const meta = metaOf(em, entity);
  const inline = columnConditions(meta, alias, where);
  if (inline) return { sql: ` and ${inline.sql}`, params: inline.params };
  const { sql, bindings } = em.createQueryBuilder(entity, 's').select(`s.${meta.primaryKeys[0]}`).where(where).getKnexQuery().toSQL();
  return { sql: ` and ${alias}.${columnOf(meta, meta.primaryKeys[0]!)} in (${sql})`, params: [...bindings] };
}

/**
 * A child's scope less the condition its parent row already meets: a scope is a conjunction of its
 * keys, and a child reached through `inverse` from a parent in `parentScope` meets
 * `{ [inverse]: parentScope }` (a municipality's plans are those of its agreements). Scopes built
 * apart compare equal only without raw fragments (each has its own key): those stay checked.
 */
export function beyondParent(scope: Where, inverse: string, parentScope: Where | undefined): Where {
  const record = scope as Record<string, unknown>;
  if (!parentScope || !Object.hasOwn(record, inverse) || !isDeepStrictEqual(record[inverse], parentScope)) return scope;
  const { [inverse]: _implied, ...rest } = record;
  return rest as Where;
}

const isPlain = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

const COMPARISONS: Readonly<Record<string, string>> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

/** A condition on a many-to-one's row (`{ province: 'BLG' }`), not on its key (`'SOF46'`, `{ $in: … }`). */
const isRelationCondition = (value: unknown): value is Where =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => !k.startsWith('$'));

/**
 * A condition of plain column comparisons on the row itself (`{ area: 'HEALTHCARE' }`, `$in` lists,
 * `$lt` … `$gte`, and `$and` / `$or` of such), or of such on the rows its many-to-ones reference,
 * as SQL, without MikroORM's query builder; undefined for anything else (a one-to-many's rows, null,
 * raw fragments), which the caller renders with it.
 */
export function columnConditions(meta: EntityMetadata, alias: string, where: Where): { sql: string; params: unknown[] } | undefined {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || (key === '$or' && value.length === 0)) return undefined;
      const each = value.map((v: Where) => columnConditions(meta, alias, v));
      if (each.some((c) => !c)) return undefined;
      if (each.length) parts.push(`(${each.map((c) => c!.sql).join(key === '$and' ? ' and ' : ' or ')})`);
      params.push(...each.flatMap((c) => c!.params));
      continue;
    }
    const prop = meta.properties[key];
    // A custom type may convert the value on its way to the database; a date given as a string it does not.
    const converted = prop?.customType && !(prop.customType instanceof DateType);
    if (!prop || !['scalar', 'm:1'].includes(prop.kind) || converted || prop.fieldNames?.length !== 1) return undefined;
    const column = `${alias}.${columnOf(meta, key)}`;
    if (prop.kind === 'm:1' && isRelationCondition(value)) {
      // Conditions on the referenced row (RZI's agreements: { municipality: { province } }), as the
      // key's membership in the rows that meet them: the same rows as the query builder's inner join.
      const target = prop.targetMeta!;
      const inner = quote(`${alias.replace(/"/g, '')}_${key}`);
      const nested = columnConditions(target, inner, value);
      if (!nested || target.primaryKeys.length !== 1) return undefined;
      parts.push(`${column} in (select ${inner}.${columnOf(target, target.primaryKeys[0]!)} from ${quote(target.tableName)} ${inner} where ${nested.sql})`);
      params.push(...nested.params);
      continue;
    }
    if (isPlain(value)) {
      parts.push(`${column} = ?`);
      params.push(value);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) return undefined;
    for (const [op, operand] of Object.entries(value)) {
      if (op === '$in' && Array.isArray(operand) && operand.length > 0 && operand.every(isPlain)) {
        parts.push(`${column} in (${operand.map(() => '?').join(', ')})`);
        params.push(...operand);
      } else if (COMPARISONS[op] && isPlain(operand)) {
        parts.push(`${column} ${COMPARISONS[op]} ?`);
        params.push(operand);
      } else return undefined;
    }
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

/** The conditions a where is the conjunction of (its `$and`s opened). */
export function conjuncts(where: Where): Where[] {
  const { $and, ...rest } = where as { $and?: unknown };
  if (!Array.isArray($and)) return [where];
  return [...(Object.keys(rest).length ? [rest] : []), ...$and.flatMap((w: Where) => conjuncts(w))];
}

/**
 * Forgets the raw fragments of scopes built to compare, or rendered only in part: MikroORM keeps
 * each fragment until a query renders it, and these are never rendered again.
 */
export function release(where: unknown): void {
  if (!where || typeof where !== 'object') return;
  for (const [key, value] of Object.entries(where)) {
    if (RawQueryFragment.isKnownFragment(key)) RawQueryFragment.getKnownFragment(key);
    release(value);
  }
}

/** What a principal's scopes depend on: role, unit, institution and today's date (children's scopes). */
export const scopeKey = (principal: Principal) => [principal.role, principal.unit, principal.institutionCode, todayInSofia()].join('|');
