import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { openDatabaseServer, type DatabaseServer } from './db/database-server.js';
import { connectOrm, prepareDatabase } from './db/orm.js';
import { startAuditCheckpoints, type AuditCheckpoints } from './audit/checkpoints.js';
import { startHubServer, type HubServer } from './server/app.js';
import { createLogger } from './server/logger.js';
import { printDevTokens } from './cli/dev-tokens.js';
import { loadDemoData } from './dev/demo-data.js';
import { startNotificationRuntime, type NotificationRuntime } from './modules/notifications/delivery/runtime.js';
import { sweepTasks } from './modules/index.js';
import { stopTracing } from './telemetry/stop.js';

const SHUTDOWN_TIMEOUT_MS = 30_000;

// Start-up only: config → database → ORM (migrations, reference data) → notification delivery → server → listen.
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger(config);
  let database: DatabaseServer | undefined;
  let orm: MikroORM | undefined;
  let server: HubServer | undefined;
  let notifications: NotificationRuntime | undefined;
  let checkpoints: AuditCheckpoints | undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Requests in flight get the drain's time (Apollo's, 10 s); nothing may keep the process up beyond that.
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    // Order matters: stop taking requests, then the job workers, then release the database, then stop the server.
    try {
      await server?.stop();
      await notifications?.stop();
      // The last checkpoint of the access log's head, while the database is still there.
      await checkpoints?.stop();
      await orm?.close();
      await database?.stop();
      await stopTracing();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A parent that dies without passing its signal on (npm killed, a shell's -9) would leave the hub
  // serving unsupervised: adopted by another process, it stops. A supervisor (systemd, a container's
  // init) outlives what it runs, so this never fires under one.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exited');
  }, 1000).unref();

  try {
    database = await openDatabaseServer(config, log);
    if (database.embedded) await database.createDatabase('hub');
    // The owner migrates; the hub then serves as a role that may only append to the access log (db/roles.ts).
    await prepareDatabase(database.url(), log, { runtimeRole: database.runtimeRole, config });
    if (!database.runtimeRole)
      log.warn('DATABASE_APP_URL is not set: the hub runs as the owner of the database, which can change the access log (README: An external PostgreSQL)');
    orm = await connectOrm(database.appUrl(), log, { poolMax: config.database.poolMax, strict: config.isProduction });
    checkpoints = startAuditCheckpoints({ orm, settings: config.audit.checkpoint, log });
    if (config.demoData ?? (!config.isProduction && database.embedded)) await loadDemoData(orm, log);
    notifications = await startNotificationRuntime({ config, orm, databaseUrl: database.appUrl(), log, tasks: sweepTasks });
    server = await startHubServer({ config, orm, log, notifications });
  } catch (error) {
    log.fatal({ err: error }, 'start-up failed');
    await notifications?.stop().catch(() => {});
    await checkpoints?.stop().catch(() => {});
    await orm?.close().catch(() => {});
    await database?.stop().catch(() => {});
    process.exit(1);
  }

  const where = server.url.replace('127.0.0.1', 'localhost');
  log.info({ url: `${where}/graphql`, database: database.embedded ? 'embedded' : 'external', tracing: config.tracing.exporters }, 'hub listening');
  if (!config.isProduction && database.embedded) await printDevTokens(config, `${where}/graphql`);
  else console.log(`Integration hub listening on ${where}/graphql`);
}

void main();
