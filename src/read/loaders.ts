import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { jsonTypeOf } from './types.js';

// The two shapes of every per-request loader: one row per key, and the children of each parent. The
// request's entity manager keeps each query in its row scope (row-scope.ts): the loaders add nothing.

/** One query for all keys asked in a tick; a key with no row (or outside the scope) gives undefined. */
export function byKey<K, T>(load: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T | undefined> {
  return new DataLoader<K, T | undefined>(async (keys) => {
    const rows = new Map((await load([...new Set(keys)])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key));
  });
}

/** Rows of an entity by its key, in the row scope. */
export function byId<T extends object>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | undefined> {
  const key = em.getMetadata().get(entity.name).primaryKeys[0]!;
  return byKey(
    (ids: string[]) => em.find(entity, { [key]: { $in: ids } } as FilterQuery<T>) as Promise<T[]>,
    // The entity's key property, by its metadata.
    (row) => String((row as Record<string, unknown>)[key]),
  );
}

/** One query for the children of all parents asked in a tick, grouped back by parent. */
export function childrenOf<T>(load: (parentIds: string[]) => Promise<T[]>, parentId: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    // Grouped in one pass, each group in the rows' order: a page of parents asks for many at once.
    const byParent = new Map<string, T[]>();
    for (const row of await load([...ids])) byParent.getOrInsertComputed(parentId(row), () => []).push(row);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

/**
 * The rows of `entity` whose many-to-one `inverse` points at each parent, in `orderBy`, with the
 * many-to-ones `populate` names: one query for the parents asked in a tick, in the row scope.
 */
export function rowsBy<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  inverse: string,
  orderBy: Readonly<Record<string, 'asc' | 'desc'>>[],
  populate: readonly string[] = [],
): DataLoader<string, T[]> {
  return childrenOf(
    (ids) => em.find(entity, { [inverse]: { $in: ids } } as FilterQuery<T>, { orderBy: orderBy as never, populate: populate as never }) as Promise<T[]>,
    // The many-to-one `inverse` of the entity, by its metadata: a reference.
    (row) => ((row as Record<string, unknown>)[inverse] as { id: string }).id,
  );
}

/**
 * The loader of a one-to-many relation of a JSON type (types.ts), from its one declaration: the target
 * type's entity, the many-to-one back to the parent, the order; with the references the target's rows
 * carry (a measure's plan, which its class reads). The JSON statement reads the same relation from the
 * same declaration, so both paths give the same rows in the same order.
 */
export function relationOf<T>(em: EntityManager, typeName: string, field: string): DataLoader<string, T[]> {
  const relation = jsonTypeOf(typeName)?.relations?.[field];
  if (!relation || !('inverse' in relation)) throw new Error(`read/loaders.ts: ${typeName}.${field} is not a one-to-many relation of a JSON type`);
  const target = jsonTypeOf(relation.type)!;
  const orderBy = relation.orderBy.map(([property, direction]) => ({ [property]: direction }));
  return rowsBy(em, target.entity as EntityClass<T & object>, relation.inverse, orderBy, Object.keys(target.references ?? {}));
}
