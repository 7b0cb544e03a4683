import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { EMBEDDED_RUNTIME_ROLE } from './roles.js';

/** A PostgreSQL server the hub or the tests use: the embedded one, or the one DATABASE_URL names. */
export interface DatabaseServer {
  embedded: boolean;
  /** URL of a database on this server as its owner (the DATABASE_URL itself when `name` is omitted and one is set): migrations. */
  url(name?: string): string;
  /**
   * The same database as the runtime role the hub serves requests as (roles.ts): the embedded server's
   * own, or DATABASE_APP_URL's (on another database when `name` is given). Without DATABASE_APP_URL,
   * an external server's owner (production refuses that: config.ts).
   */
  appUrl(name?: string): string;
  /** The runtime role's name, when it is not the owner (to grant it what it needs: roles.ts). */
  runtimeRole?: string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const APP_DATABASE = 'hub';

export async function openDatabaseServer(config: Config, log: Logger, settings?: Record<string, string>): Promise<DatabaseServer> {
  const external = config.database.url;
  const embedded = external ? undefined : await startEmbeddedPostgres({ ...config.embedded, log, settings });
  const onDatabase = (base: string, name?: string): string => {
    if (!name) return base;
    const u = new URL(base);
    u.pathname = `/${encodeURIComponent(name)}`;
    return u.toString();
  };
  const url = (name?: string): string => (embedded ? embedded.url(name ?? APP_DATABASE) : onDatabase(external!, name));
  const appUrl = (name?: string): string => {
    if (embedded) return embedded.appUrl(name ?? APP_DATABASE);
    // The runtime role's URL names the database too; on another database (tests), its credentials there.
    return config.database.appUrl ? onDatabase(config.database.appUrl, name) : url(name);
  };
  const runtimeRole = embedded ? EMBEDDED_RUNTIME_ROLE : config.database.appUrl ? decodeURIComponent(new URL(config.database.appUrl).username) : undefined;
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
    appUrl,
    runtimeRole,
    createDatabase: (name) =>
      admin(async (c) => {
        const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
        if (exists.rowCount === 0) await c.query(`create database ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) => admin((c) => c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`)),
    stop: async () => embedded?.stop(),
  };
}
