import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** A PostgreSQL server the hub or the tests use: the embedded one, or the one DATABASE_URL names. */
export interface DatabaseServer {
  embedded: boolean;
  /** URL of a database on this server (the DATABASE_URL itself when `name` is omitted and one is set). */
  url(name?: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export const APP_DATABASE = 'hub';

export async function openDatabaseServer(config: Config, log: Logger, settings?: Record<string, string>): Promise<DatabaseServer> {
  const external = config.database.url;
  const embedded = external ? undefined : await startEmbeddedPostgres({ ...config.embedded, log, settings });
  const url = (name?: string): string => {
    if (embedded) return embedded.url(name ?? APP_DATABASE);
    if (!name) return external!;
    const u = new URL(external!);
    u.pathname = `/${encodeURIComponent(name)}`;
    return u.toString();
  };
  // Administrative statements run on the server's maintenance database (embedded) or the given one.
  const admin = async (sql: (c: pg.Client) => Promise<unknown>) => {
    const client = new pg.Client({ connectionString: embedded ? embedded.url('postgres') : external });
    await client.connect();
    try {
      await sql(client);
    } finally {
      await client.end();
    }
  };
  return {
    embedded: Boolean(embedded),
    url,
    createDatabase: (name) =>
      admin(async (c) => {
        const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
        if (exists.rowCount === 0) await c.query(`create database ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) => admin((c) => c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`)),
    stop: async () => embedded?.stop(),
  };
}
