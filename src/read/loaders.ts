import DataLoader from 'dataloader';

// The two shapes of every per-request loader: one row per key, and the children of each parent.

/** One query for all keys asked in a tick; a key with no row (or outside the scope) gives undefined. */
export function byKey<K, T>(load: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T | undefined> {
  return new DataLoader<K, T | undefined>(async (keys) => {
    const rows = new Map((await load([...new Set(keys)])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key));
  });
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
