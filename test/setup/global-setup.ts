import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/config.js';
import { openDatabaseServer } from '../../src/db/database-server.js';
import { openOrm } from '../../src/db/orm.js';
import { createLogger } from '../../src/server/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database with every migration applied and the reference data loaded, for this run only. */
    databaseUrl: string;
  }
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Without DATABASE_URL: an embedded PostgreSQL in a temporary directory (removed afterwards).
 * With it: that server. Either way the run gets its own fresh database, dropped at the end.
 */
export default async function setup(project: TestProject) {
  const log = createLogger({ logLevel: 'warn' });
  const tmp = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-pg-'));
  if (tmp) fs.chmodSync(tmp, 0o755);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    ...(tmp ? { EMBEDDED_PG_DIR: path.join(tmp, 'data'), EMBEDDED_PG_PORT: String(await freePort()) } : {}),
  });
  const server = await openDatabaseServer(config, log);
  const database = `hub_test_${process.pid}_${Date.now()}`;
  await server.createDatabase(database);
  const url = server.url(database);
  const orm = await openOrm(url, log);
  await orm.close();
  project.provide('databaseUrl', url);

  return async () => {
    await server.dropDatabase(database);
    await server.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}
