import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../../src/config/config.js';
import { startAuditCheckpoints, type AuditCheckpoints } from '../../src/audit/checkpoints.js';
import { connectOrm, prepareDatabase } from '../../src/db/orm.js';
import { databaseOfFile, runtimeUrlFor } from './own-database.js';
import { startHubServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { GraphQLClient } from './client.js';
import { tokenFor, type PrincipalSpec } from './principals.js';
import { startNotificationRuntime, type NotificationRuntime } from '../../src/modules/notifications/delivery/runtime.js';
import { sweepTasks } from '../../src/modules/index.js';
import { asTheHub } from '../../src/read/row-scope.js';

export interface TestHub {
  url: string;
  config: Config;
  notifications?: NotificationRuntime;
  /** The orm of the runtime role, as the hub's own (it may only append to the access log). */
  orm: MikroORM;
  /** A fresh entity manager of the hub's own work (a job, the sweep), across row scopes: as the runtime's. */
  hubEm(): EntityManager;
  /** The access log's signed checkpoints (AUDIT_CHECKPOINT_FILE: a temporary file of this hub's unless given). */
  checkpoints: AuditCheckpoints;
  /** A client with no token: an anonymous caller. */
  anonymous: GraphQLClient;
  /** A client authenticated as the given principal (a real signed JWT). */
  as(spec: PrincipalSpec): Promise<GraphQLClient>;
  stop(): Promise<void>;
}

/** Starts the real hub over HTTP on a free port, against the test file's own database (or DATABASE_URL in `env`). */
export async function startTestHub(
  options: {
    env?: Record<string, string>;
    schema?: GraphQLSchema;
    onQuery?: (sql: string) => void;
    /** Start the notification delivery runtime (jobs, LISTEN, webhooks, subscriptions), as `npm start` does. */
    notifications?: boolean;
    /** Where the hub logs (default: a logger at LOG_LEVEL, silent unless set). */
    log?: Logger;
    /** Where the built console may be (default: dist/console). */
    consoleDirectories?: string[];
  } = {},
): Promise<TestHub> {
  const ownerUrl = options.env?.DATABASE_URL ?? (await databaseOfFile()).url;
  // Each hub its own checkpoint file (and development key): a file holds the checkpoints of one database.
  const dir = options.env?.AUDIT_CHECKPOINT_FILE ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'hub-checkpoints-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...(dir ? { AUDIT_CHECKPOINT_FILE: path.join(dir, 'audit-checkpoints.jsonl') } : {}),
    ...options.env,
    // As `npm start`: the owner migrates, the hub serves as the runtime role (src/db/roles.ts).
    DATABASE_URL: ownerUrl,
    DATABASE_APP_URL: options.env?.DATABASE_APP_URL ?? runtimeUrlFor(ownerUrl),
  });
  const log = options.log ?? createLogger(config);
  await prepareDatabase(ownerUrl, log, { runtimeRole: decodeURIComponent(new URL(config.database.appUrl!).username), config });
  // Strict, as in production: a test hub whose role could change the access log does not start.
  const orm = await connectOrm(config.database.appUrl!, log, { poolMax: 5, hooks: { onQuery: options.onQuery }, strict: true });
  const checkpoints = startAuditCheckpoints({ orm, settings: config.audit.checkpoint, log });
  const notifications = options.notifications
    ? await startNotificationRuntime({ config, orm, databaseUrl: config.database.appUrl!, log, tasks: sweepTasks })
    : undefined;
  const server = await startHubServer({ config, orm, log, schema: options.schema, notifications, consoleDirectories: options.consoleDirectories });
  const graphqlUrl = `${server.url}/graphql`;
  return {
    url: server.url,
    config,
    orm,
    hubEm: () => asTheHub(orm.em.fork(), "a test, as the hub's own work"),
    notifications,
    anonymous: new GraphQLClient(graphqlUrl),
    as: async (spec) => new GraphQLClient(graphqlUrl, await tokenFor(config, spec)),
    checkpoints,
    stop: async () => {
      await server.stop();
      await notifications?.stop();
      await checkpoints.stop();
      await orm.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts one hub for the test file (beforeAll) and stops it afterwards; call the result inside tests. */
export function useTestHub(options?: Parameters<typeof startTestHub>[0]): () => TestHub {
  let hub: TestHub | undefined;
  beforeAll(async () => {
    hub = await startTestHub(options);
  });
  afterAll(async () => {
    await hub?.stop();
  });
  return () => {
    if (!hub) throw new Error('the test hub is not started yet: use it inside a test or hook');
    return hub;
  };
}
