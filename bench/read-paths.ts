import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { openDatabaseServer } from '../src/db/database-server.js';
import { openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/server/logger.js';
import { projectRoot } from '../src/shared/project-root.js';
import { CLK_TCK, cpuTicks, hubEnv, hubNodeArgs, READ_QUERIES, sleep } from './common.js';
import { bar, generate } from './dataset.js';
import { resultsWithHistory, TITLE } from './results-history.js';

/**
 * Read paths against a floor and PostGraphile (issues 8 and 19). Generates a data set at scale
 * (default 50,000 agreements with their holders, ~80,000 family members, a plan each, ~300,000
 * measures) set-based into a dedicated database, and starts three servers on it, each a process of
 * its own:
 *   - the hub in production mode (built, as `npm start` runs it; real RS256 tokens, policy and access log on);
 *   - the floor (bench/floor-server.ts: one SQL statement per request, PostgreSQL builds the JSON);
 *   - PostGraphile 5 with the Amber preset (bench/postgraphile-server.ts; no policy).
 * Before timing, each workload's response from every server is normalised to one shape and checked
 * equal (W1, W2, W4; W5 held to W4). Then each round runs every workload on each server in turn, the order rotating
 * by round (F H P, H P F, P F H), with autocannon, and records req/s, p50, p99 and the CPU time of the
 * server's process (/proc/<pid>/stat) per request; then SQL statements per request
 * (pg_stat_statements) and each process's peak RSS. W0 measures the hub's frame (Express, Apollo
 * Server, the token check) with the smallest authenticated query. Prints the report and writes
 * bench/RESULTS.md, keeping the earlier results in its History section.
 *   npm run bench -- [--agreements 50000] [--seconds 10] [--rounds 3] [--connections 16] [--write] [--statements]
 * --statements prints each server's statements per workload (calls and execution ms per request).
 * A smaller run (fewer than 50,000 agreements: a quick check, e.g. --agreements 2000 --seconds 2
 * --rounds 1) prints its report but leaves bench/RESULTS.md alone unless --write is given.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const [N, seconds, rounds, connections] = [arg('agreements', 50_000), arg('seconds', 10), arg('rounds', 3), arg('connections', 16)];
const write = N >= 50_000 || process.argv.includes('--write');

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
// Whatever happens, no hub, floor or PostGraphile outlives the benchmark.
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
try {
  const counts = await generate(sql, N);

  // The busiest municipality, one of its agreements, its province.
  const { code: municipality, province } = (
    await sql.query<{ code: string; province: string }>(
      `select a.municipality_code as code, mu.province_code as province from agreement a join municipality mu on mu.code = a.municipality_code group by 1, 2 order by count(*) desc limit 1`,
    )
  ).rows[0]!;
  const agreementId = (await sql.query<{ id: string }>('select id from agreement where municipality_code = $1 order by signed_on desc limit 1', [municipality]))
    .rows[0]!.id;
  const pageSize = Math.min(
    100,
    (await sql.query<{ n: number }>('select count(*)::int as n from agreement where municipality_code = $1', [municipality])).rows[0]!.n,
  );

  // --- the hub in production mode, the floor and PostGraphile, as processes ---
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const token = (role: string, unit: string | null) =>
    new SignJWT({ role, unit, purpose: 'benchmark' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject(`bench-${role}`)
      .setIssuer('integration-hub')
      .setAudience('integration-hub')
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(privateKey);
  // Each server is node itself (no npm or shell in between): its pid is the process that serves,
  // whose CPU time and RSS are read from /proc.
  const start = async (name: string, args: string[], port: number, env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, RATE_LIMIT_PER_SECOND: '0', ...env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
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
  const hub = await start('hub', hubNodeArgs(), 54410, await hubEnv({ url, appUrl: server.appUrl(database), publicKey, tmp }));
  const floor = await start('floor', ['--import', 'tsx', 'bench/floor-server.ts'], 54411, { DATABASE_URL: url });
  // Listens once its schema is built. It reports one recoverable naming conflict of Amber's
  // (agreementByTransferredFromId: a unique column that is also a foreign key); no workload uses it.
  const postgraphile = await start('PostGraphile', ['--import', 'tsx', 'bench/postgraphile-server.ts'], 54412, {
    DATABASE_URL: url,
    NODE_ENV: 'production',
    GRAPHILE_ENV: 'production',
  });

  type ServerName = 'floor' | 'hub' | 'postgraphile';
  const servers: Record<ServerName, { label: string; letter: string; port: number; pid: number }> = {
    floor: { label: 'floor', letter: 'F', port: 54411, pid: floor.pid! },
    hub: { label: 'hub', letter: 'H', port: 54410, pid: hub.pid! },
    postgraphile: { label: 'PostGraphile', letter: 'P', port: 54412, pid: postgraphile.pid! },
  };
  const ORDER: ServerName[] = ['floor', 'hub', 'postgraphile'];

  // --- the workloads, as each server asks them ---
  const mayor = await token('MUNICIPALITY', municipality);
  const rzi = await token('RZI', province);
  interface Workload {
    name: string;
    label: string;
    token: string;
    variables: Record<string, string>;
    /** The query each server is asked; the floor's is only a mark that it answers the workload (see target). */
    query: Partial<Record<ServerName, string>>;
  }
  const workloads: Workload[] = [
    { name: 'W0', label: '(0) frame: `{ me { role } }`', token: mayor, variables: {}, query: { hub: 'query W0 { me { role } }' } },
    {
      name: 'W1',
      label: '(1) one agreement by id, nested',
      token: mayor,
      variables: { id: agreementId },
      query: { floor: 'hub', ...READ_QUERIES.W1 },
    },
    {
      name: 'W2',
      label: '(2) page of 100, one municipality',
      token: mayor,
      variables: { m: municipality },
      query: { floor: 'hub', ...READ_QUERIES.W2 },
    },
    {
      name: 'W3',
      label: '(3) counts by citizenship, protection',
      token: rzi,
      variables: { p: province },
      query: { floor: 'hub', ...READ_QUERIES.W3 },
    },
    {
      name: 'W4',
      label: '(4) as (2), as RZI',
      token: rzi,
      variables: { m: municipality },
      query: { floor: 'hub', ...READ_QUERIES.W4 },
    },
    {
      name: 'W5',
      label: '(5) as (4), asking the plan kind RZI is refused',
      token: rzi,
      variables: { m: municipality },
      query: { hub: READ_QUERIES.W5.hub },
    },
  ];
  const serversOf = (w: Workload) => ORDER.filter((s) => w.query[s]);

  // Every server gets the same headers (the floor and PostGraphile ignore the token); the floor gets
  // the hub's request as it is and answers by its operation name.
  const target = (s: ServerName, w: Workload) => ({
    url: `http://127.0.0.1:${servers[s].port}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}` },
    body: JSON.stringify({ operationName: w.name, query: s === 'floor' ? w.query.hub : w.query[s], variables: w.variables }),
  });
  interface Response {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  }
  const ask = async (s: ServerName, w: Workload) => {
    const t = target(s, w);
    return (await fetch(t.url, t).then((r) => r.json())) as Response;
  };

  // --- before timing: the same data from every server ---
  // The common shape is the hub's response data (the floor builds that shape already); PostGraphile's
  // is mapped onto it field by field. Values are compared as given: ids are the rows' UUIDs on all
  // three (PostGraphile's rowId, not its node id), dates YYYY-MM-DD, enums the stored upper-case text.
  // Two values differ in meaning and are mapped, not hidden: an agreement's status, which the hub
  // computes (COMPLETED: ACTIVE or EXTENDED past endsOn in Europe/Sofia; the floor computes it in SQL,
  // PostGraphile gives the stored one and the mapping computes it from the endsOn it returns), and W4's
  // plan kind, which the hub refuses to RZI (W5): there every error must be that refusal, at a plan's
  // kind, and every kind null; with the kind dropped, W5's data must be W4's.
  // biome-ignore lint/suspicious/noExplicitAny: PostGraphile's answers, JSON of its own schema, read as they come.
  type Row = Record<string, any>;
  const todayInSofia = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const hubStatus = (status: string, endsOn: string) => (['ACTIVE', 'EXTENDED'].includes(status) && endsOn < todayInSofia ? 'COMPLETED' : status);
  const fromPostGraphile = (a: Row | null, rzi: boolean): Row | null =>
    a && {
      id: a.rowId,
      status: hubStatus(a.status, a.endsOn),
      signedOn: a.signedOn,
      endsOn: a.endsOn,
      municipality: a.municipalityByMunicipalityCode,
      holder: a.beneficiaryByHolderId && {
        id: a.beneficiaryByHolderId.rowId,
        lnch: a.beneficiaryByHolderId.lnch,
        givenNameLatin: a.beneficiaryByHolderId.givenNameLatin,
        familyNameLatin: a.beneficiaryByHolderId.familyNameLatin,
      },
      ...(rzi
        ? {}
        : {
            members: a.agreementMembersByAgreementId.nodes.map((m: Row) => ({
              role: m.role,
              beneficiary: m.beneficiaryByBeneficiaryId && {
                id: m.beneficiaryByBeneficiaryId.rowId,
                givenNameLatin: m.beneficiaryByBeneficiaryId.givenNameLatin,
                familyNameLatin: m.beneficiaryByBeneficiaryId.familyNameLatin,
              },
            })),
          }),
      plans: a.integrationPlansByAgreementId.nodes.map((p: Row) => ({ ...(rzi ? {} : { kind: p.kind }), measures: p.measuresByPlanId.nodes })),
    };
  const agreementsOf = (w: Workload, data: Row): Row[] => (w.name === 'W1' ? [data.agreement].filter(Boolean) : data.agreements.edges.map((e: Row) => e.node));
  const normalise = (s: ServerName, w: Workload, res: Response): Row => {
    const fail = (why: string) => {
      throw new Error(`${w.name} on ${servers[s].label}: ${why}: ${JSON.stringify(res).slice(0, 600)}`);
    };
    if (!res.data) fail('no data');
    let data = res.data as Row;
    if (s === 'postgraphile') {
      data =
        w.name === 'W1'
          ? { agreement: fromPostGraphile(data.agreementByRowId, false) }
          : { agreements: { edges: data.allAgreements.nodes.map((a: Row) => ({ node: fromPostGraphile(a, w.name === 'W4') })) } };
    }
    const errors = res.errors ?? [];
    if (w.name === 'W5') {
      const plans = agreementsOf(w, data).flatMap((a) => a.plans as Row[]);
      if (plans.some((p) => p.kind !== null)) fail('W5: a plan kind is not null (RZI reads no plan kind)');
      const refusal = (e: (typeof errors)[number]) =>
        e.extensions?.code === 'FORBIDDEN' && e.path?.length === 7 && e.path[0] === 'agreements' && e.path[4] === 'plans' && e.path[6] === 'kind';
      if (errors.length !== plans.length || !errors.every(refusal))
        fail(`W5: ${errors.length} errors for ${plans.length} plans, expected one refusal (FORBIDDEN) of each plan's kind`);
      for (const plan of plans) delete plan.kind;
    } else if (errors.length) fail('errors');
    return data;
  };
  /** The first place two values differ, as a path and both sides (shortened). */
  const difference = (a: unknown, b: unknown, at = '$'): string | undefined => {
    if (isDeepStrictEqual(a, b)) return undefined;
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
      if (Array.isArray(a) && a.length !== (b as unknown[]).length) return `${at}: ${a.length} items vs ${(b as unknown[]).length}`;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const d = difference((a as Row)[key], (b as Row)[key], Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`);
        if (d) return d;
      }
    }
    const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 300));
    return `${at}: ${show(a)} vs ${show(b)}`;
  };
  const normalised = new Map<string, Row>(); // each workload's hub data, for W5 to be held to W4's
  for (const w of workloads) {
    const shapes = new Map<ServerName, Row>();
    for (const s of serversOf(w)) shapes.set(s, normalise(s, w, await ask(s, w)));
    const hubData = shapes.get('hub')!;
    if (w.name === 'W0' && (hubData.me as Row | undefined)?.role !== 'MUNICIPALITY') throw new Error(`W0: ${JSON.stringify(hubData)}`);
    if (w.name === 'W5') {
      const d = difference(hubData, normalised.get('W4'));
      if (d) throw new Error(`W5 without the refused kind is not W4's data. First difference (W5 vs W4): ${d}`);
      console.log("W5: the hub refuses every plan kind to RZI, and gives W4's data beside it");
      continue;
    }
    normalised.set(w.name, hubData);
    // W3's counts are perturbed by the hub (cell-key method, docs/indicators.md): data, not equal data.
    if (!['W1', 'W2', 'W4'].includes(w.name)) continue;
    // Not vacuous: the agreement, the whole page, with people, plans and measures in it.
    const agreements = agreementsOf(w, hubData);
    const measures = agreements.flatMap((a) => (a.plans as Row[]).flatMap((p) => p.measures as Row[]));
    if (
      agreements.length !== (w.name === 'W1' ? 1 : pageSize) ||
      !measures.length ||
      (w.name !== 'W4' && !agreements.some((a) => (a.members as Row[]).length > 1))
    ) {
      throw new Error(`${w.name}: the hub's answer is too thin to compare (${agreements.length} agreements, ${measures.length} measures)`);
    }
    if (w.name === 'W4' && measures.some((m) => m.area !== 'HEALTHCARE')) throw new Error('W4: the hub gave RZI a measure that is not HEALTHCARE');
    for (const s of serversOf(w).filter((x) => x !== 'hub')) {
      const d = difference(hubData, shapes.get(s));
      if (d) throw new Error(`${w.name}: ${servers[s].label} does not return the hub's data. First difference (hub vs ${servers[s].label}): ${d}`);
    }
    console.log(
      `${w.name}: hub, ${serversOf(w)
        .filter((x) => x !== 'hub')
        .map((s) => servers[s].label)
        .join(' and ')} return the same data (${agreements.length} agreement${agreements.length === 1 ? '' : 's'}, ${measures.length} measures)`,
    );
  }

  // --- timing ---
  /**
   * Waits until the process is idle again (at most one tick in 250 ms, 10 s at most): requests still
   * running when autocannon stops are finished by the server, and their CPU belongs to the run.
   */
  const settle = async (pid: number) => {
    let last = cpuTicks(`/proc/${pid}/stat`);
    for (let i = 0; i < 40; i++) {
      await sleep(250);
      const now = cpuTicks(`/proc/${pid}/stat`);
      if (now - last <= 1) return now;
      last = now;
    }
    return last;
  };

  const peakRss: Record<ServerName, number> = { floor: 0, hub: 0, postgraphile: 0 };
  const sampler = setInterval(() => {
    for (const s of ORDER) {
      const status = fs.readFileSync(`/proc/${servers[s].pid}/status`, 'utf8');
      peakRss[s] = Math.max(peakRss[s], Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    }
  }, 200);

  interface Run {
    rps: number;
    p50: number;
    p99: number;
    cpuMs: number;
  }
  const run = async (s: ServerName, w: Workload, duration = seconds): Promise<Run> => {
    const { pid } = servers[s];
    const before = await settle(pid);
    const r = await autocannon({ ...target(s, w), connections, duration });
    const after = await settle(pid);
    if (r.non2xx || r.errors) throw new Error(`${w.name} on ${servers[s].label}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    // CPU over the requests sent: those in flight at the end were served too (see settle).
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpuMs: ((after - before) * 1000) / CLK_TCK / r.requests.sent };
  };
  const results = new Map<string, Record<ServerName, Run[]>>();
  for (const w of workloads) {
    results.set(w.name, { floor: [], hub: [], postgraphile: [] });
    for (const s of serversOf(w)) await run(s, w, 2); // warm-up
  }
  const runsPerRound = workloads.reduce((n, w) => n + serversOf(w).length, 0);
  const orders: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    // The order rotates each round: F H P, H P F, P F H, …
    const order = ORDER.map((_, i) => ORDER[(i + round - 1) % ORDER.length]!);
    orders.push(order.map((s) => servers[s].letter).join(' '));
    let done = 0;
    for (const w of workloads) {
      for (const s of order.filter((x) => w.query[x])) {
        bar(`round ${round} (${orders.at(-1)})`, done++, runsPerRound);
        results.get(w.name)![s].push(await run(s, w));
      }
    }
    bar(`round ${round} (${orders.at(-1)})`, runsPerRound, runsPerRound);
  }
  clearInterval(sampler);

  // SQL statements per request: pg_stat_statements over 20 sequential requests of each workload, of
  // the role the server connects as (the hub its runtime role, the floor and PostGraphile the owner):
  // the hub's background statements stay out of the others' counts.
  const roleOf = (u: string) => decodeURIComponent(new URL(u).username);
  const roles: Record<ServerName, string> = { floor: roleOf(url), hub: roleOf(server.appUrl(database)), postgraphile: roleOf(url) };
  // With --statements, each statement of each server's is printed (calls and execution time per request).
  const listStatements = process.argv.includes('--statements');
  const statementsPerRequest = async (s: ServerName, w: Workload) => {
    await sql.query('select pg_stat_statements_reset()');
    for (let i = 0; i < 20; i++) await ask(s, w);
    const { rows } = await sql.query<{ calls: string; ms: number; query: string }>(
      `select calls, total_exec_time as ms, query from pg_stat_statements s join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
      where d.datname = $1 and r.rolname = $2 and s.query not ilike '%pg_stat_statements%' and s.query not ilike '%pgboss%' and s.query not ilike 'LISTEN%'
        and s.query not ilike '%notification%' and s.query not ilike '%child_case%' -- the delivery runtime's sweep, not the request
      order by total_exec_time desc`,
      [database, roles[s]],
    );
    if (listStatements) {
      for (const r of rows)
        console.log(`${w.name} ${s}: ${(Number(r.calls) / 20).toFixed(2)} calls, ${(r.ms / 20).toFixed(2)} ms per request: ${r.query.replace(/\s+/g, ' ')}`);
    }
    // PostgreSQL's execution time of the server's statements (pg_stat_statements' total_exec_time).
    return { calls: rows.reduce((n, r) => n + Number(r.calls), 0) / 20, ms: rows.reduce((n, r) => n + r.ms, 0) / 20 };
  };

  // --- the report ---
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const fixed = (x: number | undefined, digits: number) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
  const bold = (x: number | undefined) => (x === undefined ? '–' : `**${x.toFixed(2)}**`);
  const cpuDigits = (x: number) => (x < 10 ? 2 : 1);
  const summary: Record<
    string,
    Partial<Record<ServerName, { rps: number; cpuMs: number; p50: number; p99: number; sql: number; sqlMs: number }>> & { vsPg?: number; vsFloor?: number }
  > = {};
  const throughput = [
    '| workload | floor req/s | hub req/s | PostGraphile req/s | hub ÷ PostGraphile per round | **hub ÷ PostGraphile** | hub ÷ floor per round | **hub ÷ floor** |',
    '|---|--:|--:|--:|---|--:|---|--:|',
  ];
  const cost = [
    '| workload | CPU ms/request floor · hub · PostGraphile | SQL statements/request floor · hub · PostGraphile | PostgreSQL execution ms/request floor · hub · PostGraphile | p50 / p99 ms floor | p50 / p99 ms hub | p50 / p99 ms PostGraphile |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const w of workloads) {
    const r = results.get(w.name)!;
    const row: (typeof summary)[string] = {};
    for (const s of serversOf(w)) {
      const statements = await statementsPerRequest(s, w);
      row[s] = {
        rps: median(r[s].map((x) => x.rps)),
        cpuMs: median(r[s].map((x) => x.cpuMs)),
        p50: median(r[s].map((x) => x.p50)),
        p99: median(r[s].map((x) => x.p99)),
        sql: statements.calls,
        sqlMs: statements.ms,
      };
    }
    const ratios = (other: ServerName) => (r[other].length ? r.hub.map((h, i) => h.rps / r[other][i]!.rps) : []);
    const [vsPg, vsFloor] = [ratios('postgraphile'), ratios('floor')];
    if (vsPg.length) row.vsPg = median(vsPg);
    if (vsFloor.length) row.vsFloor = median(vsFloor);
    summary[w.name] = row;
    const each = (f: (x: NonNullable<(typeof row)['hub']>) => string) => ORDER.map((s) => (row[s] ? f(row[s]) : '–'));
    throughput.push(
      `| ${w.label} | ${each((x) => x.rps.toFixed(0)).join(' | ')} | ${vsPg.map((x) => x.toFixed(2)).join(', ') || '–'} | ${bold(row.vsPg)} | ${vsFloor.map((x) => x.toFixed(2)).join(', ') || '–'} | ${bold(row.vsFloor)} |`,
    );
    cost.push(
      `| ${w.label} | ${each((x) => x.cpuMs.toFixed(cpuDigits(x.cpuMs))).join(' · ')} | ${each((x) => x.sql.toFixed(1)).join(' · ')} | ${each((x) => x.sqlMs.toFixed(2)).join(' · ')} | ${each((x) => `${x.p50} / ${x.p99}`).join(' | ')} |`,
    );
  }
  const frame = summary.W0!.hub!;

  const cpu = os.cpus();
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${date} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · PostgreSQL (embedded) on the same machine`;
  const rss = `Peak RSS under load: floor ${peakRss.floor.toFixed(0)} MB, hub ${peakRss.hub.toFixed(0)} MB, PostGraphile ${peakRss.postgraphile.toFixed(0)} MB.`;
  const body = [
    machine,
    '',
    `${counts.agreements} agreements, ${counts.members} family members, ${counts.measures} measures; ${connections} connections, ${seconds} s per run, ${rounds} round${rounds === 1 ? '' : 's'}; in each round every workload runs on each server in turn, in an order that rotates by round (${orders.join('; ')}).`,
    '',
    '- **Hub**: built and run as `npm start` does, production mode, RS256 tokens, policy and access log on.',
    '- **Floor** (bench/floor-server.ts): one hand-written SQL statement per request, PostgreSQL builds the JSON; no GraphQL, no policy.',
    '- **PostGraphile** 5.1.5 (bench/postgraphile-server.ts): Amber preset, grafserv on node:http, no GraphiQL, explain or watch; ordering on unindexed columns allowed (PgIndexBehaviorsPlugin off) to order as the hub does; no policy, no token.',
    "- Before timing, W1, W2 and W4 were checked to return the same data on all three (the hub's shape; PostGraphile's fields mapped onto it; W4 as the hub answers RZI: no members, no plan kind, HEALTHCARE measures only). W5 (hub only) asks W4 and the plan kind, which the hub refuses to RZI on every plan: its data was checked to be W4's, with one located FORBIDDEN per plan.",
    '',
    '## Throughput (medians over rounds)',
    '',
    ...throughput,
    '',
    '## Cost per request (medians over rounds)',
    '',
    ...cost,
    '',
    `**The hub's frame** (W0: \`{ me { role } }\` with a token: Express, Apollo Server, the token check, the policy on one field; ${frame.sql.toFixed(1)} SQL statements): **${frame.cpuMs.toFixed(2)} ms CPU per request**, ${frame.rps.toFixed(0)} req/s.`,
    '',
    rss,
    '',
    `CPU ms/request: utime + stime of the server's process (/proc/<pid>/stat, all its threads; ${CLK_TCK} ticks/s) from the start of a run until the process is idle again, over the requests sent; PostgreSQL's CPU is not in it. SQL statements/request and PostgreSQL execution ms/request: pg_stat_statements (calls, total_exec_time) over 20 sequential requests, of the database role the server connects as. One machine runs the servers, PostgreSQL and autocannon; on a shared virtual machine the absolute figures move from run to run, the ratios within a run (side by side, rotating) less.`,
  ].join('\n');

  // History (bench/results-history.ts): this run's line added, the report it replaces kept whole.
  const resultsPath = path.join(projectRoot, 'bench', 'RESULTS.md');
  const previous = fs.existsSync(resultsPath) ? fs.readFileSync(resultsPath, 'utf8') : '';
  const ratioList = (key: 'vsPg' | 'vsFloor', names: string[]) => names.map((n) => `${n} ${fixed(summary[n]?.[key], 2)}`).join(', ');
  const cpuOf = (n: string) => {
    const x = summary[n]!;
    return `${n} ${fixed(x.hub?.cpuMs, 2)} (${fixed(x.floor?.cpuMs, 2)}, ${fixed(x.postgraphile?.cpuMs, 2)})`;
  };
  const line = `- ${date} · ${counts.agreements} agreements, ${seconds} s × ${rounds} · req/s hub ÷ PostGraphile: ${ratioList('vsPg', ['W1', 'W2', 'W4'])}; hub ÷ floor: ${ratioList('vsFloor', ['W1', 'W2', 'W3', 'W4'])} · CPU ms/request hub (floor, PostGraphile): W0 ${frame.cpuMs.toFixed(2)}; ${['W1', 'W2', 'W4'].map(cpuOf).join('; ')}; W5 ${fixed(summary.W5?.hub?.cpuMs, 2)} · peak RSS hub ${peakRss.hub.toFixed(0)} MB, PostGraphile ${peakRss.postgraphile.toFixed(0)} MB`;
  console.log(`\n${TITLE}\n\n${body}\n`);
  if (write) {
    fs.writeFileSync(resultsPath, resultsWithHistory(previous, body, line));
    console.log(`Written to bench/RESULTS.md, with this run's line in its History:\n${line}`);
  } else {
    console.log(`Not written to bench/RESULTS.md (${N} agreements: a quick check; --write writes it). Its History line would be:\n${line}`);
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 2000));
  await sql.end();
  await server.dropDatabase(database).catch(() => {});
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
