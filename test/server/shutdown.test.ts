import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-root.js';
import { freePort } from '../setup/global-setup.js';
import { alive, childrenOf, killHub, postmasterPid, spawnHub, type HubProcess } from '../support/hub-process.js';
import { waitFor } from '../support/wait.js';

// `npm start` as an operator runs it, on its embedded PostgreSQL: a SIGTERM to npm (what systemd, a
// container runtime or any supervisor of `npm start` sends), a SIGINT to the whole process group (a
// terminal's Ctrl-C) or a SIGTERM to the node process itself stops the hub; a request in flight is
// answered before the connections close and before PostgreSQL stops; no process is left behind.

let tmp: string;
let dataDir: string;
let pgPort: number;
const started: HubProcess[] = [];

beforeAll(() => {
  // What `npm start`'s prestart does; the test then starts the built hub without building it again.
  execFileSync('npm', ['run', '-s', 'build'], { cwd: projectRoot, stdio: 'ignore' });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-shutdown-'));
  fs.chmodSync(tmp, 0o755);
  dataDir = path.join(tmp, 'pg');
}, 120_000);

afterAll(async () => {
  await Promise.all(started.map(killHub));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cases: { name: string; signal: (hub: HubProcess, node: number) => void }[] = [
  { name: 'SIGTERM to npm', signal: (hub) => hub.child.kill('SIGTERM') },
  { name: 'SIGINT to the process group (Ctrl-C)', signal: (hub) => process.kill(-hub.child.pid!, 'SIGINT') },
  { name: 'SIGTERM to the node process', signal: (_hub, node) => process.kill(node, 'SIGTERM') },
];

describe('npm start stops cleanly', () => {
  it.each(cases)('$name: the request in flight is answered, then the hub and its PostgreSQL stop', async ({ signal }) => {
    pgPort ??= await freePort();
    const hub = await spawnHub({
      command: ['npm', 'start', '--ignore-scripts'],
      detached: true,
      env: { DATABASE_URL: undefined, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DEMO_DATA: 'false' },
    });
    started.push(hub);
    // npm execs node (no shell between them), which runs PostgreSQL.
    const [node] = childrenOf(hub.child.pid!);
    expect(fs.readFileSync(`/proc/${node}/cmdline`, 'utf8')).toContain('dist/src/main.js');
    const postmaster = postmasterPid(dataDir)!;
    expect(postmaster).toBeGreaterThan(0);

    // Hold a request in flight: it waits for a lock this test holds until the hub is shutting down.
    const password = fs.readFileSync(`${dataDir}.password`, 'utf8').trim();
    const db = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/hub` });
    await db.connect();
    try {
      await db.query('begin');
      await db.query('lock table province in access exclusive mode');
      const inFlight = fetch(hub.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ provinces { code } }' }),
      });
      await waitFor(
        'the request to wait on the lock',
        async () => (await db.query("select 1 from pg_stat_activity where application_name = 'integration-hub' and wait_event_type = 'Lock'")).rowCount,
      );

      signal(hub, node!);
      await waitFor('the hub to begin shutting down', () => hub.output().includes('"msg":"shutting down"'), 20_000, hub.output);
      expect(alive(postmaster), 'PostgreSQL stopped before the request in flight was answered').toBe(true);
      await db.query('commit');

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { provinces: unknown[] } }).data.provinces).toHaveLength(28);
    } finally {
      await db.end().catch(() => {});
    }

    await hub.exit;
    await waitFor('no process to be left', () => ![hub.child.pid!, node!, postmaster].some(alive), 20_000, hub.output);
    expect(hub.output()).toContain('"msg":"stopped"');
  });
});
