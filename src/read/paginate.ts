import type { EntityManager, EntityMetadata, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { readJson, type JsonSelection } from './json-read.js';
import type { Row } from './types.js';
import { actingFor } from './row-scope.js';
import { decodeCursor, encodeCursor, pageSize, type Connection, type CursorKey, type PageArgs } from '../shared/relay.js';

interface Sortable {
  id: string;
}

/** The sort key (then the id) and its direction. */
type Order<T> = { key: keyof T & string; direction: 'asc' | 'desc' };

/** The kind of value the sort key's column holds, and whether it may be null: what a cursor's key must be. */
function cursorKeyOf<T extends object>(em: EntityManager, entity: EntityName<T>, key: keyof T & string): [CursorKey, boolean] {
  const prop = (em.getMetadata().get(entity) as EntityMetadata).properties[key]!;
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

interface PageOptions {
  populate?: readonly string[];
  /** Read the rows as JSON in one statement (read/json-read.ts): they are then `Row`s, not entities. */
  json?: JsonSelection;
}

/**
 * Keyset pagination in a stable order: by `key` then by id, so equal keys never swap between
 * pages. Rows and totalCount are both in the principal's row scope: the entity manager adds it to
 * each query (row-scope.ts), and the JSON path compiles it into its statement. `where` is a function
 * because a condition with raw SQL fragments serves one query only. The nodes are entities, or
 * `Row`s where the options name a JSON selection (`json`, even if undefined: the entities path).
 */
export async function paginate<T extends Sortable, O extends PageOptions = Record<never, never>>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  args: PageArgs,
  order: Order<T>,
  options: O = {} as O,
): Promise<Connection<'json' extends keyof O ? Row<T> : T>> {
  type Node = 'json' extends keyof O ? Row<T> : T;
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
  // Entities, or Rows where the options name `json` (which TypeScript cannot follow into the branches).
  const rows = (
    options.json
      ? await readJson<T>(em, options.json, {
          where: filter,
          orderBy: [
            [key, direction],
            ['id', direction],
          ],
          limit: size + 1,
        })
      : await em.find(entity, filter, {
          orderBy: [{ [key]: direction }, { id: direction }] as never,
          limit: size + 1,
          populate: options.populate as never,
        })
  ) as Node[];
  const page = rows.slice(0, size);
  // Both shapes hold the sort key and the id (a passthrough's row holds little else: json-read.ts).
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ key: (node as Record<string, unknown>)[key] as string, id: (node as Sortable).id }) }));
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
