import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../setup/global-setup.js';
import { projectRoot } from '../../src/shared/project-root.js';
import { runtimeUrlFor } from './own-database.js';
import { waitFor } from './wait.js';

/** A hub running in a process of its own, as an operator runs it. */
export interface HubProcess {
  child: ChildProcess;
  url: string;
  graphqlUrl: string;
  output(): string;
  /** Whether the process (the one spawned: npm, or node itself) has exited. */
  exited(): boolean;
  /** Resolves when the spawned process exits, with its code or signal. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const live = new Set<ChildProcess>();

export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Spawns a hub: `command` is `['npm', 'start', …]` or node's own arguments (`['--import', 'tsx', 'src/main.ts']`
 * by default). Resolves once /readyz answers 200. `detached` gives it a process group of its own (so a
 * test can signal the group, as a terminal's Ctrl-C does).
 */
export async function spawnHub(
  options: { env?: Record<string, string | undefined>; command?: string[]; detached?: boolean; readyWithin?: number } = {},
): Promise<HubProcess> {
  const port = await freePort();
  const [file, ...args] = options.command ?? [process.execPath, '--import', 'tsx', 'src/main.ts'];
  const given = options.env ?? {};
  // On a database of the run's server the hub serves as the run's runtime role (src/db/roles.ts); on
  // its own embedded PostgreSQL (DATABASE_URL undefined) as the one it creates there.
  const databaseUrl = 'DATABASE_URL' in given ? given.DATABASE_URL : process.env.DATABASE_URL;
  const appUrl = 'DATABASE_APP_URL' in given ? given.DATABASE_APP_URL : databaseUrl ? runtimeUrlFor(databaseUrl) : undefined;
  // Its checkpoints in a file of its own (removed when it exits), not in the project's .data.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-process-'));
  const child = spawn(file!, args, {
    cwd: projectRoot,
    // An undefined value removes the variable (DATABASE_URL, for a hub on its own embedded PostgreSQL).
    env: Object.fromEntries(
      Object.entries({
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        LOG_LEVEL: 'info',
        AUDIT_CHECKPOINT_FILE: path.join(dir, 'audit-checkpoints.jsonl'),
        ...given,
        DATABASE_APP_URL: appUrl,
      }).filter(([, v]) => v !== undefined),
    ),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  live.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal });
    }),
  );
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'the hub to be ready',
    async () => {
      if (exited()) throw new Error(`the hub exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
      return fetch(`${url}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
    },
    options.readyWithin ?? 90_000,
    () => output,
  );
  return { child, url, graphqlUrl: `${url}/graphql`, output: () => output, exited, exit };
}

/** Stops a hub process that a test left running: SIGTERM, then SIGKILL to its group if it hangs. */
export async function killHub(hub: HubProcess): Promise<void> {
  if (hub.exited()) return;
  hub.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-hub.child.pid!, 'SIGKILL');
    } catch {
      hub.child.kill('SIGKILL');
    }
  }, 15_000);
  await hub.exit;
  clearTimeout(timer);
}

/** The pid of the postmaster that serves a data directory (from its postmaster.pid), if running. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]!, 10);
    return Number.isInteger(pid) && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The direct children of a process (Linux /proc). */
export function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}
