import { createHash, timingSafeEqual } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import pg from 'pg';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Metric } from 'prom-client';
import { checkpointsOf } from '../audit/checkpoints.js';

/** What the WebSocket server holds open (server/subscriptions.ts). */
interface OpenSubscriptions {
  connections: number;
  subscriptions: number;
}

export interface HubMetrics {
  /** Times every HTTP request; counts the refusals answered before GraphQL runs (sendRequestError). */
  http: express.RequestHandler;
  /** Counts and times each GraphQL operation over HTTP, and its errors by code. */
  plugin<C extends BaseContext>(): ApolloServerPlugin<C>;
  /** A refusal answered outside Apollo (a WebSocket subscription's errors). */
  refused(code: string): void;
  /** A root read answered without graphql-js execution, and how (server/direct-read.ts). */
  answered(path: 'passthrough' | 'direct'): void;
  /** Where the WebSocket counts come from, read at each scrape. */
  watchSubscriptions(open: () => OpenSubscriptions): void;
  /** GET /metrics: the Prometheus text format, behind the bearer token when one is configured. */
  endpoint: express.RequestHandler;
  close(): Promise<void>;
}

// Label values come from clients (operation names) and must not grow without bound: only the names of
// operations that validated against the schema, and only the first this many; later ones are '(other)'.
const MAX_OPERATION_NAMES = 100;
const MAX_NAME_LENGTH = 64;
const UNNAMED = '(unnamed)';
const OTHER = '(other)';
const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/reports'];
// A scrape answers in this time whatever the database does; its figures are then left out.
const DATABASE_TIMEOUT_MS = 2000;
// monitorEventLoopDelay samples a timer of this period; what it records includes the period itself.
const LOOP_RESOLUTION_MS = 10;
const LOOP_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

// Counts of the outbox, cheap enough for each scrape: the undelivered are a small part of the table.
const BACKLOG_SQL = `select count(*) filter (where dispatched_at is null)::int as undispatched,
       count(*) filter (where delivered_at is null)::int as undelivered,
       count(*) filter (where delivered_at is null and due_by < now())::int as overdue
  from notification where dispatched_at is null or delivered_at is null`;

interface Backlog {
  undispatched: number;
  undelivered: number;
  overdue: number;
}

/** The pieces of knex's tarn pool read here. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

const codeLabel = (code: unknown) => (typeof code === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'UNKNOWN');
const routeOf = (path: string) => ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
const methodOf = (method: string) => (['GET', 'POST', 'HEAD', 'OPTIONS'].includes(method) ? method : 'other');

/**
 * A metric whose value is read when scraped and may be missing: sampled() answers undefined and the
 * metric has no sample then (prom-client's own gauges would say 0, which reads as "nothing pending").
 */
function optionalGauge(name: string, help: string, sampled: () => Promise<number | undefined>): Metric {
  return {
    name,
    help,
    type: 'gauge',
    aggregator: 'sum',
    get: async () => {
      const value = await sampled();
      return { name, help, type: 'gauge', aggregator: 'sum', values: value === undefined ? [] : [{ value, labels: {} }] };
    },
  } as unknown as Metric;
}

/**
 * perf_hooks' event-loop delay as a Prometheus histogram: at each scrape what the monitor recorded
 * since the last is added to cumulative buckets (so any number of scrapers read the same counts),
 * less the sampling period that every recorded value includes.
 */
