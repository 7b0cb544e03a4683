import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** A statement with knex's `?` placeholders and their values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Runs a statement as a named prepared statement (the name is a hash of its text): PostgreSQL plans
 * the big JSON and aggregate statements once per connection instead of on every request. Logged as
 * MikroORM logs its own queries. Inside a transaction, it runs on the transaction's connection, unprepared.
 */
export async function runPrepared<R extends pg.QueryResultRow>(em: EntityManager, { sql, params }: Statement): Promise<R[]> {
  const connection = em.getConnection();
  if (em.isInTransaction()) return connection.execute<R[]>(sql, params, 'all', em.getTransactionContext());
  const knex = connection.getKnex();
  const native = knex.raw(sql, params as never[]).toSQL().toNative();
  const name = `hub_${createHash('sha1').update(native.sql).digest('hex').slice(0, 20)}`;
  const started = Date.now();
  const client = await knex.client.acquireConnection();
  try {
    const result: pg.QueryResult<R> = await (client as pg.PoolClient).query({ name, text: native.sql, values: native.bindings as unknown[] });
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, results: result.rowCount ?? 0, level: 'info' });
    return result.rows;
  } finally {
    await knex.client.releaseConnection(client);
  }
}
