import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { openDatabaseServer } from '../src/db/database-server.js';
import { openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/server/logger.js';
import { projectRoot } from '../src/shared/project-root.js';
import { bar, generate } from './dataset.js';

/**
 * Read paths against a floor (issue 8). Generates a data set at scale (default 50,000 agreements with
 * their holders, ~80,000 family members, a plan each, ~300,000 measures) set-based into a dedicated
 * database; starts the hub in production mode (a real process, real RS256 tokens) and the floor
 * (bench/floor-server.ts: one SQL statement per request, PostgreSQL builds the JSON); drives both with
 * autocannon, alternating, and prints req/s, p50, p99, the hub/floor ratio per round (median), SQL
 * statements per request (pg_stat_statements) and the hub's peak RSS. Writes bench/RESULTS.md.
 *   npm run bench -- [--agreements 50000] [--seconds 10] [--rounds 3] [--connections 16]
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const [N, seconds, rounds, connections] = [arg('agreements', 50_000), arg('seconds', 10), arg('rounds', 3), arg('connections', 16)];


const log = createLogger({ logLevel: 'warn' });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
fs.chmodSync(tmp, 0o755);
// Its own embedded PostgreSQL, with pg_stat_statements loaded (whatever DATABASE_URL says).
const env = { ...process.env };
delete env.DATABASE_URL;
const base = loadConfig({ ...env, NODE_ENV: 'test', EMBEDDED_PG_DIR: path.join(tmp, 'pg'), EMBEDDED_PG_PORT: '54397' });
// Statements as the hub sends them ('top'): a function's inner commands (the access log's chain head
// takes the lock and reads the head inside one call) are part of the one statement that called it.
const server = await openDatabaseServer(base, log, { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'top' });
const database = 'hub_bench_read_paths';
await server.createDatabase(database);
const url = server.url(database);
const orm = await openOrm(url, log, 4);
await orm.close();
const sql = new pg.Client({ connectionString: url });
await sql.connect();
const children: ChildProcess[] = [];
// Whatever happens, no hub or floor outlives the benchmark.
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
try {

const counts = await generate(sql, N);

// The busiest municipality, one of its agreements, its province.
const { code: municipality, province } = (await sql.query<{ code: string; province: string }>(
  `select a.municipality_code as code, mu.province_code as province from agreement a join municipality mu on mu.code = a.municipality_code group by 1, 2 order by count(*) desc limit 1`,
)).rows[0]!;
const agreementId = (await sql.query<{ id: string }>('select id from agreement where municipality_code = $1 order by signed_on desc limit 1', [municipality])).rows[0]!.id;

// --- the hub in production mode, and the floor, as processes ---
const { publicKey, privateKey } = await generateKeyPair('RS256');
const token = (role: string, unit: string | null) =>
  new SignJWT({ role, unit, purpose: 'benchmark' }).setProtectedHeader({ alg: 'RS256' }).setSubject(`bench-${role}`).setIssuer('integration-hub').setAudience('integration-hub').setIssuedAt().setExpirationTime('2h').sign(privateKey);
const start = async (name: string, args: string[], port: number, env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, RATE_LIMIT_PER_SECOND: '0', ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${name} did not start`);
};
// The hub as `npm start` runs it: built (no TypeScript loader, no source maps), production mode.
execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'ignore' });
const startScript = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
const hub = await start('hub', startScript.replace(/^exec /, '').split(' ').slice(1), 54410, {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  DATABASE_URL: url,
  DATABASE_POOL_MAX: '10',
  JWT_PUBLIC_KEY: await exportSPKI(publicKey),
  PSEUDONYM_KEY: 'bench-pseudonym-key-bench-pseudonym-key',
  LOG_LEVEL: 'warn',
  // A page of 100 agreements with their people and measures costs more than the default limit (5000).
  GRAPHQL_MAX_COST: '200000',
  // The notification runtime's background sweep is not part of a read: keep it out of the counts.
  OUTBOX_SWEEP_SECONDS: '3600',
});
await start('floor', ['--import', 'tsx', 'bench/floor-server.ts'], 54411, { DATABASE_URL: url });

const SELECTION = (members: boolean) =>
  `id status signedOn endsOn municipality { code nameBg } holder { id lnch givenNameLatin familyNameLatin } ${members ? 'members { role beneficiary { id givenNameLatin familyNameLatin } }' : ''} plans { kind measures { area status description } }`;
const mayor = await token('MUNICIPALITY', municipality);
const rzi = await token('RZI', province);
const workloads = [
  { name: 'W1', label: '(1) one agreement by id, nested', token: mayor, variables: { id: agreementId }, query: `query W1($id: ID!) { agreement(id: $id) { ${SELECTION(true)} } }` },
  { name: 'W2', label: '(2) page of 100, one municipality', token: mayor, variables: { m: municipality }, query: `query W2($m: String!) { agreements(first: 100, filter: { municipalityCode: $m }) { edges { node { ${SELECTION(true)} } } } }` },
  { name: 'W3', label: '(3) counts by citizenship, protection', token: rzi, variables: { p: province }, query: `query W3($p: String!) { agreementStatistics(groupBy: [CITIZENSHIP, PROTECTION_KIND], filter: { provinceCode: $p }) { cells { citizenship protectionKind count } } }` },
  { name: 'W4', label: '(4) as (2), as RZI', token: rzi, variables: { m: municipality }, query: `query W4($m: String!) { agreements(first: 100, filter: { municipalityCode: $m }) { edges { node { ${SELECTION(false)} } } } }` },
];

const target = (port: number, w: (typeof workloads)[number]) => ({
  url: `http://127.0.0.1:${port}/graphql`,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}` },
  body: JSON.stringify({ operationName: w.name, query: w.query, variables: w.variables }),
});

// A response must be data, not an error, before it is timed (W4's field refusals are part of its data).
for (const w of workloads) {
  for (const port of [54410, 54411]) {
    const t = target(port, w);
    const res = (await fetch(t.url, t).then((r) => r.json())) as { data?: unknown };
    if (!res.data) throw new Error(`${w.name} on ${port}: ${JSON.stringify(res).slice(0, 500)}`);
  }
}

let peakRss = 0;
const sampler = setInterval(() => {
  const status = fs.readFileSync(`/proc/${hub.pid}/status`, 'utf8');
  peakRss = Math.max(peakRss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}, 200);

const run = async (port: number, w: (typeof workloads)[number]) => {
  const r = await autocannon({ ...target(port, w), connections, duration: seconds });
  if (r.non2xx || r.errors) throw new Error(`${w.name} on ${port}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
};
const results = new Map<string, { hub: { rps: number; p50: number; p99: number }[]; floor: { rps: number; p50: number; p99: number }[] }>();
for (const w of workloads) {
  results.set(w.name, { hub: [], floor: [] });
  await autocannon({ ...target(54410, w), connections, duration: 2 }); // warm-up
  await autocannon({ ...target(54411, w), connections, duration: 2 });
}
for (let round = 1; round <= rounds; round++) {
  for (const w of workloads) {
    bar(`round ${round}`, workloads.indexOf(w), workloads.length);
    results.get(w.name)!.floor.push(await run(54411, w));
    results.get(w.name)!.hub.push(await run(54410, w));
  }
  bar(`round ${round}`, workloads.length, workloads.length);
}
clearInterval(sampler);

// SQL statements per request: pg_stat_statements over 20 sequential requests of each workload.
const statementsPerRequest = async (port: number, w: (typeof workloads)[number]) => {
  await sql.query('select pg_stat_statements_reset()');
  for (let i = 0; i < 20; i++) await fetch(target(port, w).url, target(port, w)).then((r) => r.text());
  const { rows } = await sql.query<{ calls: string }>(
    `select coalesce(sum(calls), 0) as calls from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = $1 and s.query not ilike '%pg_stat_statements%' and s.query not ilike '%pgboss%' and s.query not ilike 'LISTEN%'
        and s.query not ilike '%notification%' and s.query not ilike '%child_case%'`, // the delivery runtime's sweep, not the request
    [database],
  );
  return Number(rows[0]!.calls) / 20;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lines = [
  `| workload | floor req/s | hub req/s | hub p50 / p99 ms | floor p50 / p99 ms | hub/floor per round | median ratio | SQL per request (hub / floor) |`,
  '|---|---|---|---|---|---|---|---|',
];
for (const w of workloads) {
  const r = results.get(w.name)!;
  const ratios = r.hub.map((h, i) => h.rps / r.floor[i]!.rps);
  const [hs, fs2] = [await statementsPerRequest(54410, w), await statementsPerRequest(54411, w)];
  const h = r.hub.at(-1)!;
  const f = r.floor.at(-1)!;
  lines.push(
    `| ${w.label} | ${median(r.floor.map((x) => x.rps)).toFixed(0)} | ${median(r.hub.map((x) => x.rps)).toFixed(0)} | ${h.p50} / ${h.p99} | ${f.p50} / ${f.p99} | ${ratios.map((x) => x.toFixed(2)).join(', ')} | **${median(ratios).toFixed(2)}** | ${hs.toFixed(1)} / ${fs2.toFixed(1)} |`,
  );
}
const cpu = os.cpus();
const header = [
  '# Read-path benchmark (generated by `npm run bench`)',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · PostgreSQL (embedded) on the same machine`,
  '',
  `${counts.agreements} agreements, ${counts.members} family members, ${counts.measures} measures; ${connections} connections, ${seconds} s per run, ${rounds} rounds, alternating floor and hub.`,
  `Hub: built and run as \`npm start\` does, production mode, RS256 tokens, policy and access log on. Peak RSS of the hub under load: ${peakRss.toFixed(0)} MB.`,
  '',
];
const report = [...header, ...lines, ''].join('\n');
console.log(`\n${report}`);
fs.writeFileSync(path.join(projectRoot, 'bench', 'RESULTS.md'), report);

} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 2000));
  await sql.end();
  await server.dropDatabase(database).catch(() => {});
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