function eventLoopDelayHistogram(): Metric & { stop(): void } {
  const name = 'hub_event_loop_delay_seconds';
  const help = 'Event-loop delay (perf_hooks.monitorEventLoopDelay, sampled every 10 ms).';
  const monitor = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  monitor.enable();
  const buckets = LOOP_BUCKETS.map(() => 0);
  let count = 0;
  let sum = 0;
  const offsetNs = LOOP_RESOLUTION_MS * 1e6;
  /** The share of samples at most `ns`: the highest percentile whose value is within it. */
  const shareWithin = (ns: number) => {
    if (monitor.max <= ns) return 1;
    if (monitor.min > ns) return 0;
    let low = 0;
    let high = 100;
    for (let i = 0; i < 12; i++) {
      const mid = (low + high) / 2;
      if (monitor.percentile(mid) <= ns) low = mid;
      else high = mid;
    }
    return low / 100;
  };
  const fold = () => {
    const n = monitor.count;
    if (n === 0) return;
    for (const [i, le] of LOOP_BUCKETS.entries()) buckets[i]! += Math.round(n * shareWithin(le * 1e9 + offsetNs));
    count += n;
    sum += Math.max(0, (monitor.mean - offsetNs) * n) / 1e9;
    monitor.reset();
  };
  return {
    name,
    help,
    type: 'histogram',
    aggregator: 'sum',
    get: async () => {
      fold();
      return {
        name,
        help,
        type: 'histogram',
        aggregator: 'sum',
        values: [
          ...LOOP_BUCKETS.map((le, i) => ({ metricName: `${name}_bucket`, labels: { le }, value: buckets[i]! })),
          { metricName: `${name}_bucket`, labels: { le: '+Inf' }, value: count },
          { metricName: `${name}_sum`, labels: {}, value: sum },
          { metricName: `${name}_count`, labels: {}, value: count },
        ],
      };
    },
    stop: () => monitor.disable(),
  } as unknown as Metric & { stop(): void };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The metrics of one hub server, in a registry of its own (a test process may run several hubs). */
export function createHubMetrics(options: { orm: MikroORM; log: Logger; token?: string; databaseUrl?: string }): HubMetrics {
  const { orm, log, token } = options;
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'HTTP requests by method, route (/graphql, /healthz, /readyz, /metrics, /reports, other) and status code.',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: "GraphQL requests over HTTP by operation type, operation name and outcome (ok, or the first error's extensions.code).",
    labelNames: ['operation_type', 'operation', 'outcome'],
    registers,
  });
  const operationDuration = new Histogram({
    name: 'hub_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP, from the request read to the response sent, by operation type and name.',
    labelNames: ['operation_type', 'operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const refusals = new Counter({
    name: 'hub_graphql_refusals_total',
    help: 'Errors answered to clients, each by its extensions.code (a request refused whole, each refused field, each refused subscription).',
    labelNames: ['code'],
    registers,
  });
  const answered = new Counter({
    name: 'hub_graphql_reads_answered_total',
    help: "Root reads answered without graphql-js execution (docs/read-paths.md): by the passthrough (PostgreSQL wrote the rows' text) or by the direct path (the hub walked the rows).",
    labelNames: ['path'],
    registers,
  });

  const tarn = (): TarnPool | undefined => {
    try {
      return orm.em.getConnection().getKnex().client.pool as TarnPool | undefined;
    } catch {
      return undefined; // closed
    }
  };
  new Gauge({
    name: 'hub_db_pool_connections',
    help: 'Connections of the ORM pool, used (lent to a request) or free (idle).',
    labelNames: ['state'],
    registers,
    collect() {
      const pool = tarn();
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
    },
  });
  new Gauge({
    name: 'hub_db_pool_waiting',
    help: 'Requests waiting for a connection of the ORM pool.',
    registers,
    collect() {
      this.set(tarn()?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'hub_db_pool_max',
    help: 'Size of the ORM pool (DATABASE_POOL_MAX).',
    registers,
    collect() {
      this.set(tarn()?.max ?? 0);
    },
  });

  let openSubscriptions: () => OpenSubscriptions = () => ({ connections: 0, subscriptions: 0 });
  // The access log's checkpoints (docs/audit-log.md): while they fail, truncating the newest entries
  // would go unseen, so an operator must hear of it. Absent where no checkpoints run.
  new Gauge({
    name: 'hub_audit_checkpoint_ok',
    help: "1 when the access log's last checkpoint was written, 0 after a failed attempt until one succeeds.",
    registers,
    collect() {
      const status = checkpointsOf(orm.em)?.status();
      if (status) this.set(status.ok ? 1 : 0);
      else this.reset();
    },
  });

  new Gauge({
    name: 'hub_websocket_connections',
    help: 'Open WebSocket connections (graphql-ws).',
    registers,
    collect() {
      this.set(openSubscriptions().connections);
    },
  });
  new Gauge({
    name: 'hub_websocket_subscriptions',
    help: 'Subscriptions held open over WebSocket.',
    registers,
    collect() {
      this.set(openSubscriptions().subscriptions);
    },
  });

  const loopDelay = eventLoopDelayHistogram();
  registry.registerMetric(loopDelay);

  // Its own connection, so that a scrape neither waits behind requests for the ORM's pool nor takes a
  // connection from them, and its timeouts are the server's and the driver's own.
  const databaseUrl = options.databaseUrl ?? (orm.config.get('clientUrl') as string);
  let pool: pg.Pool | undefined;
  const poolOf = () => {
    if (pool) return pool;
    pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 1,
      application_name: 'integration-hub-metrics',
      connectionTimeoutMillis: DATABASE_TIMEOUT_MS,
      statement_timeout: DATABASE_TIMEOUT_MS,
      query_timeout: DATABASE_TIMEOUT_MS + 500,
      keepAlive: true,
    });
    // An idle connection that drops is discarded; the next scrape connects anew.
    pool.on('error', (err) => log.debug({ err: { message: err.message } }, 'metrics lost its idle database connection'));
    return pool;
  };
  // The gauges of one scrape (and of scrapes at the same moment) share one query.
  let inflight: Promise<Backlog | undefined> | undefined;
  const backlog = () =>
    (inflight ??= poolOf()
      .query<Backlog>(BACKLOG_SQL)
      .then(
        ({ rows }) => rows[0],
        (err: Error) => {
          log.warn(
            { err: { message: err.message, code: (err as { code?: string }).code } },
            'metrics: the database did not answer; its figures are left out of this scrape',
          );
          return undefined;
        },
      )
      .finally(() => (inflight = undefined)));
  registry.registerMetric(
    optionalGauge(
      'hub_database_up',
      "1 if the database answered the scrape's query in time, else 0 (and the hub_notifications_* figures are left out).",
      async () => ((await backlog()) ? 1 : 0),
    ),
  );
  registry.registerMetric(
    optionalGauge(
      'hub_notifications_undispatched',
      'Notifications not yet claimed by a hub process for delivery (the outbox).',
      async () => (await backlog())?.undispatched,
    ),
  );
  registry.registerMetric(
    optionalGauge(
      'hub_notifications_undelivered',
      'Notifications not yet delivered (by webhook, or read in the inbox).',
      async () => (await backlog())?.undelivered,
    ),
  );
  registry.registerMetric(
    optionalGauge('hub_notifications_overdue', 'Notifications not delivered by their due-by time.', async () => (await backlog())?.overdue),
  );

  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return UNNAMED;
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES || name.length > MAX_NAME_LENGTH) return OTHER;
    names.add(name);
    return name;
  };
  // Compared as digests: equal lengths, and no timing that tells how much of the token was right.
  const expected = token === undefined ? undefined : digest(token);

  return {
    http: (req, res, next) => {
      const start = performance.now();
      const route = routeOf(req.path);
      const method = methodOf(req.method);
      res.once('finish', () => {
        httpDuration.observe({ method, route, status_code: String(res.statusCode) }, (performance.now() - start) / 1000);
        // Refused before Apollo saw it (token, rate limit, body): no operation is known.
        const code = res.locals.refusal as unknown;
        if (code === undefined) return;
        refusals.inc({ code: codeLabel(code) });
        if (route === '/graphql') requests.inc({ operation_type: 'unknown', operation: UNNAMED, outcome: codeLabel(code) });
      });
      next();
    },
    plugin: () => ({
      async requestDidStart() {
        const start = performance.now();
        return {
          async willSendResponse({ operation, operationName, response }) {
            // `operation` is set only once the document has parsed and validated.
            const type = operation?.operation ?? 'unknown';
            const name = operation ? operationLabel(operationName) : UNNAMED;
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            requests.inc({ operation_type: type, operation: name, outcome: errors.length > 0 ? codeLabel(errors[0]!.extensions?.code) : 'ok' });
            for (const error of errors) refusals.inc({ code: codeLabel(error.extensions?.code) });
            operationDuration.observe({ operation_type: type, operation: name }, (performance.now() - start) / 1000);
          },
        };
      },
    }),
    refused: (code) => refusals.inc({ code: codeLabel(code) }),
    answered: (path) => answered.inc({ path }),
    watchSubscriptions: (open) => {
      openSubscriptions = open;
    },
    endpoint: async (req, res) => {
      const given = /^bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
      if (expected && !(given && timingSafeEqual(digest(given), expected))) {
        res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('A bearer token (METRICS_TOKEN) is required.\n');
        return;
      }
      const body = await registry.metrics();
      // As prom-client spells it (Express's send would rewrite the parameters' order).
      res.set({ 'cache-control': 'no-store', 'content-type': registry.contentType }).end(body);
    },
    close: async () => {
      loopDelay.stop();
      await pool?.end();
    },
  };
}
