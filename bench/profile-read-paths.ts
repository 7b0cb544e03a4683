import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { openDatabaseServer } from '../src/db/database-server.js';
import { openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/server/logger.js';
import { projectRoot } from '../src/shared/project-root.js';
import { CLK_TCK, cpuTicks, hubEnv, hubNodeArgs, READ_QUERIES, sleep } from './common.js';
import { generate } from './dataset.js';

/**
 * Where the hub's CPU goes on the read paths of bench/read-paths.ts (issue 19): the same data set,
 * the same production build and environment of the hub, the same queries, one workload at a time.
 * For each workload (W2, W4, W1 by default), each in hub processes of its own:
 *   1. PostGraphile (one process for all workloads, as in the bench): warm-up, then a timed run:
 *      its CPU ms/request in this run, the reference the issue's target ("at most half") is set by.
 *   2. The hub with `--perf-basic-prof` (JIT code named for Linux perf): warm-up, a timed run without
 *      any profiler (the baseline: CPU ms/request of the process and of its main thread), then a
 *      timed run with `perf record` attached to the process (all its threads, native code, the kernel).
 *      Skipped where perf is missing or not permitted (`--no-perf`).
 *   3. The hub with `--cpu-prof` (V8's sampling profiler, main thread, JavaScript frames with their
 *      inlined functions): warm-up, a timed run, then SIGTERM; the hub stops as in production
 *      (src/main.ts: drain, close, process.exit) and Node writes the .cpuprofile on exit. Only the
 *      samples of the timed run are analysed (V8's and Node's monotonic clocks are the same).
 * Writes bench/PROFILE.md (at 50,000 agreements or with --write; otherwise prints it), keeping its
 * hand-written "Reading" section (after the marker) across runs.
 *   npm run bench:profile -- [--agreements 50000] [--seconds 15] [--warmup 5] [--connections 16]
 *     [--workloads W2,W4,W1] [--interval 1000] [--perf-hz 499] [--no-perf] [--no-postgraphile]
 *     [--keep <dir>] [--write]
 * --keep <dir> keeps each workload's .cpuprofile (Chrome DevTools, Performance panel), perf's data and
 * the JIT map as it stood at the end of the run. Nothing else is left behind: hubs, PostGraphile, perf
 * and the embedded PostgreSQL are stopped, /tmp/perf-<pid>.map removed, perf's build-id cache kept
 * in the run's temporary directory (not $HOME/.debug) and V8's log there too.
 * Quick check: --agreements 2000 --seconds 3 --warmup 1.
 */
const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const text = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const [N, seconds, warmup, connections, intervalUs, perfHz] = [
  arg('agreements', 50_000),
  arg('seconds', 15),
  arg('warmup', 5),
  arg('connections', 16),
  arg('interval', 1000),
  arg('perf-hz', 499),
];
const chosen = text('workloads', 'W2,W4,W1')
  .split(',')
  .map((s) => s.trim().toUpperCase())
  .filter(Boolean);
const keep = argv.includes('--keep') ? path.resolve(text('keep', '')) : undefined;
const write = N >= 50_000 || argv.includes('--write');
const withPostGraphile = !argv.includes('--no-postgraphile');
const perfAvailable = (() => {
  if (argv.includes('--no-perf')) return false;
  try {
    execFileSync('perf', ['stat', '-e', 'cpu-clock', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const log = createLogger({ logLevel: 'warn' });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-profile-'));
fs.chmodSync(tmp, 0o755);
const profileDir = path.join(tmp, 'cpuprofiles');
fs.mkdirSync(profileDir);
const env = { ...process.env };
delete env.DATABASE_URL;
// Ports of its own (not the bench's), so both may run on one machine without meeting.
const base = loadConfig({ ...env, NODE_ENV: 'test', EMBEDDED_PG_DIR: path.join(tmp, 'pg'), EMBEDDED_PG_PORT: '54387' });
const server = await openDatabaseServer(base, log);
const database = 'hub_bench_profile';
await server.createDatabase(database);
const url = server.url(database);
const orm = await openOrm(url, log, 4);
await orm.close();
const sql = new pg.Client({ connectionString: url });
await sql.connect();
const children = new Set<ChildProcess>();
const perfMaps = new Set<string>();
// Whatever happens, no hub, PostGraphile or perf outlives the profile run.
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
  for (const f of perfMaps) fs.rmSync(f, { force: true });
});
const HUB_PORT = 54420;
const PG_PORT = 54422;
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
// perf's build-id cache in the run's directory, not in $HOME/.debug.
const perfEnv = { ...process.env, PERF_BUILDID_DIR: path.join(tmp, 'perf-buildid') };

try {
  const counts = await generate(sql, N);
  const pgVersion = (await sql.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;

  // The busiest municipality, one of its agreements, its province (as bench/read-paths.ts).
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

  // --- processes ---
  interface Proc {
    name: string;
    child: ChildProcess;
    pid: number;
    port: number;
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  }
  const start = async (name: string, args: string[], port: number, extra: NodeJS.ProcessEnv): Promise<Proc> => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, RATE_LIMIT_PER_SECOND: '0', ...extra, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.add(child);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        resolve({ code, signal });
      }),
    );
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
      try {
        await fetch(`http://127.0.0.1:${port}/healthz`);
        return { name, child, pid: child.pid!, port, exited };
      } catch {
        await sleep(200);
      }
    }
    throw new Error(`${name} did not start`);
  };
  /** SIGTERM, as a supervisor stops it; SIGKILL after 45 s (the hub's own limit is 30 s). */
  const stop = async (p: Proc) => {
    p.child.kill('SIGTERM');
    const done = await Promise.race([p.exited, sleep(45_000).then(() => undefined)]);
    if (!done) {
      p.child.kill('SIGKILL');
      await p.exited;
      throw new Error(`${p.name} did not stop within 45 s of SIGTERM`);
    }
    return done;
  };

  console.log('building the hub (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'ignore' });
  // `node --max-old-space-size=256 --import ./dist/src/telemetry.js dist/src/main.js`: the profiler's
  // flags go among the node options, before the script.
  const startArgs = hubNodeArgs();
  const scriptAt = startArgs.findIndex((a) => a.endsWith('main.js'));
  const hubEnvironment = await hubEnv({ url, appUrl: server.appUrl(database), publicKey, tmp });
  const startHub = (label: string, flags: string[]) =>
    start(`hub (${label})`, [...startArgs.slice(0, scriptAt), ...flags, ...startArgs.slice(scriptAt)], HUB_PORT, hubEnvironment);

  // --- the workloads, as bench/read-paths.ts asks them ---
  const mayor = await token('MUNICIPALITY', municipality);
  const rzi = await token('RZI', province);
  interface Workload {
    name: string;
    label: string;
    token: string;
    variables: Record<string, string>;
    hub: string;
    /** Absent for the hub's own workloads (W3, W5), which PostGraphile is not asked. */
    postgraphile?: string;
  }
  const all: Workload[] = [
    {
      name: 'W1',
      label: 'one agreement by id, nested, as the MUNICIPALITY',
      token: mayor,
      variables: { id: agreementId },
      ...READ_QUERIES.W1,
    },
    {
      name: 'W2',
      label: `page of ${pageSize} agreements with holder, members, plans, measures, as the MUNICIPALITY`,
      token: mayor,
      variables: { m: municipality },
      ...READ_QUERIES.W2,
    },
    {
      name: 'W4',
      label: 'the same page as RZI (no members, no plan kind; HEALTHCARE measures only)',
      token: rzi,
      variables: { m: municipality },
      ...READ_QUERIES.W4,
    },
    {
      name: 'W3',
      label: 'counts by citizenship and protection kind in the province, as RZI (the cell-key method)',
      token: rzi,
      variables: { p: province },
      hub: READ_QUERIES.W3.hub,
    },
    {
      name: 'W5',
      label: 'W4 with the plan kind, which the hub refuses to RZI on every plan',
      token: rzi,
      variables: { m: municipality },
      ...READ_QUERIES.W5,
    },
  ];
  const workloads = chosen.map((n) => {
    const w = all.find((x) => x.name === n);
    if (!w) throw new Error(`unknown workload ${n} (W1, W2, W3, W4, W5)`);
    return w;
  });
  const target = (port: number, w: Workload, query: string) => ({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}` },
    body: JSON.stringify({ operationName: w.name, query, variables: w.variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: PostGraphile's answers, JSON of its own schema, read as they come.
  type Row = Record<string, any>;
  /** Not the bench's full comparison (that is read-paths.ts's), only that each answer is the full one. */
  const check = async (port: number, w: Workload, query: string, who: 'hub' | 'postgraphile') => {
    const t = target(port, w, query);
    const res = (await fetch(t.url, t).then((r) => r.json())) as { data?: Row | null; errors?: { extensions?: { code?: string }; path?: unknown[] }[] };
    const fail = (why: string) => {
      throw new Error(`${w.name} on ${who}: ${why}: ${JSON.stringify(res).slice(0, 400)}`);
    };
    if (!res.data) fail('no data');
    const errors = res.errors ?? [];
    if (w.name === 'W3') {
      if (!res.data!.agreementStatistics?.cells?.length || errors.length) fail('no cells, or errors');
      return 0;
    }
    const nodes: Row[] =
      who === 'postgraphile'
        ? w.name === 'W1'
          ? [res.data!.agreementByRowId].filter(Boolean)
          : res.data!.allAgreements.nodes
        : w.name === 'W1'
          ? [res.data!.agreement].filter(Boolean)
          : res.data!.agreements.edges.map((e: Row) => e.node);
    if (nodes.length !== (w.name === 'W1' ? 1 : pageSize)) fail(`${nodes.length} agreements`);
    if (w.name === 'W5') {
      const plans = nodes.flatMap((a) => a.plans as Row[]);
      if (errors.length !== plans.length || !errors.every((e) => e.extensions?.code === 'FORBIDDEN')) fail(`${errors.length} errors for ${plans.length} plans`);
      return errors.length;
    }
    if (errors.length) fail('errors');
    return 0;
  };

  // --- CPU of a process (all threads) and of its main thread, from /proc ---
  const ticks = (pid: number) => ({ all: cpuTicks(`/proc/${pid}/stat`), main: cpuTicks(`/proc/${pid}/task/${pid}/stat`) });
  /** Until the process is idle again (at most one tick in 250 ms; 10 s at most), as read-paths.ts. */
  const settle = async (pid: number) => {
    let last = ticks(pid).all;
    for (let i = 0; i < 40; i++) {
      await sleep(250);
      const now = ticks(pid).all;
      if (now - last <= 1) break;
      last = now;
    }
    return ticks(pid);
  };
  interface Run {
    requests: number;
    rps: number;
    p50: number;
    p99: number;
    /** CPU ms per request: the whole process, its main thread. */
    cpuMs: number;
    mainMs: number;
    /** The run's window on the monotonic clock, µs: from just before the load until the process is idle again. */
    from: number;
    to: number;
  }
  const run = async (p: Proc, w: Workload, query: string, duration: number, around?: { before(): Promise<void>; after(): Promise<void> }): Promise<Run> => {
    const before = await settle(p.pid);
    await around?.before();
    const from = nowUs();
    const r = await autocannon({ ...target(p.port, w, query), connections, duration });
    const after = await settle(p.pid);
    const to = nowUs();
    await around?.after();
    if (r.non2xx || r.errors) throw new Error(`${w.name} on ${p.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    const perRequest = (t: number) => (t * 1000) / CLK_TCK / r.requests.sent;
    return {
      requests: r.requests.sent,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      cpuMs: perRequest(after.all - before.all),
      mainMs: perRequest(after.main - before.main),
      from,
      to,
    };
  };

  // --- analysis: frames, groups and categories shared by the V8 profile and perf ---
  interface Frame {
    name: string;
    url: string;
    /** 1-based */
    line: number;
  }
  const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
  const rootUrl = `file://${projectRoot}/`;
  const shortUrl = (u: string) => {
    let s = u.startsWith(rootUrl) ? u.slice(rootUrl.length) : u.startsWith(`${projectRoot}/`) ? u.slice(projectRoot.length + 1) : u.replace(/^file:\/\//, '');
    const nm = s.lastIndexOf('node_modules/');
    if (nm > 0) s = s.slice(nm);
    return s;
  };
  const packageOf = (u: string): string | undefined => {
    const i = u.lastIndexOf('/node_modules/');
    if (i < 0) return undefined;
    const parts = u.slice(i + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  };
  /** Self-time group: a package, a project file, Node's internals, or one of V8's own entries. */
  const groupOf = (f: Frame): string => {
    if (SPECIAL.has(f.name) && !f.url) return f.name;
    if (!f.url) return '(native, no script)';
    if (f.url.startsWith('node:')) return 'Node internals';
    const pkg = packageOf(f.url);
    if (pkg) return pkg;
    const s = shortUrl(f.url);
    return s.startsWith('dist/') ? s : `other: ${s}`;
  };
  const PKG_FAMILIES: [RegExp, string][] = [
    [/^graphql$/, 'graphql-js'],
    [/^@apollo\//, 'Apollo Server'],
    [
      /^(type-graphql|graphql-middleware|graphql-shield|graphql-parse-resolve-info|graphql-scalars|@escape\.tech\/.*|@graphql-tools\/.*)$/,
      'type-graphql, graphql-shield/-middleware, armor, parse-resolve-info',
    ],
    [
      /^(pg|pg-pool|pg-protocol|pg-types|pg-connection-string|pg-int8|postgres-array|postgres-bytea|postgres-date|postgres-interval|pgpass|split2)$/,
      'pg driver (pg, pg-protocol, pg-types)',
    ],
    [/^(@mikro-orm\/.*|knex|tarn)$/, 'MikroORM / knex'],
    [
      /^(express|router|body-parser|raw-body|iconv-lite|type-is|content-type|on-finished|finalhandler|statuses|media-typer|mime-types|mime-db|qs|http-errors|depd|setprototypeof|parseurl|encodeurl|escape-html|vary|accepts|negotiator|fresh|proxy-addr|forwarded|merge-descriptors|path-to-regexp|is-promise|bytes|unpipe|ee-first|safe-buffer|safer-buffer|debug|ms|side-channel.*|call-bound|get-intrinsic|es-errors|object-inspect|function-bind|hasown|send|serve-static|etag|range-parser|cookie|cookie-signature|content-disposition|mime|toidentifier|inherits|helmet)$/,
      'Express, body-parser & helpers',
    ],
    [/^jose$/, 'jose (token check)'],
    [
      /^(pino|pino-http|pino-std-serializers|sonic-boom|thread-stream|fast-redact|@pinojs\/redact|quick-format-unescaped|on-exit-leak-free|atomic-sleep|safe-stable-stringify|process-warning|real-require)$/,
      'pino logging',
    ],
    [/^dataloader$/, 'dataloader'],
    [/^@opentelemetry\/|^import-in-the-middle$|^require-in-the-middle$/, 'OpenTelemetry (off unless configured)'],
  ];
  const familyOf = (group: string): string => {
    if (group === '(garbage collector)') return 'GC on the main thread (garbage collector)';
    if (group === '(program)') return '(program): native code outside JS (V8/Node C++, libuv)';
    if (group === '(native, no script)') return '(native functions called from JS: writev, runMicrotasks, …)';
    if (group === '(idle)' || group === '(root)') return group;
    if (group === 'Node internals') return 'Node.js internals (http, net, streams, timers, async hooks)';
    if (group.startsWith('dist/')) {
      if (group === 'dist/src/access/authenticate.js' || group === 'dist/src/access/principal.js')
        return 'project: authentication (access/authenticate, principal)';
      if (group.startsWith('dist/src/access/')) return 'project: policy (access/: shield guard, policy, scopes)';
      if (group.startsWith('dist/src/audit/')) return 'project: access log (audit/)';
      if (group.startsWith('dist/src/modules/')) return 'project: resolvers & services (modules/)';
      if (group.startsWith('dist/src/read/')) return 'project: read/ (json-read, json-text, sql)';
      if (group.startsWith('dist/src/shared/')) return 'project: shared/ (errors, dates, relay)';
      if (group.startsWith('dist/src/server/')) return 'project: server/ (app, errors, cost)';
      if (group.startsWith('dist/src/db/')) return 'project: db/ (prepared statements)';
      return 'project: other';
    }
    for (const [re, family] of PKG_FAMILIES) if (re.test(group)) return family;
    return 'other packages';
  };
  const has = (f: Frame, s: string) => f.url.includes(s);
  // The direct read path (server/direct-read.ts) answers in place of execution: its walk counts as such.
  const inExecute = (f: Frame) => /\/node_modules\/graphql\/execution\/execute\.m?js$/.test(f.url) || /\/dist\/src\/server\/direct-read\.js$/.test(f.url);
  /** The root field's read (selection, SQL, pg and MikroORM below it). */
  const inRootRead = (f: Frame) => /\/dist\/src\/(read\/(json-read|sql)|db\/prepared)\.js$/.test(f.url);
  /** A subtree: samples whose stack holds a matching frame (inclusive), or whose leaf matches (self). */
  interface Subtree {
    label: string;
    mode: 'inclusive' | 'self';
    test: (f: Frame) => boolean;
  }
  const SUBTREES: Subtree[] = [
    {
      label: 'graphql-js execution, or the direct path in its place (execute.js, server/direct-read.js: fields, resolvers, policy guards, completion)',
      mode: 'inclusive',
      test: inExecute,
    },
    {
      label: 'graphql-js parse + validate (Apollo caches both per query text)',
      mode: 'inclusive',
      test: (f) => /\/node_modules\/graphql\/(language|validation)\//.test(f.url),
    },
    { label: 'graphql-js errors (GraphQLError, locatedError, toJSON)', mode: 'inclusive', test: (f) => /\/node_modules\/graphql\/error\//.test(f.url) },
    {
      label: "project resolvers (dist/src/modules/**/*.resolver.js; the root field's too, with its read)",
      mode: 'inclusive',
      test: (f) => /\/dist\/src\/modules\/.*\.resolver\.js$/.test(f.url),
    },
    {
      label: 'type-graphql: @Root() rows converted to entity instances (convertToType: entity constructors, MikroORM setters)',
      mode: 'inclusive',
      test: (f) => f.name === 'convertToType' && packageOf(f.url) === 'type-graphql',
    },
    { label: 'policy decisions (access/policy.js, scopes.js)', mode: 'inclusive', test: (f) => /\/dist\/src\/access\/(policy|scopes)\.js$/.test(f.url) },
    { label: 'policy guard wrappers (access/shield.js), self', mode: 'self', test: (f) => has(f, '/dist/src/access/shield.js') },
    {
      label: 'access log: all of dist/src/audit (notes during execution + the entry written after)',
      mode: 'inclusive',
      test: (f) => has(f, '/dist/src/audit/'),
    },
    {
      label: 'access log: the entry written after execution (audit.plugin, audit.service)',
      mode: 'inclusive',
      test: (f) => /\/dist\/src\/audit\/(audit\.plugin|audit\.service)\.js$/.test(f.url),
    },
    {
      label: 'token check (jose, access/authenticate)',
      mode: 'inclusive',
      test: (f) => packageOf(f.url) === 'jose' || has(f, '/dist/src/access/authenticate.js'),
    },
    {
      label: 'pg: rows parsed (Result.parseRow; its self time is mostly JSON.parse of the row JSON, which has no frame)',
      mode: 'inclusive',
      test: (f) => /\/node_modules\/pg\/lib\/result\.js$/.test(f.url) && /parseRow|addRow/i.test(f.name),
    },
    { label: 'pg-protocol: messages parsed from the socket, self', mode: 'self', test: (f) => packageOf(f.url) === 'pg-protocol' },
    {
      label: 'UTF-8 decoding of socket data (utf8Slice: the row text, the request body), self',
      mode: 'self',
      test: (f) => !f.url && /^(utf8Slice|latin1Slice|asciiSlice)$/.test(f.name),
    },
    {
      label: 'pg driver, all, inclusive (client, pool, protocol, types; includes parseRow and its JSON.parse)',
      mode: 'inclusive',
      test: (f) => /^(pg|pg-pool|pg-protocol|pg-types)$/.test(packageOf(f.url) ?? ''),
    },
    {
      label: 'MikroORM / knex, inclusive, wherever called (pool, query log, query builder, entity setters)',
      mode: 'inclusive',
      test: (f) => /^(@mikro-orm\/|knex$|tarn$)/.test(packageOf(f.url) ?? ''),
    },
    { label: 'root read: json-read + prepared statement (selection, SQL cache, runPrepared), inclusive', mode: 'inclusive', test: inRootRead },
    {
      label: "SQL built per request by MikroORM's query builder and knex (a scope json-read does not cache)",
      mode: 'inclusive',
      test: (f) => /\/node_modules\/(@mikro-orm\/knex\/query\/|knex\/lib\/(query|formatter|raw\.js|ref\.js))/.test(f.url),
    },
    {
      label: 'response serialization (Apollo prettyJSONStringify: JSON.stringify has no frame)',
      mode: 'inclusive',
      test: (f) => /prettyJSONStringify|orderExecutionResultFields/.test(f.name) && packageOf(f.url) === '@apollo/server',
    },
    {
      label: 'error formatting (Apollo formatError, dist/src/shared/errors, server/suggestions)',
      mode: 'inclusive',
      test: (f) => /formatError|normalizeAndFormatErrors|enrichError/.test(f.name) || /\/dist\/src\/(shared\/errors|server\/suggestions)\.js$/.test(f.url),
    },
    { label: 'Express, body-parser & helpers, self', mode: 'self', test: (f) => familyOf(groupOf(f)) === 'Express, body-parser & helpers' },
    { label: 'pino / pino-http, inclusive', mode: 'inclusive', test: (f) => familyOf(groupOf(f)) === 'pino logging' },
    { label: 'Node HTTP, net and streams, self', mode: 'self', test: (f) => /^node:(_http_|net$|internal\/(streams|http|stream_base|net))/.test(f.url) },
  ];
  const EXECUTE_SPLIT_NOTE = 'self time of the samples under graphql-js execution, by what ran';

  interface Analysis {
    requests: number;
    windowMs: number;
    sampledMs: number;
    idleMs: number;
    nonIdleMs: number;
    samples: number;
    top: { name: string; loc: string; ms: number }[];
    families: [string, number][];
    groups: [string, number][];
    subtrees: [string, number][];
    executeSplit: [string, number][];
    executeTop: { name: string; loc: string; ms: number }[];
    /** Inside execution, under the root field's read. */
    executionRootRead: number;
    /** Whether the run's window was found in the profile's clock (else the whole profile). */
    windowed: boolean;
  }
  interface CpuProfile {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
    startTime: number;
    endTime: number;
    samples: number[];
    timeDeltas: number[];
  }
  const sortDesc = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

  const analyseCpuProfile = (file: string, window: { from: number; to: number }, requests: number): Analysis => {
    const p = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const frameOf = new Map<number, Frame>(
      p.nodes.map((n) => [n.id, { name: n.callFrame.functionName, url: n.callFrame.url, line: n.callFrame.lineNumber + 1 }]),
    );
    // Self time per node over the window: sample i lasts until sample i + 1 (as DevTools counts).
    const self = new Map<number, number>();
    const windowed = window.from >= p.startTime && window.to <= p.endTime + 1e6 && window.from < p.endTime;
    let t = p.startTime;
    const times: number[] = [];
    for (const d of p.timeDeltas) {
      t += d;
      times.push(t);
    }
    let samples = 0;
    for (let i = 0; i < p.samples.length; i++) {
      const at = times[i]!;
      if (windowed && (at < window.from || at > window.to)) continue;
      const dt = Math.max(0, (i + 1 < times.length ? times[i + 1]! : p.endTime) - at) / 1000;
      self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + dt);
      samples++;
    }
    // Whether a node's stack (itself or an ancestor) holds a frame a predicate matches: memoised per node.
    const under = (test: (f: Frame) => boolean) => {
      const memo = new Map<number, boolean>();
      const go = (id: number): boolean => {
        const known = memo.get(id);
        if (known !== undefined) return known;
        const up = parent.get(id);
        const r = test(frameOf.get(id)!) || (up !== undefined && go(up));
        memo.set(id, r);
        return r;
      };
      return go;
    };
    let idleMs = 0;
    let sampledMs = 0;
    const fns = new Map<string, number>();
    const groups = new Map<string, number>();
    const families = new Map<string, number>();
    const execSplit = new Map<string, number>();
    const execFns = new Map<string, number>();
    const subtree = SUBTREES.map(() => 0);
    const inExec = under(inExecute);
    const inRoot = under(inRootRead);
    let executionRootRead = 0;
    const tests = SUBTREES.map((s) => (s.mode === 'inclusive' ? under(s.test) : (id: number) => s.test(frameOf.get(id)!)));
    const fnKey = (f: Frame) => `${f.name || '(anonymous)'}\u0000${f.url ? `${shortUrl(f.url)}:${f.line}` : ''}`;
    for (const [id, ms] of self) {
      const f = frameOf.get(id)!;
      sampledMs += ms;
      if (f.name === '(idle)' && !f.url) {
        idleMs += ms;
        continue;
      }
      if (f.name === '(root)' && !f.url) continue;
      const g = groupOf(f);
      add(fns, fnKey(f), ms);
      add(groups, g, ms);
      add(families, familyOf(g), ms);
      tests.forEach((test, i) => {
        if (test(id)) subtree[i]! += ms;
      });
      if (inExec(id)) {
        if (inRoot(id)) executionRootRead += ms;
        add(execSplit, familyOf(g), ms);
        add(execFns, fnKey(f), ms);
      }
    }
    const nonIdleMs = sampledMs - idleMs;
    const split = (k: string) => {
      const [name, loc] = k.split('\u0000');
      return { name: name!, loc: loc! };
    };
    return {
      requests,
      windowMs: (window.to - window.from) / 1000,
      sampledMs,
      idleMs,
      nonIdleMs,
      samples,
      top: sortDesc(fns)
        .slice(0, 25)
        .map(([k, ms]) => ({ ...split(k), ms })),
      families: sortDesc(families),
      groups: sortDesc(groups),
      subtrees: SUBTREES.map((s, i) => [s.label, subtree[i]!]),
      executeSplit: sortDesc(execSplit),
      executeTop: sortDesc(execFns)
        .slice(0, 12)
        .map(([k, ms]) => ({ ...split(k), ms })),
      executionRootRead,
      windowed,
    };
  };

  // --- perf: all threads, native frames and the kernel ---
  interface PerfAnalysis {
    requests: number;
    totalMs: number;
    threads: [string, number][];
    buckets: [string, number][];
    jsonParseCallers: [string, number][];
    stringifyCallers: [string, number][];
    gcTriggers: [string, number][];
  }
  const GC =
    /v8::internal::(Heap::|HeapAllocator::|Scaveng|MarkCompact|MinorMarkSweep|MinorMS|ConcurrentMarking|IncrementalMarking|Marking(Visitor|Barrier|Worklist)|MainMarkingVisitor|Sweeper|ArrayBufferSweeper|MemoryAllocator|GCTracer|Evacuat|PagedSpace|SemiSpace|NewSpace|LargeObjectSpace|MemoryReducer|ScavengeJob|Pointers?Updat|RememberedSet|SlotSet|TypedSlot|LocalHeap::)|cppgc::|v8::internal::GlobalHandles/;
  const JSON_PARSE = /Builtin_JsonParse|JsonParser</;
  const JSON_STRINGIFY = /JsonStringif|Builtin_JsonStringify/;
  const COMPILER =
    /v8::internal::(compiler::|maglev::|baseline::|Compiler::|OptimizingCompileDispatcher|Parser::|ParserBase|PreParser|interpreter::BytecodeGenerator|Deoptimizer)|Builtins_CompileLazy/;
  const CRYPTO =
    /node::crypto::|^(ossl_|EVP_|RSA_|rsa_|BN_|bn_|sha256_|sha512_|SHA256|SHA512|sha1_|SHA1|CRYPTO_|OPENSSL_|ecp_nistz256|ec_GFp|x25519|ED25519|aesni_|ChaCha20)/;
  interface PFrame {
    sym: string;
    dso: string;
    js?: Frame;
  }
  const parseJsSym = (sym: string): Frame | undefined => {
    if (!sym.startsWith('JS:')) return undefined;
    const rest = sym.slice(3).replace(/^[~^+*'`]+/, '');
    const space = rest.lastIndexOf(' ');
    const name = space >= 0 ? rest.slice(0, space).trim() : '';
    const loc = space >= 0 ? rest.slice(space + 1) : rest;
    const m = /^(.*):(\d+):(\d+)$/.exec(loc);
    return m ? { name, url: m[1]!, line: Number(m[2]) } : { name: rest, url: '', line: 0 };
  };
  const innermostJs = (frames: PFrame[], from = 0): Frame | undefined => {
    for (let i = from; i < frames.length; i++) if (frames[i]!.js) return frames[i]!.js;
    return undefined;
  };
  const jsLabel = (f: Frame | undefined) => (f ? `${f.name || '(anonymous)'} (${shortUrl(f.url)}:${f.line})` : '(no JavaScript frame)');

  /**
   * Names JIT code as it was when a sample was taken. V8 appends an entry to /tmp/perf-<pid>.map for
   * each function it compiles, and reuses the addresses of code it has freed: a later function may
   * sit where an earlier one ran, and perf, which does not know when each entry was written, may
   * give the earlier samples the later name. The map's size is read every 100 ms during the run
   * (`sizes`, on the monotonic clock perf's `-k mono` samples carry); a sample is named by the last
   * entry covering its address among those written by the first reading after it.
   */
  const mapResolver = (content: string, sizes: { at: number; size: number }[]) => {
    const entries: { start: bigint; end: bigint; name: string; offset: number }[] = [];
    let offset = 0;
    for (const line of content.split('\n')) {
      const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
      if (m) {
        const start = BigInt(`0x${m[1]}`);
        entries.push({ start, end: start + BigInt(`0x${m[2]}`), name: m[3]!, offset });
      }
      offset += Buffer.byteLength(line) + 1;
    }
    entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.offset - b.offset));
    // biome-ignore lint/complexity/useMathMinMax: the lengths are bigints, which Math.max does not take.
    const maxLength = entries.reduce((n, e) => (e.end - e.start > n ? e.end - e.start : n), 0n);
    const cache = new Map<string, string | undefined>();
    let outside = 0;
    const limitAt = (atUs: number) => {
      // The first reading at least 100 ms after the sample: entries still in V8's buffer then are few.
      let lo = 0;
      let hi = sizes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sizes[mid]!.at < atUs + 100_000) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= sizes.length) {
        outside++;
        return offset;
      }
      return sizes[lo]!.size;
    };
    const resolve = (ip: bigint, atUs: number): string | undefined => {
      const limit = limitAt(atUs);
      const key = `${ip}:${limit}`;
      if (cache.has(key)) return cache.get(key);
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (entries[mid]!.start <= ip) lo = mid + 1;
        else hi = mid;
      }
      let best: (typeof entries)[number] | undefined;
      for (let i = lo - 1; i >= 0 && entries[i]!.start + maxLength > ip; i--) {
        const e = entries[i]!;
        if (e.end > ip && e.offset < limit && (!best || e.offset > best.offset)) best = e;
      }
      cache.set(key, best?.name);
      return best?.name;
    };
    return { resolve, outside: () => outside };
  };

  const analysePerf = async (data: string, pid: number, requests: number, names?: ReturnType<typeof mapResolver>): Promise<PerfAnalysis> => {
    const threads = new Map<string, number>();
    const buckets = new Map<string, number>();
    const parseCallers = new Map<string, number>();
    const stringifyCallers = new Map<string, number>();
    const gcTriggers = new Map<string, number>();
    let totalMs = 0;
    const threadOf = (comm: string, tid: number) => {
      if (tid === pid) return 'main thread (JavaScript, event loop)';
      if (/V8.?Worker|DefaultWorke/i.test(comm)) return 'V8 platform workers (concurrent GC, compilers)';
      if (/libuv-worker/i.test(comm)) return 'libuv thread pool (crypto, fs, dns)';
      return `other: ${comm}`;
    };
    const sample = (comm: string, tid: number, periodNs: number, frames: PFrame[]) => {
      const ms = periodNs / 1e6;
      totalMs += ms;
      const thread = threadOf(comm, tid);
      const main = tid === pid;
      add(threads, thread, ms);
      const any = (re: RegExp) => frames.findIndex((f) => re.test(f.sym));
      let bucket: string;
      const gcAt = any(GC);
      const parseAt = any(JSON_PARSE);
      const stringifyAt = any(JSON_STRINGIFY);
      if (gcAt >= 0) {
        bucket = main ? 'GC & allocation slow path, main thread' : 'GC, helper threads (concurrent marking, sweeping)';
        if (main) {
          const by = innermostJs(frames, gcAt);
          add(gcTriggers, by ? familyOf(groupOf(by)) : 'no JavaScript on the stack (a GC task run by the event loop, or a native allocation)', ms);
        }
      } else if (parseAt >= 0) {
        bucket = 'JSON.parse (V8 JsonParser)';
        add(parseCallers, jsLabel(innermostJs(frames, parseAt)), ms);
      } else if (stringifyAt >= 0) {
        bucket = 'JSON.stringify (V8 JsonStringifier)';
        add(stringifyCallers, jsLabel(innermostJs(frames, stringifyAt)), ms);
      } else if (any(COMPILER) >= 0) bucket = 'V8 compilers and parser (JIT, lazy compile)';
      else if (any(CRYPTO) >= 0) bucket = 'crypto (OpenSSL, node::crypto)';
      else if (frames[0]?.dso.includes('kernel')) {
        const on = (re: RegExp) => frames.some((f) => re.test(f.sym));
        const sys = frames.map((f) => /^(?:__x64_sys_|__se_sys_|__do_sys_|ksys_)(\w+)/.exec(f.sym)?.[1]).find(Boolean);
        bucket = on(/^(tcp_sendmsg|sock_write_iter|do_writev|vfs_writev|vfs_write)$/)
          ? 'kernel: socket writes (TCP on loopback, with the delivery to the receiver)'
          : on(/^(tcp_recvmsg|sock_read_iter|vfs_read|do_readv)$/)
            ? 'kernel: socket reads'
            : on(/page_fault/)
              ? 'kernel: page faults'
              : on(/futex/)
                ? 'kernel: futex (thread wake-ups)'
                : on(/epoll/)
                  ? 'kernel: epoll'
                  : sys
                    ? `kernel: ${sys}`
                    : 'kernel: other (interrupts, scheduling)';
      } else {
        const js = innermostJs(frames);
        if (js) bucket = `JS & V8 builtins: ${familyOf(groupOf(js))}`;
        else {
          const leaf = frames[0];
          bucket = !leaf
            ? 'native: (no stack)'
            : /^uv_|^uv__/.test(leaf.sym)
              ? 'native: libuv'
              : /libc\.so|libc-/.test(leaf.dso)
                ? 'native: libc (memcpy, malloc, …)'
                : /^node::|llhttp/.test(leaf.sym)
                  ? 'native: Node C++ (http parser, streams, …)'
                  : /^v8::|^Builtins?[_:]|^(Stub|BytecodeHandler|Handler|RegExp):/.test(leaf.sym)
                    ? 'native: V8 (runtime, builtins)'
                    : `native: ${path.basename(leaf.dso)}`;
        }
      }
      add(buckets, bucket, ms);
    };
    const child = spawn('perf', ['script', '-i', data, '-F', 'comm,tid,time,period,ip,sym,dso'], { stdio: ['ignore', 'pipe', 'ignore'], env: perfEnv });
    children.add(child);
    const lines = readline.createInterface({ input: child.stdout! });
    let head: { comm: string; tid: number; at: number; period: number } | undefined;
    let frames: PFrame[] = [];
    for await (const line of lines) {
      if (!line.trim()) {
        if (head) sample(head.comm, head.tid, head.period, frames);
        head = undefined;
        frames = [];
        continue;
      }
      if (!head) {
        const m = /^(.*?)\s+(\d+)\s+(\d+)\.(\d+):\s+(\d+)\s*$/.exec(line);
        if (m) head = { comm: m[1]!.trim(), tid: Number(m[2]), at: Number(m[3]) * 1e6 + Number(m[4]!.padEnd(6, '0').slice(0, 6)), period: Number(m[5]) };
        continue;
      }
      const m = /^\s+([0-9a-f]+)\s+(.*?)\s+\(([^()]*)\)$/.exec(line);
      if (!m) continue;
      const dso = m[3]!;
      let sym = m[2]!.replace(/\+0x[0-9a-f]+$/, '');
      if (names && /\/perf-\d+\.map$/.test(dso)) sym = names.resolve(BigInt(`0x${m[1]}`), head.at) ?? '[unknown]';
      frames.push({ sym, dso, js: parseJsSym(sym) });
    }
    if (head) sample(head.comm, head.tid, head.period, frames);
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    children.delete(child);
    return {
      requests,
      totalMs,
      threads: sortDesc(threads),
      buckets: sortDesc(buckets),
      jsonParseCallers: sortDesc(parseCallers).slice(0, 6),
      stringifyCallers: sortDesc(stringifyCallers).slice(0, 6),
      gcTriggers: sortDesc(gcTriggers).slice(0, 8),
    };
  };

  // --- the runs ---
  interface Result {
    w: Workload;
    errorsPerResponse: number;
    postgraphile?: Run;
    baseline: Run;
    perfRun?: Run;
    perf?: PerfAnalysis;
    profiled: Run;
    profile: Analysis;
    profileFile: string;
  }
  const results: Result[] = [];
  const pgProc = withPostGraphile
    ? await start('PostGraphile', ['--import', 'tsx', 'bench/postgraphile-server.ts'], PG_PORT, {
        DATABASE_URL: url,
        NODE_ENV: 'production',
        GRAPHILE_ENV: 'production',
      })
    : undefined;
  const perfNote: string[] = [];
  try {
    for (const w of workloads) {
      console.log(`\n== ${w.name}: ${w.label}`);
      let postgraphile: Run | undefined;
      if (pgProc && w.postgraphile) {
        await check(pgProc.port, w, w.postgraphile, 'postgraphile');
        await run(pgProc, w, w.postgraphile, warmup);
        postgraphile = await run(pgProc, w, w.postgraphile, seconds);
        console.log(`PostGraphile: ${postgraphile.rps.toFixed(0)} req/s, ${postgraphile.cpuMs.toFixed(2)} CPU ms/request`);
      }

      // The hub for the baseline and perf: JIT code named in /tmp/perf-<pid>.map (removed after), V8's
      // log in the run's directory (--perf-basic-prof would otherwise write one into the project).
      const perfFlags = perfAvailable
        ? ['--perf-basic-prof', '--interpreted-frames-native-stack', '--no-logfile-per-isolate', `--logfile=${path.join(tmp, `v8-${w.name}.log`)}`]
        : [];
      const hubA = await startHub(perfAvailable ? 'perf' : 'baseline', perfFlags);
      const perfMap = `/tmp/perf-${hubA.pid}.map`;
      if (perfAvailable) perfMaps.add(perfMap);
      // With --keep, perf's data stays there (`perf report` needs the map back at /tmp/perf-<pid>.map).
      const perfDir = keep ?? tmp;
      if (keep) fs.mkdirSync(keep, { recursive: true });
      const data = path.join(perfDir, `${w.name}.perf.data`);
      const sizes: { at: number; size: number }[] = [];
      const mapSize = () => sizes.push({ at: nowUs(), size: fs.existsSync(perfMap) ? fs.statSync(perfMap).size : 0 });
      let baseline: Run;
      let perfRun: Run | undefined;
      let perf: PerfAnalysis | undefined;
      let errorsPerResponse: number;
      try {
        errorsPerResponse = await check(hubA.port, w, w.hub, 'hub');
        await run(hubA, w, w.hub, warmup);
        baseline = await run(hubA, w, w.hub, seconds);
        console.log(
          `hub, no profiler: ${baseline.rps.toFixed(0)} req/s, ${baseline.cpuMs.toFixed(2)} CPU ms/request (main thread ${baseline.mainMs.toFixed(2)})`,
        );
        if (perfAvailable) {
          let rec: ChildProcess | undefined;
          let reading: NodeJS.Timeout | undefined;
          perfRun = await run(hubA, w, w.hub, seconds, {
            before: async () => {
              mapSize();
              reading = setInterval(mapSize, 100);
              // -k mono: samples on the clock of nowUs() (the map's readings); -N: no build-id cache.
              rec = spawn('perf', ['record', '-N', '-k', 'mono', '-e', 'cpu-clock', '-F', String(perfHz), '-g', '-p', String(hubA.pid), '-o', data], {
                stdio: ['ignore', 'ignore', 'pipe'],
                env: perfEnv,
              });
              children.add(rec);
              let err = '';
              rec.stderr!.on('data', (d: Buffer) => (err += d.toString()));
              rec.once('exit', (code) => {
                children.delete(rec!);
                if (code) perfNote.push(`${w.name}: perf record exited with ${code}: ${err.trim().slice(0, 300)}`);
              });
              await sleep(500); // attached
            },
            after: async () => {
              const exited = new Promise((r) => rec!.once('exit', r));
              rec!.kill('SIGINT');
              await Promise.race([exited, sleep(30_000)]);
              clearInterval(reading);
              mapSize();
            },
          });
        }
      } finally {
        await stop(hubA);
      }
      try {
        if (perfRun && fs.existsSync(data)) {
          const content = fs.readFileSync(perfMap).subarray(0, sizes.at(-1)!.size).toString('utf8');
          const names = mapResolver(content, sizes);
          perf = await analysePerf(data, hubA.pid, perfRun.requests, names);
          if (names.outside()) console.warn(`${w.name}: ${names.outside()} frames sampled after the last reading of the perf map`);
          console.log(
            `hub under perf: ${perfRun.rps.toFixed(0)} req/s, ${perfRun.cpuMs.toFixed(2)} CPU ms/request; perf saw ${(perf.totalMs / perf.requests).toFixed(2)} ms/request`,
          );
          if (keep) fs.writeFileSync(path.join(keep, `${w.name}.perf-${hubA.pid}.map`), content);
          else fs.rmSync(data, { force: true });
        }
      } finally {
        fs.rmSync(perfMap, { force: true });
        perfMaps.delete(perfMap);
      }

      // The hub under V8's profiler, a process of its own; the profile is written as it exits.
      const dir = path.join(profileDir, w.name);
      fs.mkdirSync(dir);
      const hubB = await startHub('cpu-prof', ['--cpu-prof', '--cpu-prof-dir', dir, `--cpu-prof-interval`, String(intervalUs)]);
      let profiled: Run;
      try {
        await check(hubB.port, w, w.hub, 'hub');
        await run(hubB, w, w.hub, warmup);
        profiled = await run(hubB, w, w.hub, seconds);
      } finally {
        const exit = await stop(hubB);
        if (exit.code !== 0) console.warn(`the profiled hub exited with ${exit.code ?? exit.signal}`);
      }
      const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && f.includes(`.${hubB.pid}.`));
      if (!file) throw new Error(`${w.name}: no .cpuprofile written in ${dir} (the hub exited without writing it)`);
      const profile = analyseCpuProfile(path.join(dir, file), profiled, profiled.requests);
      if (!profile.windowed) console.warn(`${w.name}: the run's window is not on the profile's clock; the whole profile is analysed`);
      console.log(
        `hub under --cpu-prof: ${profiled.rps.toFixed(0)} req/s, ${profiled.cpuMs.toFixed(2)} CPU ms/request (main thread ${profiled.mainMs.toFixed(2)}); profile: ${profile.samples} samples, non-idle ${(profile.nonIdleMs / profile.requests).toFixed(2)} ms/request`,
      );
      if (keep) {
        fs.mkdirSync(keep, { recursive: true });
        fs.copyFileSync(path.join(dir, file), path.join(keep, `${w.name}.cpuprofile`));
      }
      results.push({ w, errorsPerResponse, postgraphile, baseline, perfRun, perf, profiled, profile, profileFile: file });
    }
  } finally {
    if (pgProc) await stop(pgProc).catch(() => pgProc.child.kill('SIGKILL'));
  }

  // --- the report ---
  const per = (ms: number, requests: number) => ms / requests;
  const f2 = (x: number) => (Math.abs(x) >= 10 ? x.toFixed(1) : Math.abs(x) >= 0.1 ? x.toFixed(2) : x.toFixed(3));
  const pct = (x: number, total: number) => `${((100 * x) / total).toFixed(1)} %`;
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const cpu = os.cpus();
  const date = new Date().toISOString().slice(0, 10);
  const lines: string[] = [];
  lines.push(
    "# CPU profile of the hub's read paths (generated by `npm run bench:profile`)",
    '',
    `${date} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · PostgreSQL ${pgVersion} (embedded) on the same machine`,
    '',
    `${counts.agreements} agreements, ${counts.members} family members, ${counts.measures} measures (bench/dataset.ts). ${connections} connections (autocannon), ${warmup} s warm-up and ${seconds} s per timed run; the queries, tokens and hub environment of bench/read-paths.ts; the hub built and run as \`npm start\` runs it (production, RS256 tokens, policy and access log on).`,
    '',
    'Per workload, each in hub processes of its own: (1) PostGraphile, same run, for the reference; (2) the hub without a profiler (the baseline CPU ms/request), then with Linux `perf record` attached (all threads, native code, kernel)' +
      (perfAvailable ? '' : ' — **not run here: perf unavailable**') +
      `; (3) the hub started with \`--cpu-prof --cpu-prof-interval ${intervalUs}\` (V8's sampling profiler: the main thread's JavaScript, with inlined functions), stopped with SIGTERM so that Node writes the profile on exit. Only the samples inside the timed run are analysed (from the start of the load until the process is idle again).`,
    '',
    '## Summary',
    '',
    '| workload | hub req/s (no profiler) | hub CPU ms/request: process (main thread) | PostGraphile CPU ms/request, same run | ½ PostGraphile | hub under `--cpu-prof`: req/s · CPU ms/request (main thread) | profile: sampled non-idle ms/request | hub under perf: req/s · CPU ms/request |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const r of results) {
    lines.push(
      `| ${r.w.name} | ${r.baseline.rps.toFixed(0)} | ${f2(r.baseline.cpuMs)} (${f2(r.baseline.mainMs)}) | ${r.postgraphile ? f2(r.postgraphile.cpuMs) : '–'} | ${r.postgraphile ? f2(r.postgraphile.cpuMs / 2) : '–'} | ${r.profiled.rps.toFixed(0)} · ${f2(r.profiled.cpuMs)} (${f2(r.profiled.mainMs)}) | ${f2(per(r.profile.nonIdleMs, r.profile.requests))} | ${r.perfRun ? `${r.perfRun.rps.toFixed(0)} · ${f2(r.perfRun.cpuMs)}` : '–'} |`,
    );
  }
  lines.push(
    '',
    "CPU ms/request: utime + stime from /proc over the run (as bench/read-paths.ts), divided by the requests sent; \"main thread\" is the hub's JavaScript thread alone (/proc/<pid>/task/<pid>), the rest is V8's helper threads (concurrent GC, compilers) and libuv's pool. The V8 profile only sees the main thread; its \"sampled non-idle\" time is wall time between samples outside the event loop's wait, which also counts time the thread was ready but not on a CPU (this machine runs PostgreSQL and autocannon beside it), so it can exceed the main thread's CPU time.",
    '',
  );

  for (const r of results) {
    const a = r.profile;
    const q = (ms: number) => f2(per(ms, a.requests));
    lines.push(
      `## ${r.w.name}: ${r.w.label}`,
      '',
      `V8 profile: ${a.samples} samples over ${(a.windowMs / 1000).toFixed(1)} s, ${a.requests} requests served (${r.profiled.rps.toFixed(0)} req/s under the profiler); non-idle ${q(a.nonIdleMs)} ms/request, idle ${q(a.idleMs)} ms/request; main-thread CPU by /proc ${f2(r.profiled.mainMs)} ms/request, process ${f2(r.profiled.cpuMs)}.${r.errorsPerResponse ? ` Each response carries ${r.errorsPerResponse} refusals (FORBIDDEN, one per plan's kind).` : ''}${a.windowed ? '' : " **The run's window was not found on the profile's clock: the whole profile (start-up included) is analysed.**"} Percentages are of the profile's non-idle time; ms/request are sampled time over the requests served.`,
      '',
      '### Top 25 functions by self time',
      '',
      '| # | function | file:line | ms/request | % |',
      '|--:|---|---|--:|--:|',
      ...a.top.map((t, i) => `| ${i + 1} | ${esc(t.name)} | ${esc(t.loc || '–')} | ${q(t.ms)} | ${pct(t.ms, a.nonIdleMs)} |`),
      '',
      '### Self time by category',
      '',
      '| category | ms/request | % |',
      '|---|--:|--:|',
      ...a.families.filter(([n]) => n !== '(idle)' && n !== '(root)').map(([n, ms]) => `| ${esc(n)} | ${q(ms)} | ${pct(ms, a.nonIdleMs)} |`),
      '',
      '### Self time by package and project file (top 30)',
      '',
      '| package / file | ms/request | % |',
      '|---|--:|--:|',
      ...a.groups
        .filter(([n]) => n !== '(idle)' && n !== '(root)')
        .slice(0, 30)
        .map(([n, ms]) => `| ${esc(n)} | ${q(ms)} | ${pct(ms, a.nonIdleMs)} |`),
      '',
      '### Subtrees',
      '',
      "Inclusive: every sample with a matching frame anywhere on its stack (counted once). A stack begins where the event loop resumed the code: after an `await` the caller is gone, so an inclusive figure covers the synchronous work below the frame only (graphql-js execution is resumed from its own promise callbacks, so it is whole; Express's middleware is not). GC has no stack and is in none of them.",
      '',
      '| subtree | ms/request | % |',
      '|---|--:|--:|',
      ...a.subtrees.map(([l, ms]) => `| ${esc(l)} | ${q(ms)} | ${pct(ms, a.nonIdleMs)} |`),
      '',
      `### Inside graphql-js execution (${EXECUTE_SPLIT_NOTE})`,
      '',
      `Of the execution's ${q(a.subtrees[0]![1])} ms/request, ${q(a.executionRootRead)} are under the root field's read (json-read, runPrepared and what they call, synchronously).`,
      '',
      '| category | ms/request | % of all non-idle |',
      '|---|--:|--:|',
      ...a.executeSplit.map(([n, ms]) => `| ${esc(n)} | ${q(ms)} | ${pct(ms, a.nonIdleMs)} |`),
      '',
      '| top functions inside execution | file:line | ms/request | % |',
      '|---|---|--:|--:|',
      ...a.executeTop.map((t) => `| ${esc(t.name)} | ${esc(t.loc || '–')} | ${q(t.ms)} | ${pct(t.ms, a.nonIdleMs)} |`),
      '',
    );
    if (r.perf) {
      const p = r.perf;
      const qp = (ms: number) => f2(per(ms, p.requests));
      lines.push(
        '### All threads and native code (perf)',
        '',
        `perf record -e cpu-clock -F ${perfHz} -g on the hub's process during a timed run (${p.requests} requests, ${r.perfRun!.rps.toFixed(0)} req/s; /proc: ${f2(r.perfRun!.cpuMs)} CPU ms/request, perf's samples ${qp(p.totalMs)} ms/request). Frame-pointer stacks; JIT code named from V8's perf map (\`--perf-basic-prof\`) as it stood when the sample was taken (V8 reuses freed code's addresses: the map's size is read every 100 ms during the run); a function V8 inlined is part of its caller here. Each sample in the first matching row, in this order: GC, JSON.parse, JSON.stringify, compilers, crypto, kernel, then by the innermost JavaScript frame.`,
        '',
        '| thread | ms/request | % |',
        '|---|--:|--:|',
        ...p.threads.map(([n, ms]) => `| ${esc(n)} | ${qp(ms)} | ${pct(ms, p.totalMs)} |`),
        '',
        '| what ran | ms/request | % |',
        '|---|--:|--:|',
        ...p.buckets.slice(0, 30).map(([n, ms]) => `| ${esc(n)} | ${qp(ms)} | ${pct(ms, p.totalMs)} |`),
        '',
        '| JSON.parse called from | ms/request | % |',
        '|---|--:|--:|',
        ...p.jsonParseCallers.map(([n, ms]) => `| ${esc(n)} | ${qp(ms)} | ${pct(ms, p.totalMs)} |`),
        '',
        '| JSON.stringify called from | ms/request | % |',
        '|---|--:|--:|',
        ...p.stringifyCallers.map(([n, ms]) => `| ${esc(n)} | ${qp(ms)} | ${pct(ms, p.totalMs)} |`),
        '',
        '| main-thread GC, by the code allocating when it began | ms/request | % |',
        '|---|--:|--:|',
        ...p.gcTriggers.map(([n, ms]) => `| ${esc(n)} | ${qp(ms)} | ${pct(ms, p.totalMs)} |`),
        '',
      );
    }
  }
  lines.push(
    '## What a sampling profile can and cannot say',
    '',
    `- **Sampling.** One sample per ~${intervalUs} µs of the main thread (V8) and ${perfHz} Hz per thread (perf): a figure below ~1 % of a run rests on a few dozen samples, and each run is one run on a shared virtual machine.`,
    "- **Wall time in the V8 profile.** V8 takes a sample every interval of wall time while the main thread is outside the event loop's wait, also when the thread is ready but off the CPU (PostgreSQL and autocannon share this machine's two CPUs) or blocked (a GC pause waiting for helper threads): time in `writev` and in GC weighs more there than on the CPU. perf samples CPU time only, of every thread.",
    "- **The profiler's own cost.** Under `--cpu-prof` the hub serves fewer requests per second and spends more CPU per request than without it (Summary); shares are more trustworthy than absolute milliseconds. The perf process runs with `--perf-basic-prof --interpreted-frames-native-stack` (a map entry per compiled function, interpreter frames on the native stack) in both its baseline and its perf run; the baseline is therefore not quite the bench's hub, and the Summary shows both.",
    "- **Native code has no frame in the V8 profile.** JSON.parse, JSON.stringify, RegExp and other builtins are counted in the self time of the JavaScript function that called them: pg's `Result.parseRow` holds the JSON.parse of each row's JSON, Apollo's `prettyJSONStringify` the JSON.stringify of the response. perf shows them apart.",
    "- **Inlining.** V8's profile restores inlined functions from source positions (usually right, sometimes attributed to the caller); perf does not, so its JavaScript rows are by the outermost non-inlined function.",
    "- **GC.** In the V8 profile, \"(garbage collector)\" is only the main thread's pauses, without the code that caused them; concurrent marking and sweeping on V8's helper threads are not in it at all (perf's thread table has them). No CPU profile can apportion GC to a cause: what survives scavenges and is promoted (`--trace-gc-nvp`), or a heap profile, can.",
    "- **(program)** is main-thread time in native code that is not a JavaScript function nor GC: V8 runtime and Node's C++ (the HTTP parser, socket writes), libuv.",
    '- **Async stacks.** A stack starts where the event loop resumed: work after an `await` is not under its caller, so "inclusive" figures are exact for synchronous work only (see Subtrees).',
    "- **Not CPU.** Waiting for PostgreSQL is idle time in the profile and not in CPU ms/request; PostgreSQL's own CPU (building the JSON) is in neither.",
    '',
  );

  const profilePath = path.join(projectRoot, 'bench', 'PROFILE.md');
  const MARKER = '<!-- The reading below is written by hand and kept when the tables above are generated again. -->';
  const previous = fs.existsSync(profilePath) ? fs.readFileSync(profilePath, 'utf8') : '';
  const reading = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER) + MARKER.length).replace(/^\n+/, '') : '## Reading\n\n(to be written)\n';
  const report = `${lines.join('\n')}\n${MARKER}\n\n${reading}`;
  if (perfNote.length) console.warn(perfNote.join('\n'));
  if (write) {
    fs.writeFileSync(profilePath, report);
    console.log(`\nWritten to bench/PROFILE.md${keep ? `; profiles kept in ${keep}` : ''}`);
  } else {
    console.log(
      `\n${lines.join('\n')}\n\nNot written to bench/PROFILE.md (${N} agreements: a quick check; --write writes it).${keep ? ` Profiles kept in ${keep}.` : ''}`,
    );
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
  await sleep(children.size ? 2000 : 0);
  for (const child of children) child.kill('SIGKILL');
  for (const f of perfMaps) fs.rmSync(f, { force: true });
  await sql.end();
  await server.dropDatabase(database).catch(() => {});
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
