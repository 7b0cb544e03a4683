import { EventEmitter } from 'node:events';
import { LockMode, type MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../../../config/config.js';
import { Notification } from '../notification.entity.js';
import { NotificationKind } from '../../../domain/notifications.js';
import { notifyEscalated } from '../notification.events.js';
import { deliverToWebhook, type WebhookJob } from './webhook-delivery.js';
import { webhookAgent } from './address-guard.js';
import { previousMonth, produceMonthlyRegister } from '../monthly-register.js';
import { backoff, CONNECTION_OPTIONS, isDatabaseUnavailable } from '../../../db/unavailable.js';
import { asTheHub } from '../../../read/row-scope.js';
import type { SweepTask } from '../../module.js';

const WEBHOOK_QUEUE = 'webhook-delivery';
const MONTHLY_REGISTER_QUEUE = 'monthly-register';
const CHANNEL = 'hub_notification';

export interface NotificationEvent {
  id: string;
  recipient: string;
}

/**
 * What delivers notifications once they are committed (the outbox rows):
 * - LISTEN on the channel the insert trigger NOTIFYs at commit: every hub process hears of every
 *   notification, and re-emits it locally (`events`) for its WebSocket subscribers;
 * - the dispatcher claims each one once across processes and, if the recipient has a webhook,
 *   enqueues a pg-boss job in the same transaction as the claim (nothing claimed is left unqueued);
 * - a sweep every few seconds dispatches what a dead process claimed nothing of, and escalates
 *   the overdue to the COORDINATOR;
 * - pg-boss runs the deliveries, retries them with exponential backoff, and re-runs the deliveries of
 *   a process killed mid-flight once their expiry passes.
 */
export interface NotificationRuntime {
  events: EventEmitter<{ notification: [NotificationEvent] }>;
  /** Dispatches and escalates now (the periodic sweep; tests call it to avoid waiting). */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

const webhookQueueOptions = (settings: Config['notifications']) => ({
  retryLimit: settings.retryLimit,
  retryDelay: settings.retryDelaySeconds,
  retryBackoff: true,
  // A delivery not finished by then is taken for dead (its process killed) and runs again.
  expireInSeconds: settings.timeoutSeconds * 2 + 5,
});
const MONTHLY_REGISTER_OPTIONS = { name: MONTHLY_REGISTER_QUEUE, retryLimit: 5, retryDelay: 300 };

/**
 * pg-boss's schema and the queues' tables, made as the database's owner before the hub starts
 * (db/roles.ts): the role the hub runs as creates nothing, and pg-boss makes a table per queue.
 * The runtime's own createQueue then finds each queue there and changes nothing.
 */
export async function installJobQueues(ownerUrl: string, config: Config): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, max: 1, application_name: 'integration-hub-install', supervise: false, schedule: false });
  await boss.start();
  try {
    await boss.createQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, ...webhookQueueOptions(config.notifications) });
    await boss.createQueue(MONTHLY_REGISTER_QUEUE, MONTHLY_REGISTER_OPTIONS);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export async function startNotificationRuntime(options: {
  config: Config;
  orm: MikroORM;
  databaseUrl: string;
  log: Logger;
  /** The modules' work at every sweep (modules/index.ts `sweepTasks`). */
  tasks: readonly SweepTask[];
}): Promise<NotificationRuntime> {
  const { config, orm, databaseUrl, log, tasks } = options;
  const settings = config.notifications;
  const events = new EventEmitter<{ notification: [NotificationEvent] }>();
  // One listener per open subscription: bounded per user by the WebSocket limits, not by Node's warning.
  events.setMaxListeners(0);
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: 3,
    application_name: 'integration-hub-jobs',
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
  });
  // While the database is away pg-boss reports each lost connection; it reconnects by itself.
  boss.on('error', (err) =>
    isDatabaseUnavailable(err)
      ? log.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'job queue lost its database connection')
      : log.error({ err }, 'job queue error'),
  );
  await boss.start();
  const queue = webhookQueueOptions(settings);
  await boss.createQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, ...queue });
  await boss.updateQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE, ...queue });

  // The dispatcher's own pool: the claim and the job insert share one transaction.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'integration-hub-dispatch', ...CONNECTION_OPTIONS });
  // An idle client whose connection drops (failover, idle timeout, pg_terminate_backend) emits 'error'
  // on the pool; unheard, that ends the process. The pool discards the client and connects anew.
  pool.on('error', (err) => log.warn({ err }, 'dispatcher lost an idle database connection; it is replaced on next use'));
  // And one listener that every client keeps for its life: pg-pool leaves a checked-out client
  // without one, and a cut connection emits 'error' on it (seen under load: the process ended). What
  // was running fails anyway; a client that failed is discarded when it is released.
  pool.on('connect', (client) => client.on('error', (err) => log.debug({ err: { message: err.message } }, 'dispatcher connection lost')));

  async function dispatch(ids?: string[]): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string; recipient_code: string; has_webhook: boolean }>(
        `update notification n set dispatched_at = now()
          where n.dispatched_at is null and ${ids ? 'n.id = any($1::uuid[])' : "n.created_at < now() - interval '1 second'"}
          returning n.id, n.recipient_code, exists (select 1 from webhook w where w.institution_code = n.recipient_code and w.active) as has_webhook`,
        ids ? [ids] : [],
      );
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      for (const row of rows.filter((r) => r.has_webhook)) {
        // The job's id is the notification's: a second enqueue of the same one is ignored. One dispatched
        // again (retryDelivery: an operator sends a failed delivery again) finds its job failed, and
        // pg-boss runs that job once more, its attempts counting on.
        const queued = await boss.send(WEBHOOK_QUEUE, { notificationId: row.id } satisfies WebhookJob, { id: row.id, ...queue, db });
        if (queued) continue;
        // (pg-boss's typings say void; it answers how many jobs it set to run again.)
        const retried = (await boss.retry(WEBHOOK_QUEUE, row.id, { db })) as unknown as { affected?: number } | undefined;
        // Its job not failed yet (the last attempt is recorded a moment before pg-boss marks the job
        // failed): unclaimed again, for the next sweep to retry once it is.
        if (!retried?.affected) await client.query('update notification set dispatched_at = null where id = $1', [row.id]);
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      // A client whose connection was cut is not queryable, and the pool discards it.
      client.release();
    }
  }

  /** Overdue and undelivered: each reported to the COORDINATOR once, by whichever process claims it. */
  async function escalate(): Promise<void> {
    await asTheHub(orm.em.fork(), 'every overdue notification').transactional(async (em) => {
      const overdue = await em.find(
        Notification,
        { escalatedAt: null, deliveredAt: null, acknowledgedAt: null, dueBy: { $lt: new Date() }, kind: { $ne: NotificationKind.OVERDUE_ESCALATED } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: 500 },
      );
      for (const n of overdue) {
        n.escalatedAt = new Date();
        notifyEscalated(em, n);
      }
    });
  }

  const sweep = async () => {
    await dispatch();
    await escalate();
    for (const task of tasks) await asTheHub(orm.em.fork(), task.name).transactional((em) => task.run(em));
  };

  // LISTEN on a connection of its own, reconnecting (with backoff, for as long as it takes) if it drops.
  let listener: pg.Client | undefined;
  let stopped = false;
  let reconnecting = false;
  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'integration-hub-listen', ...CONNECTION_OPTIONS });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const event = JSON.parse(message.payload) as NotificationEvent;
      events.emit('notification', event);
      dispatch([event.id]).catch((err) => log.error({ err, notification: event.id }, 'dispatch failed; the sweep will retry'));
    });
    let gone = false;
    const lost = (err?: Error) => {
      if (gone) return;
      gone = true;
      if (listener === client) listener = undefined;
      client.removeAllListeners('end');
      client.end().catch(() => {});
      if (!stopped) {
        log.warn({ err }, 'notification listener lost its connection; reconnecting');
        void relisten();
      }
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      client
        .removeAllListeners('error')
        .removeAllListeners('end')
        .on('error', () => {});
      client.end().catch(() => {});
      throw error;
    }
    // Cut between connecting and here: lost() has already run (and found no listener to clear).
    if (gone) throw new Error('the listener connection was lost while it was set up');
    listener = client;
  };
  // What was committed while no one listened is picked up by a sweep once listening again.
  const sweepNow = () => sweep().catch((err) => log.error({ err }, 'sweep failed'));
  const relisten = async (): Promise<void> => {
    if (reconnecting) return;
    reconnecting = true;
    try {
      // Until a listener holds: one lost again right after connecting (the loop sees it) is replaced too.
      for (let attempt = 0; !stopped && !listener; attempt++) {
        await backoff(attempt);
        if (stopped) return;
        try {
          await listen();
          log.info({ attempt }, 'notification listener reconnected');
        } catch (err) {
          log.warn({ err, attempt }, 'notification listener could not reconnect yet');
        }
      }
    } finally {
      reconnecting = false;
    }
    void sweepNow();
  };
  await listen();
  await sweepNow();

  // Art. 13(5): monthly, on the 1st at 06:00 Sofia time, the register of the month before to NSORB.
  await boss.createQueue(MONTHLY_REGISTER_QUEUE, MONTHLY_REGISTER_OPTIONS);
  await boss.schedule(MONTHLY_REGISTER_QUEUE, '0 6 1 * *', {}, { tz: 'Europe/Sofia' });
  await boss.work(MONTHLY_REGISTER_QUEUE, async () => {
    await asTheHub(orm.em.fork(), 'the national register (Art. 13(5))').transactional((em) =>
      produceMonthlyRegister(em, previousMonth(), config.smallCellThreshold),
    );
  });

  // One agent for every delivery: each connection it makes connects to the address its lookup checked.
  const agent = webhookAgent({ production: settings.webhook.production, connectTimeoutMs: settings.timeoutSeconds * 1000 });
  await boss.work<WebhookJob>(WEBHOOK_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    await deliverToWebhook(asTheHub(orm.em.fork(), 'a notification to its recipient'), job!, settings, log, agent);
  });

  const timer = setInterval(() => void sweep().catch((err) => log.error({ err }, 'sweep failed')), settings.sweepSeconds * 1000);
  timer.unref();

  return {
    events,
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      listener?.removeAllListeners('end');
      await listener?.end().catch(() => {});
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
      // After the workers: no delivery is cut off; then its idle keep-alive connections are closed.
      await agent.close();
      await pool.end();
    },
  };
}
