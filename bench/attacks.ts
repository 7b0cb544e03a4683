import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { entryRow, GENESIS_HASH, INSERT_ROWS, insertParams } from '../src/audit/audit.service.js';
import { loadConfig } from '../src/config/config.js';
import { signDevToken } from '../src/access/tokens.js';
import { projectRoot } from '../src/shared/project-root.js';

/**
 * The hostile clients of issue 15 against a real hub process (its own embedded PostgreSQL, the
 * production heap of 256 MB, default limits): for each attack, the hub's peak RSS, the slowest
 * /healthz answer while it ran (polled every 20 ms from here), the hub's own longest event-loop delay
 * (from /metrics: prom-client resets it at each scrape, so each figure covers one attack), what
 * the attacker got, and whether the hub survived. Prints a table; nothing is timed by a test.
 *   npm run bench:attacks
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-attacks-'));
fs.chmodSync(tmp, 0o755);
const port = 4600 + Math.floor(Math.random() * 300);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'test',
  PORT: String(port),
  LOG_LEVEL: 'error',
  EMBEDDED_PG_DIR: path.join(tmp, 'pg'),
  EMBEDDED_PG_PORT: String(port + 50_000 - 4000),
  DEMO_DATA: 'false',
};
delete env.DATABASE_URL;
const config = loadConfig(env);
const base = `http://127.0.0.1:${port}`;
// The built hub, as production runs it (from sources, tsx would compile each module on its first use,
// in the middle of an attack).
execFileSync('npm', ['run', '-s', 'build'], { cwd: projectRoot, stdio: 'inherit' });
const hub = spawn(process.execPath, ['--max-old-space-size=256', ...(process.env.HUB_NODE_OPTIONS?.split(' ') ?? []), 'dist/src/main.js'], {
  cwd: projectRoot,
  env,
  stdio: ['ignore', process.env.HUB_NODE_OPTIONS ? 'inherit' : 'ignore', 'inherit'],
});
process.on('exit', () => {
  hub.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});
const alive = () => hub.exitCode === null && hub.signalCode === null;

for (let i = 0; ; i++) {
  if (!alive()) throw new Error('the hub exited during start-up');
  if (
    await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 600) throw new Error('the hub did not get ready');
  await new Promise((r) => setTimeout(r, 100));
}

// An access log of a size a year brings (ENTRIES, default 200,000), so that chain verification has work.
const ENTRIES = Number(process.env.ENTRIES ?? 200_000);
{
  const password = fs.readFileSync(`${env.EMBEDDED_PG_DIR}.password`, 'utf8').trim();
  const db = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/hub` });
  await db.connect();
  const head = (await db.query<{ seq: string; hash: string }>('select seq::text, hash from audit_log order by seq desc limit 1')).rows[0];
  let seq = BigInt(head?.seq ?? 0);
  let prevHash = head?.hash ?? GENESIS_HASH;
  for (let done = 0; done < ENTRIES; done += 10_000) {
    // As the hub writes them (entryRow), so that the check has the hub's own work to do.
    const rows = Array.from({ length: Math.min(10_000, ENTRIES - done) }, (_, i) => {
      seq += 1n;
      const id = `00000000-0000-4000-8000-${String(done + i).padStart(12, '0')}`;
      const fields = {
        at: new Date(),
        requestId: `bench-${seq}`,
        role: 'SAR',
        institutionCode: 'SAR',
        unit: null,
        subject: 'bench',
        purpose: 'bench',
        operationName: 'Beneficiary',
        operationType: 'query',
        records: { IDENTITY: [id] },
        outcome: 'SUCCESS',
      };
      const row = entryRow(seq, fields, prevHash);
      prevHash = row.hash;
      return row;
    });
    let n = 0; // the statement's placeholders are knex's `?`
    await db.query(
      INSERT_ROWS.replace(/\?/g, () => `$${++n}`),
      insertParams(rows),
    );
  }
  await db.end();
  console.log(`access log: ${ENTRIES} entries added`);
}

const rssMb = () => {
  const line = fs
    .readFileSync(`/proc/${hub.pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
};
const metric = async (name: string) => {
  const text = await fetch(`${base}/metrics`).then(
    (r) => (r.ok ? r.text() : ''),
    () => '',
  );
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) * 1000 : Number.NaN;
};

interface Row {
  attack: string;
  outcome: string;
  peakRssMb: number;
  slowestHealthzMs: number;
  loopMaxMs: number;
  survived: boolean;
}
const rows: Row[] = [];

// `npm run bench:attacks -- subscribe flood` runs only the attacks whose names contain those words.
const only = process.argv.slice(2).join(' ').toLowerCase();

/** Runs one attack while watching the hub. */
async function attack(name: string, run: () => Promise<string>) {
  if (only && !name.toLowerCase().includes(only) && name !== BASELINE) return;
  await metric('nodejs_eventloop_lag_max_seconds'); // starts this attack's window
  let peak = rssMb();
  let slowest = 0;
  let watching = true;
  const watcher = (async () => {
    while (watching && alive()) {
      const t = performance.now();
      await fetch(`${base}/healthz`).catch(() => undefined);
      slowest = Math.max(slowest, performance.now() - t);
      peak = Math.max(peak, alive() ? rssMb() : 0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const outcome = await run().catch((error: Error) => `attacker failed: ${error.message}`);
  watching = false;
  await watcher;
  const loopMaxMs = await metric('nodejs_eventloop_lag_max_seconds');
  rows.push({ attack: name, outcome, peakRssMb: Math.round(peak), slowestHealthzMs: Math.round(slowest), loopMaxMs: Math.round(loopMaxMs), survived: alive() });
  console.log(JSON.stringify(rows.at(-1)));
}

const wsUrl = `ws://127.0.0.1:${port}/graphql`;
const socket = () =>
  new Promise<WebSocket>((resolve, reject) => {
    const s = new WebSocket(wsUrl, 'graphql-transport-ws');
    s.once('open', () => resolve(s));
    s.once('error', reject);
  });
const closed = (s: WebSocket) => new Promise<number>((resolve) => s.once('close', (code) => resolve(code)));
const token = (role: string, unit?: string, sub = `attacker-${role}`) =>
  signDevToken(config.jwt, { role: role as never, unit, sub, purpose: 'attack benchmark' });
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(
    (r) => r.status,
    () => 0,
  );
const tally = (statuses: number[]) => {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${n}×${s}`)
    .join(' ');
};

const BASELINE = 'baseline: no attack, 3 s';
await attack(BASELINE, async () => {
  await new Promise((r) => setTimeout(r, 3000));
  return '-';
});

await attack('6 anonymous WebSockets, one 95 MB connection_init each', async () => {
  const payload = JSON.stringify({ type: 'connection_init', payload: { x: 'x'.repeat(95 * 1024 * 1024) } });
  const codes = await Promise.all(
    Array.from({ length: 6 }, async () => {
      const s = await socket();
      const done = closed(s);
      s.on('error', () => {});
      s.send(payload);
      return done;
    }),
  );
  return `closed: ${codes.join(' ')}`;
});

await attack('one WebSocket with a token, 5,000 subscribe messages', async () => {
  const s = await socket();
  const errors: string[] = [];
  s.on('message', (d) => {
    const m = JSON.parse(d.toString()) as { type: string; payload?: { extensions?: { code?: string } }[] };
    if (m.type === 'error') errors.push(String(m.payload?.[0]?.extensions?.code));
  });
  s.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await token('MUNICIPALITY', 'SOF46')}` } }));
  await new Promise<void>((resolve) => s.once('message', () => resolve()));
  const code = closed(s);
  for (let i = 0; i < 5000; i++)
    s.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query: 'subscription { notificationReceived { id } }' } }));
  const ended = await Promise.race([code, new Promise<string>((r) => setTimeout(() => r('still open after 30 s'), 30_000))]);
  s.terminate();
  const refused = errors.filter((c) => c === 'TOO_MANY_SUBSCRIPTIONS').length;
  return `${refused} refused TOO_MANY_SUBSCRIPTIONS, then closed: ${ended}`;
});

