import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/config.js';
import { openDatabaseServer } from '../../src/db/database-server.js';
import { prepareDatabase } from '../../src/db/orm.js';
import { ensureRuntimeRole } from '../../src/db/roles.js';
import { createLogger } from '../../src/server/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * A database with every migration applied and the reference data loaded, for this run only, as its
     * owner: the template each test file copies for its own (databaseOfFile). No test connects to it.
     */
    templateDatabaseUrl: string;
    /** The same database as the runtime role the hub serves as (src/db/roles.ts): its name and password. */
    appDatabaseUrl: string;
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
 * Without DATABASE_URL: an embedded PostgreSQL in a temporary directory (removed afterwards), with
 * its runtime role. With it: that server, and a runtime role made for the run (DATABASE_URL's role
 * needs CREATEDB and CREATEROLE) unless DATABASE_APP_URL names one. Either way the run gets its own
 * fresh database, dropped at the end, migrated by the owner; the hubs of the tests serve as the
 * runtime role, so the suite shows the hub works with no more rights than that.
 */
export default async function setup(project: TestProject) {
  const log = createLogger({ logLevel: 'warn' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  fs.chmodSync(tmp, 0o755);
  const external = process.env.DATABASE_URL;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    ...(external ? {} : { EMBEDDED_PG_DIR: path.join(tmp, 'data'), EMBEDDED_PG_PORT: String(await freePort()) }),
  });
  // Hubs the tests start without a checkpoint file of their own write here, never to the project's .data.
  process.env.AUDIT_CHECKPOINT_FILE = path.join(tmp, 'checkpoints', 'audit-checkpoints.jsonl');
  const server = await openDatabaseServer(config, log);
  const database = `hub_test_${process.pid}_${Date.now()}`;
  await server.createDatabase(database);
  const url = server.url(database);

  let appUrl = server.appUrl(database);
  let runtimeRole = server.runtimeRole;
  let madeRole: string | undefined;
  if (external && !config.database.appUrl) {
    madeRole = runtimeRole = `hub_test_app_${process.pid}`;
    const password = crypto.randomBytes(18).toString('base64url');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await ensureRuntimeRole(admin, runtimeRole, password).finally(() => admin.end());
    const u = new URL(url);
    u.username = runtimeRole;
    u.password = password;
    appUrl = u.toString();
  }
  await prepareDatabase(url, log, { runtimeRole, config });
  project.provide('templateDatabaseUrl', url);
  project.provide('appDatabaseUrl', appUrl);

  return async () => {
    await server.dropDatabase(database);
    if (madeRole) {
      // Its grants went with the run's databases; the role is the server's, and goes too.
      const admin = new pg.Client({ connectionString: server.url() });
      await admin.connect();
      await admin.query(`drop role if exists ${admin.escapeIdentifier(madeRole)}`).finally(() => admin.end());
    }
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
}
