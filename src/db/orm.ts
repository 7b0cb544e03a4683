import { rekeyChildCases } from '../modules/children/matching.js';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { installJobQueues } from '../modules/notifications/delivery/runtime.js';
import { checkRuntimeRole, grantRuntimeRole } from './roles.js';
import { entities, rowScopes } from '../modules/index.js';
import { asTheHub, ROW_SCOPE, ScopedEntityManager } from '../read/row-scope.js';
import { CONNECTION_OPTIONS } from './unavailable.js';
import { seedReferenceData } from '../modules/reference/reference.seed.js';
import { projectRoot, runningFromSource } from '../shared/project-root.js';

export interface OrmHooks {
  /** Called with every SQL statement the ORM sends (tests count statements per request with it). */
  onQuery?: (sql: string) => void;
}

export function ormOptions(clientUrl: string, poolMax = 10, log?: Logger, hooks: OrmHooks = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // The row scopes, on every query of a scoped entity (read/row-scope.ts). A query's root only: a
    // relation populated or reached by a condition is its parent's to show, as the policy reads it.
    filters: { [ROW_SCOPE]: rowScopes },
    entityManager: ScopedEntityManager,
    autoJoinRefsForFilters: false,
    filtersOnRelations: false,
    baseDir: projectRoot,
    // From sources (tsx, vitest) run the .ts migrations; from dist/ the compiled ones.
    preferTs: runningFromSource,
    dynamicImportProvider: (id) => import(id),
    migrations: {
      path: 'dist/migrations',
      pathTs: 'migrations',
      emit: 'ts',
      // Diffs are taken against a scratch database migrated to the latest migration (npm run migration:create).
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      // Disabling FK checks needs a superuser; migrations must run as the application's own role.
      disableForeignKeys: false,
    },
    pool: { min: 0, max: poolMax },
    driverOptions: {
      // A request waits at most 10 s for a free connection (then SERVICE_UNAVAILABLE). Knex drops a
      // connection that errored and opens a new one on next use, so the pool recovers by itself once
      // the server is back.
      connection: { application_name: 'integration-hub', ...CONNECTION_OPTIONS },
      acquireConnectionTimeout: 10_000,
    },
    forceUtcTimezone: true,
    // Entity managers are forked per request; the global one is never used for requests.
    allowGlobalContext: false,
    debug: hooks.onQuery ? ['query'] : false,
    // MikroORM's own messages (e.g. the migrator's) go to the JSON log, not to the console.
    logger: (message: string) => {
      const plain = message.replace(/\u001b\[[\d;]*m/g, '');
      if (hooks.onQuery && plain.startsWith('[query]')) hooks.onQuery(plain);
      else log?.debug({ orm: plain }, 'mikro-orm');
    },
  });
}

/**
 * As the owner, before the hub serves: the migrations, the reference data, pg-boss's schema and
 * queues, then what the runtime role may do (roles.ts; unless the hub runs as the owner itself).
 */
export async function prepareDatabase(ownerUrl: string, log: Logger, { runtimeRole, config }: { runtimeRole?: string; config: Config }): Promise<void> {
  const orm = await openOrm(ownerUrl, log, 2);
  await orm.close();
  await installJobQueues(ownerUrl, config);
  if (runtimeRole) await grantRuntimeRole(ownerUrl, runtimeRole);
}

/**
 * The hub's own connections, as the runtime role (after prepareDatabase): checks that the role
 * cannot change the access log, refusing to start in production if it can (docs/audit-log.md).
 */
export async function connectOrm(
  appUrl: string,
  log: Logger,
  { poolMax, hooks, strict }: { poolMax?: number; hooks?: OrmHooks; strict: boolean },
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(appUrl, poolMax, log, hooks));
  try {
    await checkRuntimeRole((sql) => orm.em.getConnection().execute(sql), log, strict);
  } catch (error) {
    await orm.close();
    throw error;
  }
  return orm;
}

/** Connects, applies pending migrations and loads the reference data (as the owner: tools and tests). */
export async function openOrm(clientUrl: string, log: Logger, poolMax?: number, hooks?: OrmHooks): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, poolMax, log, hooks));
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  await seedReferenceData(orm.em.fork());
  await rekeyChildCases(asTheHub(orm.em.fork(), 'names of every case written before they were keyed'));
  return orm;
}

/** Readiness: the database answers and no migration is pending. */
export async function databaseReady(orm: MikroORM): Promise<{ ready: boolean; reason?: string }> {
  try {
    await orm.em.getConnection().execute('select 1');
    const pending = await orm.getMigrator().getPendingMigrations();
    return pending.length === 0 ? { ready: true } : { ready: false, reason: `${pending.length} migration(s) pending` };
  } catch (error) {
    return { ready: false, reason: `database unreachable: ${(error as Error).message}` };
  }
}
