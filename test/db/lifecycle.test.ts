import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-root.js';
import { freePort } from '../setup/global-setup.js';
import { spawnHub, type HubProcess } from '../support/hub-process.js';

// The hub as `npm start` runs it, as a real process on the embedded PostgreSQL: killed hard,
// it leaves its postgres behind; the next start must clean that up; SIGTERM must leave nothing.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-lifecycle-'));
fs.chmodSync(tmp, 0o755);
const dataDir = path.join(tmp, 'pg');
const hubs: HubProcess[] = [];

afterAll(() => {
  for (const hub of hubs) if (!hub.exited()) hub.child.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};
const postmasterPid = () => {
  const file = path.join(dataDir, 'postmaster.pid');
  return fs.existsSync(file) ? Number.parseInt(fs.readFileSync(file, 'utf8'), 10) : undefined;
};
/** Processes whose command line names our data directory (the postmaster and nothing else). */
const processesOnDataDir = () =>
  fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && alive(Number(p)))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    });

/** The hub on its own embedded PostgreSQL (no DATABASE_URL) in `dataDir`, as a development start runs it. */
async function startHub(pgPort: number): Promise<HubProcess> {
  const hub = await spawnHub({
    env: { NODE_ENV: 'development', DATABASE_URL: undefined, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' },
  });
  hubs.push(hub);
  return hub;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

describe('the hub process on the embedded PostgreSQL', () => {
  it('cleans up a postgres orphaned by a killed run, and shuts down gracefully on SIGTERM', async () => {
    const pgPort = await freePort();

    const first = await startHub(pgPort);
    const orphan = postmasterPid()!;
    expect(alive(orphan)).toBe(true);
    first.child.kill('SIGKILL');
    await first.exit;
    expect(alive(orphan)).toBe(true); // killed hard, the hub could not stop its database

    const second = await startHub(pgPort);
    expect(alive(orphan)).toBe(false);
    const current = postmasterPid()!;
    expect(current).not.toBe(orphan);
    expect(second.output()).toContain('stopping an orphaned embedded PostgreSQL');
    // Data persisted across the restart: the reference data is there without a second seed being needed.
    const res = await fetch(second.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(((await res.json()) as { data: { provinces: unknown[] } }).data.provinces).toHaveLength(28);

    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);
    expect(alive(current)).toBe(false);
    expect(processesOnDataDir()).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('refuses to start when the configuration is invalid, naming the variable', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'eighty' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    expect(await exited(child)).toBe(78);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toMatch(/PORT: .*number/);
  }, 30_000);
});
