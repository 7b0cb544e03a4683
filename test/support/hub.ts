import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config/config.js';
import { openOrm } from '../../src/db/orm.js';
import { startHubServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { GraphQLClient } from './client.js';
import { tokenFor, type PrincipalSpec } from './principals.js';
import { startNotificationRuntime, type NotificationRuntime } from '../../src/modules/notifications/delivery/runtime.js';

export interface TestHub {
  url: string;
  config: Config;
  notifications?: NotificationRuntime;
  orm: MikroORM;
  /** A client with no token: an anonymous caller. */
  anonymous: GraphQLClient;
  /** A client authenticated as the given principal (a real signed JWT). */
  as(spec: PrincipalSpec): Promise<GraphQLClient>;
  stop(): Promise<void>;
}

/** Starts the real hub over HTTP on a free port, against the run's test database. */
export async function startTestHub(
  options: {
    env?: Record<string, string>;
    schema?: GraphQLSchema;
    onQuery?: (sql: string) => void;
    /** Start the notification delivery runtime (jobs, LISTEN, webhooks, subscriptions), as `npm start` does. */
    notifications?: boolean;
    /** Where the hub logs (default: a logger at LOG_LEVEL, silent unless set). */
    log?: Logger;
  } = {},
): Promise<TestHub> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const log = options.log ?? createLogger(config);
  const orm = await openOrm(config.database.url!, log, 5, { onQuery: options.onQuery });
  const notifications = options.notifications
    ? await startNotificationRuntime({ config, orm, databaseUrl: config.database.url!, log })
    : undefined;
  const server = await startHubServer({ config, orm, log, schema: options.schema, notifications });
  const graphqlUrl = `${server.url}/graphql`;
  return {
    url: server.url,
    config,
    orm,
    notifications,
    anonymous: new GraphQLClient(graphqlUrl),
    as: async (spec) => new GraphQLClient(graphqlUrl, await tokenFor(config, spec)),
    stop: async () => {
      await server.stop();
      await notifications?.stop();
      await orm.close();
    },
  };
}

/** Starts one hub for the test file (beforeAll) and stops it afterwards; call the result inside tests. */
export function useTestHub(options?: Parameters<typeof startTestHub>[0]): () => TestHub {
  let hub: TestHub | undefined;
  beforeAll(async () => {
    hub = await startTestHub(options);
  });
  afterAll(() => hub?.stop());
  return () => {
    if (!hub) throw new Error('the test hub is not started yet: use it inside a test or hook');
    return hub;
  };
}
