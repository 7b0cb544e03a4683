import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../setup/global-setup.js';
import { createOwnDatabase } from '../support/own-database.js';
import { killHub, postmasterPid, spawnHub, alive, type HubProcess } from '../support/hub-process.js';
import { tokenFor } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

// PostgreSQL going away under a running hub (its connections terminated, as a failover or an idle
// timeout does; its server killed) must cost requests a clear SERVICE_UNAVAILABLE (HTTP 503), never
// an INTERNAL_SERVER_ERROR or the process, and the hub must recover by itself once the server is back.
// Each hub here is a real process (src/main.ts) under load from this file.

// Signs the tests' tokens (the hubs here run on databases of their own).
const config = loadConfig({ NODE_ENV: 'test' });
const hubs: HubProcess[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map(killHub));
});

const PROVINCES = '{ provinces { code } }';
const AGREEMENTS = '{ agreements(first: 5) { totalCount } }';

interface Outcome {
  status: number;
  codes: string[];
  retryAfter: string | null;
}

/** Requests in a loop from a few concurrent clients until stopped: what each answer was. */
function load(hub: HubProcess, token: string, workers = 4) {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const one = async (query: string, authorization?: string) => {
    const res = await fetch(hub.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    outcomes.push({ status: res.status, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)), retryAfter: res.headers.get('retry-after') });
  };
  const running = Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      // Bounded: a worker stops when told, or after 20,000 requests whatever happens.
      for (let n = 0; !stopped && n < 20_000; n++) await one(i % 2 ? PROVINCES : AGREEMENTS, i % 2 ? undefined : `Bearer ${token}`);
    }),
  );
  return {
    outcomes,
    okCount: () => outcomes.filter((o) => o.status === 200 && o.codes.length === 0).length,
    stop: async () => {
      stopped = true;
      await running;
      return outcomes;
    },
  };
}

/** Every answer under the fault was a success or a clear 503 SERVICE_UNAVAILABLE with Retry-After. */
function expectOnlyOkOrUnavailable(outcomes: Outcome[]) {
  const other = outcomes.filter(
    (o) => !(o.status === 200 && o.codes.length === 0) && !(o.status === 503 && o.codes.every((c) => c === 'SERVICE_UNAVAILABLE') && o.retryAfter === '5'),
  );
  expect(other, JSON.stringify(other.slice(0, 5))).toEqual([]);
}

describe('PostgreSQL faults', () => {
  let own: Awaited<ReturnType<typeof createOwnDatabase>> | undefined;
  afterAll(() => own?.drop());

  it('survives pg_terminate_backend of every one of its connections under load, and recovers by itself', async () => {
    // A database of its own: terminating connections must not touch the other test files' hubs.
    own = await createOwnDatabase('faults');
    const { admin, name: database } = own;
    const hub = await spawnHub({ env: { DATABASE_URL: own.url } });
    hubs.push(hub);
    const token = await tokenFor(config, { role: 'SAR' });
    const traffic = load(hub, token);
    const connections = async () =>
      (await admin.query<{ pid: number; application_name: string }>('select pid, application_name from pg_stat_activity where datname = $1', [database])).rows;
    // What a timed-out wait reports.
    const state = async () =>
      hub.exited()
        ? `the hub exited (${hub.child.exitCode ?? hub.child.signalCode}):\n${hub.output()}`
        : `answers: ${traffic.outcomes.length} (${traffic.okCount()} ok); connections: ${JSON.stringify(await connections())}\n${hub.output()}`;

    for (let round = 0; round < 3; round++) {
      // Every kind of connection the hub holds is there: the ORM's pool, the dispatcher, the
      // listener, the job queue's.
      await waitFor(
        `the hub to hold its connections (round ${round + 1})`,
        async () => {
          const names = new Set((await connections()).map((c) => c.application_name));
          return ['integration-hub', 'integration-hub-listen', 'integration-hub-jobs'].every((n) => names.has(n));
        },
        20_000,
        state,
      );
      const before = traffic.okCount();
      const { rowCount } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);
      expect(rowCount).toBeGreaterThan(2);
      // Serving again: requests succeed after the cut.
      await waitFor(`requests to succeed again after cut ${round + 1}`, () => traffic.okCount() > before + 20, 20_000, state);
      expect(hub.exited(), hub.output()).toBe(false);
    }
    // The listener came back too: it LISTENs on a connection of its own again.
    await waitFor(
      'the notification listener to reconnect',
      async () =>
        (
          await admin.query("select 1 from pg_stat_activity where datname = $1 and application_name = 'integration-hub-listen' and query like 'listen %'", [
            database,
          ])
        ).rowCount,
      20_000,
      state,
    );
    const outcomes = await traffic.stop();
    expectOnlyOkOrUnavailable(outcomes);
    expect(outcomes.length).toBeGreaterThan(60);
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
  });

  it('answers 503 while its embedded PostgreSQL is down, starts it again and recovers; SIGTERM then leaves no process', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-faults-'));
    fs.chmodSync(tmp, 0o755);
    const dataDir = path.join(tmp, 'pg');
    try {
      const hub = await spawnHub({
        env: { DATABASE_URL: undefined, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'false' },
      });
      hubs.push(hub);
      const token = await tokenFor(config, { role: 'SAR' });
      const traffic = load(hub, token);
      await waitFor('some requests to succeed', () => traffic.okCount() > 20);

      const first = postmasterPid(dataDir)!;
      expect(first).toBeGreaterThan(0);
      process.kill(first, 'SIGKILL');
      const readiness = await waitFor('/readyz to say the database is unreachable', async () => {
        const res = await fetch(`${hub.url}/readyz`);
        return res.status === 503 ? ((await res.json()) as { reason: string }) : undefined;
      });
      expect(readiness.reason).toMatch(/database unreachable/);

      await waitFor('the hub to start its PostgreSQL again', () => fetch(`${hub.url}/readyz`).then((r) => r.status === 200), 60_000, hub.output);
      const second = postmasterPid(dataDir)!;
      expect(second).not.toBe(first);
      const before = traffic.okCount();
      await waitFor('requests to succeed again', () => traffic.okCount() > before + 20, 20_000, hub.output);
      const outcomes = await traffic.stop();
      expectOnlyOkOrUnavailable(outcomes);
      // The outage was seen by the clients as what it was.
      expect(
        outcomes.some((o) => o.status === 503),
        'no request was answered 503 during the outage',
      ).toBe(true);
      expect(hub.exited()).toBe(false);

      hub.child.kill('SIGTERM');
      expect(await hub.exit).toEqual({ code: 0, signal: null });
      expect(alive(second)).toBe(false);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
