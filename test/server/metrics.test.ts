import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/config.js';
import { startTestHub, useTestHub, type TestHub } from '../support/hub.js';
import { sample } from '../support/metrics.js';
import { createOwnDatabase } from '../support/own-database.js';
import { productionEnv } from '../support/production.js';
import { tokenFor } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

// GET /metrics (issue 15, "Operators see it"): Prometheus text from the real hub over HTTP; counters
// that move with the requests that should move them; label values that stay bounded; the token; and a
// scrape that still answers while the database does not.

const hub = useTestHub({ notifications: true });

const scrape = async (h: TestHub = hub(), headers: Record<string, string> = {}) => {
  const res = await fetch(`${h.url}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

const seriesValue = async (series: string, h?: TestHub) => sample((await scrape(h)).text, series) ?? 0;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${hub().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('GET /metrics', () => {
  it('serves the Prometheus text format with the process, HTTP, GraphQL, pool, event-loop, WebSocket and outbox metrics', async () => {
    await post({ query: 'query Provinces { provinces { code } }' });
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toBe('text/plain; version=0.0.4; charset=utf-8');
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
      'hub_http_request_duration_seconds',
      'hub_graphql_requests_total',
      'hub_graphql_operation_duration_seconds',
      'hub_graphql_refusals_total',
      'hub_db_pool_connections',
      'hub_db_pool_waiting',
      'hub_db_pool_max',
      'hub_event_loop_delay_seconds',
      'hub_websocket_connections',
      'hub_websocket_subscriptions',
      'hub_database_up',
      'hub_audit_checkpoint_ok',
      'hub_notifications_undispatched',
      'hub_notifications_undelivered',
      'hub_notifications_overdue',
    ]) {
      expect(text, name).toContain(`# TYPE ${name} `);
    }
    expect(sample(text, 'hub_database_up')).toBe(1);
    expect(sample(text, 'hub_audit_checkpoint_ok')).toBe(1);
    expect(sample(text, 'hub_db_pool_max')).toBe(5);
    expect(sample(text, 'hub_db_pool_connections{state="used"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'hub_db_pool_waiting')).toBe(0);
    for (const state of ['undispatched', 'undelivered', 'overdue']) expect(sample(text, `hub_notifications_${state}`)).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'hub_http_request_duration_seconds_count{method="POST",route="/graphql",status_code="200"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count{operation_type="query",operation="Provinces"}')).toBeGreaterThanOrEqual(1);
    // The event loop's histogram is cumulative: its +Inf bucket is its count, and grows.
    const count = sample(text, 'hub_event_loop_delay_seconds_count')!;
    expect(sample(text, 'hub_event_loop_delay_seconds_bucket{le="+Inf"}')).toBe(count);
    await waitFor('event-loop samples to accumulate', async () => (await seriesValue('hub_event_loop_delay_seconds_count')) > count);
  });

  it('counts requests by operation and outcome, and refusals by extensions.code', async () => {
    const ok = 'hub_graphql_requests_total{operation_type="query",operation="Provinces",outcome="ok"}';
    const unauthenticated = 'hub_graphql_refusals_total{code="UNAUTHENTICATED"}';
    const refusedWhole = 'hub_graphql_requests_total{operation_type="unknown",operation="(unnamed)",outcome="UNAUTHENTICATED"}';
    const invalid = 'hub_graphql_refusals_total{code="GRAPHQL_VALIDATION_FAILED"}';
    const before = {
      ok: await seriesValue(ok),
      unauthenticated: await seriesValue(unauthenticated),
      refusedWhole: await seriesValue(refusedWhole),
      invalid: await seriesValue(invalid),
    };

    expect((await post({ query: 'query Provinces { provinces { code } }' })).status).toBe(200);
    // A token that does not verify: refused whole (401) before GraphQL runs.
    const refused = await post({ query: 'query Provinces { provinces { code } }' }, { authorization: 'Bearer not-a-jwt' });
    expect(refused.status).toBe(401);
    // A document that does not validate: its name is not taken as a label value.
    expect((await post({ query: 'query NoSuchField { noSuchField }' })).status).toBe(400);

    const { text } = await scrape();
    expect(sample(text, ok)).toBe(before.ok + 1);
    expect(sample(text, unauthenticated)).toBe(before.unauthenticated + 1);
    expect(sample(text, refusedWhole)).toBe(before.refusedWhole + 1);
    expect(sample(text, invalid)).toBe(before.invalid + 1);
    expect(text).not.toContain('NoSuchField');
  });

  it('counts each refused field of an answer by its code', async () => {
    // Only ADMIN searches the access log: the policy refuses SAR each of the two fields.
    const sar = await hub().as({ role: 'SAR' });
    const forbidden = 'hub_graphql_refusals_total{code="FORBIDDEN"}';
    const before = await seriesValue(forbidden);
    // Inline: the operation's name is the metric's label, and the two aliases are refused one by one.
    const res = await sar.request('query AuditLog { a: auditLog(first: 1) { totalCount } b: auditLog(first: 2) { totalCount } }');
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['FORBIDDEN']));
    expect(await seriesValue(forbidden)).toBe(before + codes.length);
    expect(await seriesValue('hub_graphql_requests_total{operation_type="query",operation="AuditLog",outcome="FORBIDDEN"}')).toBe(1);
  });

  it('keeps the operation label bounded: at most 100 names, later ones (other)', async () => {
    for (let i = 0; i < 110; i++) expect((await post({ query: `query Spray${i} { __typename }` })).status).toBe(200);
    const { text } = await scrape();
    const names = new Set([...text.matchAll(/^hub_graphql_requests_total\{[^}]*operation="([^"]*)"/gm)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(100 + 2); // the names, (unnamed) and (other)
    expect(sample(text, 'hub_graphql_requests_total{operation_type="query",operation="(other)",outcome="ok"}')).toBeGreaterThanOrEqual(10);
  });

  it('shows the ORM pool in use and the requests waiting for it; a scrape needs none of its connections', async () => {
    const knex = hub().orm.em.getConnection().getKnex();
    // Every connection of the pool (5 in the test hub) held by a transaction, and one more query waiting.
    const held = await Promise.all(Array.from({ length: 5 }, () => knex.transaction()));
    const waiting = knex.raw('select 1');
    try {
      const text = await waitFor('the waiting query to show', async () => {
        const s = (await scrape()).text;
        return (sample(s, 'hub_db_pool_waiting') ?? 0) >= 1 ? s : undefined;
      });
      expect(sample(text, 'hub_db_pool_connections{state="used"}')).toBe(5);
      expect(sample(text, 'hub_db_pool_connections{state="free"}')).toBe(0);
      expect(sample(text, 'hub_database_up')).toBe(1);
    } finally {
      await Promise.all(held.map((t) => t.commit()));
    }
    await waiting;
    await waitFor(
      'the pool to be free again',
      async () => (await seriesValue('hub_db_pool_waiting')) === 0 && (await seriesValue('hub_db_pool_connections{state="used"}')) === 0,
    );
  });

  it('counts open WebSocket connections and subscriptions, and their refusals', async () => {
    const socket = new WebSocket(`${hub().url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const messages: { type: string; id?: string }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as { type: string }));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const send = (m: object) => socket.send(JSON.stringify(m));
    send({ type: 'connection_init', payload: { authorization: `Bearer ${await tokenFor(hub().config, { role: 'MUNICIPALITY', unit: 'SOF46' })}` } });
    await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
    send({ id: '1', type: 'subscribe', payload: { query: 'subscription { notificationReceived { id } }' } });
    await waitFor('one subscription to show', async () => (await seriesValue('hub_websocket_subscriptions')) === 1);
    expect(await seriesValue('hub_websocket_connections')).toBe(1);

    const invalid = await seriesValue('hub_graphql_refusals_total{code="GRAPHQL_VALIDATION_FAILED"}');
    send({ id: '2', type: 'subscribe', payload: { query: 'subscription { noSuchField }' } });
    await waitFor('the invalid subscription to be answered', () => messages.some((m) => m.type === 'error' && m.id === '2'));
    expect(await seriesValue('hub_graphql_refusals_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(invalid + 1);

    socket.close();
    await waitFor(
      'the connection to be gone',
      async () => (await seriesValue('hub_websocket_connections')) === 0 && (await seriesValue('hub_websocket_subscriptions')) === 0,
    );
  });
});

describe('access to /metrics', () => {
  const hubs: TestHub[] = [];
  afterAll(() => Promise.all(hubs.map((h) => h.stop())));
  const TOKEN = 'metrics-token-for-the-test-0123456789';

  it('is open outside production without METRICS_TOKEN', async () => {
    expect((await scrape()).status).toBe(200);
  });

  it('needs Authorization: Bearer METRICS_TOKEN once it is set', async () => {
    const h = await startTestHub({ env: { METRICS_TOKEN: TOKEN } });
    hubs.push(h);
    const none = await scrape(h);
    expect(none.status).toBe(401);
    expect(none.text).not.toContain('hub_');
    expect((await scrape(h, { authorization: 'Bearer wrong-token-of-the-same-sort-000' })).status).toBe(401);
    expect((await scrape(h, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const right = await scrape(h, { authorization: `Bearer ${TOKEN}` });
    expect(right.status).toBe(200);
    expect(right.text).toContain('hub_database_up 1');
    expect((await scrape(h, { authorization: `bearer ${TOKEN}` })).status).toBe(200);
  });

  it('is off (404) in production without METRICS_TOKEN, on with it', async () => {
    const production = { ...productionEnv().env, JWT_SECRET: '' };
    expect(loadConfig({ ...production, JWT_SECRET: undefined }).metrics).toEqual({ enabled: false, token: undefined });
    expect(loadConfig({ ...production, JWT_SECRET: undefined, METRICS_TOKEN: TOKEN }).metrics).toEqual({ enabled: true, token: TOKEN });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);

    const closed = await startTestHub({ env: { ...production, JWT_SECRET: undefined as unknown as string } });
    hubs.push(closed);
    expect((await scrape(closed)).status).toBe(404);
    expect((await fetch(`${closed.url}/healthz`)).status).toBe(200);
  });
});

describe('/metrics and the database: the outbox figures, and a scrape while it is away', () => {
  let database: Awaited<ReturnType<typeof createOwnDatabase>> | undefined;
  let own: TestHub | undefined;
  afterAll(async () => {
    await own?.stop();
    await database?.drop();
  });

  it('counts the outbox: undispatched, undelivered, overdue', async () => {
    // A database of its own: its outbox holds only this test's rows, and refusing connections (below)
    // must not touch the other test files' hubs. No delivery runtime claims the rows.
    database = await createOwnDatabase('metrics');
    own = await startTestHub({ env: { DATABASE_URL: database.url } });
    const outbox = async () => {
      const { text } = await scrape(own);
      return ['undispatched', 'undelivered', 'overdue'].map((state) => sample(text, `hub_notifications_${state}`));
    };
    expect(await outbox()).toEqual([0, 0, 0]);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const insert = (dueBy: string, extra = '') =>
        db.query(
          `insert into notification (kind, article, recipient_code, subject_type, subject_id, content, due_by, due_basis${extra ? ', dispatched_at, delivered_at' : ''})
           select 'AGREEMENT_CONCLUDED', 'Art. 14', code, 'Agreement', gen_random_uuid(), '{}', now() + $1::interval, 'test'${extra}
             from institution order by code limit 1`,
          [dueBy],
        );
      await insert('-1 day'); // overdue
      await insert('7 days');
      await insert('-2 days', ', now(), now()'); // delivered, late: no longer counted
      expect(await outbox()).toEqual([2, 2, 1]);
    } finally {
      await db.end();
    }
  });

  it('still answers: hub_database_up 0 and no outbox figures, the rest as usual; back to 1 when it returns', async () => {
    expect(sample((await scrape(own)).text, 'hub_database_up')).toBe(1);

    const { admin, name } = database!;
    await admin.query(`alter database ${name} allow_connections false`);
    await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'integration-hub-metrics'", [name]);
    const down = await waitFor('a scrape to see the database away', async () => {
      const s = await scrape(own);
      return sample(s.text, 'hub_database_up') === 0 ? s : undefined;
    });
    expect(down.status).toBe(200);
    for (const name of ['hub_notifications_undispatched', 'hub_notifications_undelivered', 'hub_notifications_overdue']) {
      expect(down.text).toContain(`# TYPE ${name} gauge`);
      expect(sample(down.text, name), name).toBeUndefined();
    }
    expect(sample(down.text, 'hub_db_pool_max')).toBe(5);
    expect(down.text).toContain('process_cpu_user_seconds_total');

    await admin.query(`alter database ${name} allow_connections true`);
    await waitFor('hub_database_up to return to 1', async () => sample((await scrape(own)).text, 'hub_database_up') === 1);
  });
});
