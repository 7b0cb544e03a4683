import pg from 'pg';
import { inject } from 'vitest';

/**
 * The URL of the database `ownerUrl` names, as the run's runtime role (src/db/roles.ts): what a
 * hub started on that database serves as, once the owner has prepared it.
 */
export function runtimeUrlFor(ownerUrl: string): string {
  const app = new URL(inject('appDatabaseUrl'));
  const u = new URL(ownerUrl);
  u.username = app.username;
  u.password = app.password;
  return u.toString();
}

type Database = { name: string; url: string; appUrl: string; admin: pg.Client; drop(): Promise<void> };

let made = 0;
/**
 * A new database on the run's server. `admin` is the owner's connection to the server's maintenance
 * database (never to the template: PostgreSQL copies a template no one is connected to); `drop()`
 * removes the database, whoever is still connected.
 */
async function createDatabase(prefix: string, template: string | null): Promise<Database> {
  const server = new URL(inject('templateDatabaseUrl'));
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const name = `hub_${prefix}_${process.pid}_${Date.now()}_${made++}`;
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(inject('templateDatabaseUrl'));
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    appUrl: runtimeUrlFor(url.toString()),
    admin,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

/**
 * An empty database of a test's own, for tests that migrate it themselves (the data migrations'
 * tests), or cut its connections (the hub they start applies the migrations as the owner).
 */
export const createOwnDatabase = (prefix: string): Promise<Database> => createDatabase(prefix, null);

let fileDatabase: Promise<Database> | undefined;
/**
 * The test file's own database (issue 20.7): a copy of the run's migrated database, made on the
 * file's first use and dropped after its tests (test/setup/file-database.ts). Test files share no
 * rows, so none sees, counts or waits on another's.
 */
export function databaseOfFile(): Promise<Database> {
  fileDatabase ??= createDatabase('file', new URL(inject('templateDatabaseUrl')).pathname.slice(1));
  return fileDatabase;
}

/** Drops the file's database, if it made one. */
export async function dropDatabaseOfFile(): Promise<void> {
  const database = fileDatabase;
  fileDatabase = undefined;
  await (await database)?.drop();
}
