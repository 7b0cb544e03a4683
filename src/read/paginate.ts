import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { readJson, type JsonSelection } from './json-read.js';
import { actingFor } from './row-scope.js';
import { decodeCursor, encodeCursor, pageSize, type Connection, type CursorKey, type PageArgs } from '../shared/relay.js';

interface Sortable {
  id: string;
}

/** The kind of value the sort key's column holds, and whether it may be null: what a cursor's key must be. */
function cursorKeyOf(em: EntityManager, entity: EntityName<any>, key: string): [CursorKey, boolean] {
  const prop = em.getMetadata().get(entity).properties[key]!;
  const column = String(prop.columnTypes?.[0] ?? prop.type).toLowerCase();
  const kind: CursorKey =
    column === 'uuid'
      ? 'uuid'
      : column === 'date'
        ? 'date'
        : column.startsWith('timestamp') || column === 'datetime'
          ? 'timestamp'
          : /^(int|integer|bigint|smallint)/.test(column)
            ? 'integer'
            : 'text';
  return [kind, !!prop.nullable];
}

/**
 * Keyset pagination in a stable order: by `key` then by id, so equal keys never swap between
 * pages. Rows and totalCount are both in the principal's row scope: the entity manager adds it to
 * each query (row-scope.ts), and the JSON path compiles it into its statement. `where` is a function
 * because a condition with raw SQL fragments serves one query only.
 */
export async function paginate<T extends Sortable>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  args: PageArgs,
  order: { key: keyof T & string; direction: 'asc' | 'desc' },
  options: { populate?: readonly string[] /** read the rows as JSON in one statement (read/json-read.ts) */; json?: JsonSelection } = {},
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const { key, direction } = order;
  const op = direction === 'asc' ? '$gt' : '$lt';
  let filter = where();
  if (args.after) {
    const cursor = decodeCursor(args.after, ...cursorKeyOf(em, entity, key));
    filter = {
      $and: [filter, { $or: [{ [key]: { [op]: cursor.key } }, { [key]: cursor.key, id: { [op]: cursor.id } }] }],
    } as FilterQuery<T>;
  }
  const rows = options.json
    ? await readJson<T>(em, options.json, {
        where: filter,
        orderBy: [
          [key, direction],
          ['id', direction],
        ],
        limit: size + 1,
      })
    : await em.find(entity, filter, { orderBy: [{ [key]: direction }, { id: direction }] as never, limit: size + 1, populate: options.populate as never });
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: node[key] as string, id: node.id }) }));
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    // Counted only when the query asks for it, once; in a fork of its own if the rows were read
    // with the unforked manager (the JSON path), which MikroORM does not let count: acting for the
    // selection's principal, in its row scope (row-scope.ts).
    get totalCount() {
      count ??= (em.global ? actingFor(em.fork(), options.json!.principal) : em).count(entity, where());
      return count;
    },
  };
}
