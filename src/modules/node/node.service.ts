import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import type { NodeEntity } from '../module.js';

/**
 * node(id) over the modules' node entities (their descriptors' `nodes`): which table holds the id,
 * then the row by its key, in the caller's row scope (the request's entity manager applies it), so
 * node(id) sees exactly what the typed lookups see; NOT_FOUND otherwise.
 */
export function nodeLookup(nodes: readonly NodeEntity[]) {
  const entries = nodes.map((n) => ('entity' in n ? n : { entity: n, populate: [] as readonly string[] }));
  let byTable: Map<string, (typeof entries)[number]> | undefined;
  let whichTable = '';
  return async (em: EntityManager, rawId: string): Promise<object> => {
    const id = parseId(rawId);
    if (!byTable) {
      byTable = new Map(entries.map((e) => [em.getMetadata().get(e.entity.name).tableName, e]));
      whichTable = [...byTable.keys()].map((table) => `select '${table}' as t from ${table} where id = ?`).join(' union all ');
    }
    const [row] = await em.getConnection().execute<{ t: string }[]>(
      whichTable,
      [...byTable.keys()].map(() => id),
    );
    const node = row && byTable.get(row.t)!;
    const found = node ? await em.findOne(node.entity, { id }, { populate: node.populate as never }) : null;
    if (!found) throw notFound('object', rawId);
    return found;
  };
}