await attack('HTTP: 300 bad requests (1,000 aliases, 2 MB bodies, broken JSON), 8 at a time', async () => {
  const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const bodies = [JSON.stringify({ query: aliases }), JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(2 * 1024 * 1024) }), '{"query":', 'null'];
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = w; i < 300; i += 8)
        statuses.push(await post(bodies[i % bodies.length]!, { authorization: `Bearer ${await token('SAR', undefined, `bad-${i}`)}` }));
    }),
  );
  return tally(statuses);
});

await attack('one user floods: 3,000 requests, 16 at a time', async () => {
  const auth = { authorization: `Bearer ${await token('SAR')}` };
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: 16 }, async (_, w) => {
      for (let i = w; i < 3000; i += 16) statuses.push(await post(JSON.stringify({ query: '{ me { role } }' }), auth));
    }),
  );
  return tally(statuses);
});

await attack('ADMIN: 15 aliased verifyAuditChain, then one part of 50,000 entries', async () => {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await token('ADMIN')}` };
  const ask = async (query: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
    return {
      status: res.status,
      ...((await res.json()) as { data?: Record<string, { checked: number } | null> | null; errors?: { extensions?: { code?: string } }[] }),
    };
  };
  const aliased = await ask(`{ ${Array.from({ length: 15 }, (_, i) => `v${i}: verifyAuditChain { ok checked }`).join(' ')} }`);
  const one = await ask('{ verifyAuditChain(limit: 50000) { ok checked nextSeq } }');
  return `aliases: ${aliased.status} ${aliased.errors?.map((e) => e.extensions?.code).join(',')}; one part: ${one.status} ${JSON.stringify(one.data?.verifyAuditChain)}`;
});

const table = [
  '| attack | what the attacker got | hub peak RSS (MB) | slowest /healthz (ms) | longest event-loop delay in the hub (ms) | hub alive |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.attack} | ${r.outcome} | ${r.peakRssMb} | ${r.slowestHealthzMs} | ${r.loopMaxMs} | ${r.survived ? 'yes' : 'NO'} |`),
].join('\n');
console.log(`\n${table}`);
if (!only) {
  fs.writeFileSync(
    path.join(projectRoot, 'bench', 'ATTACKS.md'),
    `# Hostile clients (npm run bench:attacks)\n\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ` +
      `an access log of ${ENTRIES} entries, the hub with its 256 MB heap and default limits.\n` +
      'The slowest /healthz is seen from the attacking process, which is busy too (building and masking 95 MB messages);\n' +
      "the event-loop figure is the hub's own longest delay (prom-client, reset at each scrape: one window per attack).\n\n" +
      `${table}\n`,
  );
}

hub.kill('SIGTERM');
await new Promise((r) => hub.once('exit', r));
process.exit(rows.every((r) => r.survived) ? 0 : 1);
