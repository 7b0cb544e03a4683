import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** A statement with knex's `?` placeholders and their values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

// Each statement's `$n` text and name, worked out once: both walk the whole text (a page's statement
// is several kB), and the same few statements run all day. The values go to pg as they are, as knex
// would pass them.
const natives = new Map<string, { name: string; text: string }>();
const NATIVES_MAX = 1000;

/**
 * Runs a statement as a named prepared statement (the name is a hash of its text): PostgreSQL plans
 * the big JSON and aggregate statements once per connection instead of on every request. Logged as
 * MikroORM logs its own queries. Inside a transaction, it runs on the transaction's connection, unprepared.
 */
export async function runPrepared<R extends pg.QueryResultRow>(em: EntityManager, { sql, params }: Statement): Promise<R[]> {
  const connection = em.getConnection();
  if (em.isInTransaction()) return connection.execute<R[]>(sql, params, 'all', em.getTransactionContext());
  const knex = connection.getKnex();
  if (params.includes(undefined)) throw new Error(`Undefined binding in prepared statement: ${sql.slice(0, 200)}`);
  let native = natives.get(sql);
  if (!native) {
    const text = knex
      .raw(sql, params as never[])
      .toSQL()
      .toNative().sql;
    native = { name: `hub_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
    if (natives.size >= NATIVES_MAX) natives.clear();
    natives.set(sql, native);
  }
  const started = Date.now();
  const client = await knex.client.acquireConnection();
  try {
    const result: pg.QueryResult<R> = await (client as pg.PoolClient).query({ name: native.name, text: native.text, values: params });
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, results: result.rowCount ?? 0, level: 'info' });
    return result.rows;
  } finally {
    await knex.client.releaseConnection(client);
  }
}
