import pg from 'pg';
import { inject } from 'vitest';

/**
 * A database of a test's own on the run's PostgreSQL server, for tests that cut its connections or
 * count its rows: the other test files share the run's database. Created empty (the hub it starts
 * applies the migrations); `drop()` removes it, whoever is still connected.
 */
export async function createOwnDatabase(prefix: string): Promise<{ name: string; url: string; admin: pg.Client; drop(): Promise<void> }> {
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
    admin,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}
