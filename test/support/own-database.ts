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

/**
 * A database of a test's own on the run's PostgreSQL server, for tests that cut its connections,
 * count its rows or tamper with it: the other test files share the run's database. Created empty
 * (the hub it starts applies the migrations as the owner, then serves as the runtime role: `appUrl`);
 * `admin` is the owner's connection; `drop()` removes it, whoever is still connected.
 */
export async function createOwnDatabase(prefix: string): Promise<{ name: string; url: string; appUrl: string; admin: pg.Client; drop(): Promise<void> }> {
  const shared = inject('databaseUrl');
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  const name = `hub_${prefix}_${process.pid}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(shared);
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
