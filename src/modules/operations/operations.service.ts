import type { Migrator } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DataClass, declaredPolicy, mayRead, PERSONAL_CLASSES, planAreas, rowLimits, writeMatrix } from '../../access/policy.js';
import { ROLES } from '../../domain/institutions.js';
import { checkpointsOf } from '../../audit/checkpoints.js';
import type { AccessMatrixType, HubStatusType, JobQueueCountType } from './operations.types.js';

/** Where pg-boss keeps its jobs (its default schema, which db/roles.ts installs). */
const JOB_SCHEMA = 'pgboss';

export const operationsService = {
  /**
   * The hub process that answers, and its database: reachable, the job queue's tables, the access
   * log's checkpoints, the migrations applied and pending (as /readyz decides readiness).
   */
  async hubStatus(em: EntityManager, deliveryRuntime: boolean): Promise<HubStatusType> {
    const connection = em.getConnection();
    let databaseError: string | null = null;
    try {
      await connection.execute('select 1');
    } catch (error) {
      databaseError = (error as Error).message;
    }
    let jobQueues: JobQueueCountType[] = [];
    let jobQueueReachable = false;
    if (!databaseError) {
      try {
        jobQueues = await connection.execute<JobQueueCountType[]>(
          `select name as queue, state::text as state, count(*)::int as count from ${JOB_SCHEMA}.job group by name, state order by name, state`,
        );
        jobQueueReachable = true;
      } catch {
        jobQueueReachable = false;
      }
    }
    let migrationsApplied: HubStatusType['migrationsApplied'] = [];
    let migrationsPending: string[] = [];
    if (!databaseError) {
      const migrator = em.config.getExtension<Migrator>('@mikro-orm/migrator');
      if (migrator) {
        const executed = await migrator.getExecutedMigrations();
        migrationsApplied = executed.map((m) => ({ name: m.name, executedAt: m.executed_at ?? null }));
        migrationsPending = (await migrator.getPendingMigrations()).map((m) => m.name);
      }
    }
    const checkpoint = checkpointsOf(em)?.status();
    return {
      databaseReachable: !databaseError,
      databaseError,
      deliveryRuntime,
      jobQueueReachable,
      jobQueues,
      auditCheckpointOk: checkpoint ? checkpoint.ok : null,
      auditCheckpointError: checkpoint?.error ?? null,
      lastCheckpointSeq: checkpoint?.lastSeq ?? null,
      lastCheckpointAt: checkpoint?.lastAt ? new Date(checkpoint.lastAt) : null,
      migrationsApplied,
      migrationsPending,
    };
  },

  /**
   * The policy as data (src/access/policy.ts, with the field classes and mutation roles the modules'
   * descriptors declare): the one source docs/access-matrix.md is generated from too.
   */
  accessMatrix(): AccessMatrixType {
    const classes = Object.values(DataClass);
    return {
      dataClasses: classes.map((name) => ({ name, personal: PERSONAL_CLASSES.has(name) })),
      roles: ROLES.map((role) => ({
        role,
        reads: classes.filter((c) => mayRead(role, c)),
        writes: [...(writeMatrix[role] ?? [])],
        limits: [
          ...Object.entries(rowLimits[role] ?? {}).map(([dataClass, limit]) => `${dataClass}: ${limit!.note}`),
          ...(planAreas[role] ? [`${DataClass.PLAN}: ${planAreas[role]!.join(', ')}`] : []),
        ],
      })),
      mutations: Object.entries(declaredPolicy().mutations)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, policy]) => ({ name, dataClass: policy.dataClass, roles: [...policy.roles] })),
    };
  },
};
