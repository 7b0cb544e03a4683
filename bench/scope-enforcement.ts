import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Principal } from '../src/access/principal.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabaseServer } from '../src/db/database-server.js';
import { openOrm } from '../src/db/orm.js';
import { institutionCodeOf, Role } from '../src/domain/institutions.js';
import { Agreement } from '../src/modules/agreements/agreement.entity.js';
import { Beneficiary } from '../src/modules/beneficiaries/beneficiary.entity.js';
import { scopes, within } from '../src/modules/scopes.js';
import { createLogger } from '../src/server/logger.js';
import { generate } from './dataset.js';
import { agreementJson } from './floor-sql.js';

/**
 * Where row scopes are enforced: as SQL conditions the application writes into each statement (the
 * hub today: src/modules/scopes.ts; read/json-text.ts scopes the root type only, an agreement's people
 * are not checked again), or by PostgreSQL row-level security with per-request settings
 * (`set_config('hub.role' | 'hub.unit', …, true)` in a transaction per request), which checks every
 * table a statement reads, the nested subselects included.
 *
 * Generates the read-path data set (bench/dataset.ts) into a fresh database, then:
 *   1. SQL level, through a pg.Pool of C connections, C concurrent loops per run, the floor's
 *      hand-written statements (bench/floor-server.ts, PostgreSQL builds the JSON):
 *        W2  a page of 100 agreements of a municipality, nested (holder, members, plans, measures), as MUNICIPALITY;
 *        W4  a page of 100 agreements of a province, no members, health measures only, as RZI;
 *        B1  a page of 100 beneficiaries (by family name, id), as MUNICIPALITY (scopes.beneficiary).
 *      Variants: `explicit` (the scope in the root's WHERE, no RLS, one statement), `explicit+tx`
 *      (the same inside the RLS variants' BEGIN, set_config, COMMIT: their round trips alone), `rls`
 *      (no scope in the statement; run as a login role of its own on tables with row-level security
 *      and policies that are the hub's scopes written out, reading the settings on each row) and
 *      `rls-tuned` (the same scopes as policies written for the planner: the settings in scalar
 *      subselects, evaluated once; the agreement's municipalities as an array an index can take;
 *      EXISTS on the parent for members, plans and measures). When the server can JIT-compile, both
 *      RLS variants run again with `jit = off` for the request. Every variant is first checked to
 *      give the same JSON for a few units; then req/s, p50 and p99 per variant, rounds alternating
 *      the order, the median over rounds; and one EXPLAIN (ANALYZE, TIMING off) of each.
 *   2. ORM level: em.find of a page of 100 agreements and of 100 beneficiaries as MUNICIPALITY, ms
 *      per call (sequential, a fresh fork each) and the SQL each sends, the scope in the where
 *      (`within`) or supplied by a MikroORM filter: one registered on the fork with the principal as
 *      its parameter; one on each of Agreement and Beneficiary with MikroORM's defaults (which join
 *      the holder, in its filter's scope); and the filters of the ORM's configuration, if it has any.
 * With DATABASE_URL, the database (bench_scopes_<pid>) is made on that server; otherwise on an
 * embedded one. The database, the login roles and the embedded server are removed at the end.
 *   npx tsx bench/scope-enforcement.ts [--agreements 20000] [--seconds 5] [--rounds 3] [--connections 8] [--calls 500]
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const [N, seconds, rounds, connections, calls] = [arg('agreements', 20_000), arg('seconds', 5), arg('rounds', 3), arg('connections', 8), arg('calls', 500)];

const log = createLogger({ logLevel: 'warn' });
const tmp = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
if (tmp) fs.chmodSync(tmp, 0o755);
const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...(tmp ? { EMBEDDED_PG_DIR: path.join(tmp, 'pg'), EMBEDDED_PG_PORT: '54395' } : {}) });
const server = await openDatabaseServer(config, log);
const database = `bench_scopes_${process.pid}`;
const url = server.url(database);
/** The login roles the RLS variants run as, one per set of policies (a policy applies to its role only). */
const ROLES = { plain: `bench_rls_${process.pid}`, tuned: `bench_rls_tuned_${process.pid}` };
const pools: pg.Pool[] = [];
let orm: MikroORM | undefined;

// --- what is measured ---

type Variant = 'explicit' | 'explicit+tx' | 'rls' | 'rls-tuned' | 'rls, jit off' | 'rls-tuned, jit off';
interface Runner {
  variant: Variant;
  pool: pg.Pool;
  /** the statement with the root's scope condition (explicit) or without (RLS) */
  scoped: boolean;
  /** BEGIN; set_config(…); statement; COMMIT on one client */
  tx: boolean;
  jitOff: boolean;
}
interface Statement {
  name: 'W2' | 'W4' | 'B1';
  label: string;
  role: 'MUNICIPALITY' | 'RZI';
  unit: string;
  /** units the variants are checked equal on */
  checkUnits: string[];
  explicit: string;
  rls: string;
}

const page = (node: string, where: string) =>
  `select json_build_object('agreements', json_build_object('edges', coalesce(json_agg(json_build_object('node', ${node}) order by a.signed_on desc, a.id desc), '[]'))) as data
   from (select * from agreement ${where} order by signed_on desc, id desc limit 100) a`;
const W2 = (where: string) => page(agreementJson('a', { members: true, planKind: true, measuresWhere: '' }), where);
const W4 = (where: string, measuresWhere: string) => page(agreementJson('a', { members: false, planKind: false, measuresWhere }), where);
const B1 = (where: string) =>
  `select json_build_object('beneficiaries', coalesce(json_agg(json_build_object('id', b.id, 'lnch', b.lnch, 'givenNameLatin', b.given_name_latin,
     'familyNameLatin', b.family_name_latin, 'birthDate', b.birth_date, 'citizenship', b.citizenship, 'protectionKind', b.protection_kind)
     order by b.family_name_latin, b.id), '[]')) as data
   from (select * from beneficiary ${where} order by family_name_latin, id limit 100) b`;
// scopes.beneficiary for MUNICIPALITY and scopes.agreement for RZI, as the hub writes them (src/modules/scopes.ts).
const MUNICIPALITY_BENEFICIARIES =
  'id in (select applicant_id from agreement_application where forwarded_to_code = $1' +
  ' union select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id where a.municipality_code = $1' +
  ' union select a.holder_id from agreement a where a.municipality_code = $1)';
const IN_PROVINCE = (column: string, unit: string) => `${column} in (select code from municipality where province_code = ${unit})`;

// --- the policies ---

const ROLE = "current_setting('hub.role', true)";
const UNIT = "current_setting('hub.unit', true)";
/** The hub's scopes for MUNICIPALITY and RZI, written out as policies: the settings read where they are used (on every row). */
const plainPolicies = (to: string) => [
  `create policy scope on agreement for select to ${to} using (
     (${ROLE} = 'MUNICIPALITY' and municipality_code = ${UNIT}) or (${ROLE} = 'RZI' and ${IN_PROVINCE('municipality_code', UNIT)}))`,
  `create policy scope on agreement_member for select to ${to} using (agreement_id in (select id from agreement))`,
  `create policy scope on integration_plan for select to ${to} using (agreement_id in (select id from agreement))`,
  `create policy scope on measure for select to ${to} using (plan_id in (select id from integration_plan) and (${ROLE} <> 'RZI' or area = 'HEALTHCARE'))`,
  `create policy scope on beneficiary for select to ${to} using (
     (${ROLE} = 'MUNICIPALITY' and ${MUNICIPALITY_BENEFICIARIES.replaceAll('$1', UNIT)})
     or (${ROLE} = 'RZI' and id in (select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id where ${IN_PROVINCE('a.municipality_code', UNIT)}
       union select a.holder_id from agreement a where ${IN_PROVINCE('a.municipality_code', UNIT)})))`,
];
/**
 * The same scopes written for the planner: the agreement's municipalities as an array (one scalar
 * subselect, evaluated once per statement, that an index scan takes as its key); the settings in scalar
 * subselects; members, plans and measures by EXISTS on their parent (a primary-key probe per row, whose
 * own policy applies); a beneficiary through the agreements the agreement policy lets the role see.
 */
const tunedPolicies = (to: string) => [
  `create function bench_scope_municipalities() returns text[] language sql stable as $$
     select case ${ROLE} when 'MUNICIPALITY' then array[${UNIT}]
       when 'RZI' then array(select code::text from municipality where province_code = ${UNIT}) else '{}'::text[] end $$`,
  `create policy scope_tuned on agreement for select to ${to} using (municipality_code::text = any ((select bench_scope_municipalities())::text[]))`,
  `create policy scope_tuned on agreement_member for select to ${to} using (exists (select 1 from agreement a where a.id = agreement_member.agreement_id))`,
  `create policy scope_tuned on integration_plan for select to ${to} using (exists (select 1 from agreement a where a.id = integration_plan.agreement_id))`,
  `create policy scope_tuned on measure for select to ${to} using (
     exists (select 1 from integration_plan p where p.id = measure.plan_id) and ((select ${ROLE}) <> 'RZI' or area = 'HEALTHCARE'))`,
  `create policy scope_tuned on beneficiary for select to ${to} using (
     id in (select applicant_id from agreement_application where forwarded_to_code = (select case when ${ROLE} = 'MUNICIPALITY' then ${UNIT} end)
       union select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id
       union select a.holder_id from agreement a))`,
];
const RLS_TABLES = ['agreement', 'agreement_member', 'integration_plan', 'measure', 'beneficiary'];

// --- helpers ---

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
const asText = (sql: string) => `select data::text as data from (${sql}) q`;
const settingsSql = (jitOff: boolean) =>
  `select set_config('hub.role', $1, true), set_config('hub.unit', $2, true)${jitOff ? ", set_config('jit', 'off', true)" : ''}`;

/** Runs `work` on one client inside BEGIN … COMMIT after the request's settings (the RLS variants' request). */
async function inRequest<T>(r: Runner, s: Statement, unit: string, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await r.pool.connect();
  try {
    await client.query('begin');
    await client.query({ name: `settings${r.jitOff ? '-nojit' : ''}`, text: settingsSql(r.jitOff), values: [s.role, unit] });
    const result = await work(client);
    await client.query('commit');
    client.release();
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    client.release(error as Error);
    throw error;
  }
}

/** One request: the statement's JSON, as text. */
async function request(r: Runner, s: Statement, unit = s.unit): Promise<string> {
  // A cached plan keeps the JIT decision it was planned with: the jit-off variants prepare their own.
  const query = {
    name: `${s.name}-${r.scoped ? 'explicit' : 'rls'}${r.jitOff ? '-nojit' : ''}`,
    text: asText(r.scoped ? s.explicit : s.rls),
    values: r.scoped ? [unit] : [],
  };
  if (!r.tx) return (await r.pool.query<{ data: string }>(query)).rows[0]!.data;
  return inRequest(r, s, unit, async (c) => (await c.query<{ data: string }>(query)).rows[0]!.data);
}

/** C loops for `duration` seconds: req/s and latency quantiles (ms). */
async function load(r: Runner, s: Statement, duration: number) {
  const latencies: number[] = [];
  const start = performance.now();
  const end = start + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await request(r, s);
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / ((performance.now() - start) / 1000), p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Total Cost'?: number;
  Plans?: PlanNode[];
}
/** Rows the plan's scans read (returned and filtered out, times loops): the work a policy adds. */
const rowsScanned = (n: PlanNode): number =>
  (n['Relation Name'] ? ((n['Actual Rows'] ?? 0) + (n['Rows Removed by Filter'] ?? 0)) * (n['Actual Loops'] ?? 1) : 0) +
  (n.Plans ?? []).reduce((sum, child) => sum + rowsScanned(child), 0);

async function explain(r: Runner, s: Statement) {
  const text = `explain (analyze, buffers off, timing off, format json) ${r.scoped ? s.explicit : s.rls}`;
  const values = r.scoped ? [s.unit] : [];
  const run = async (c: pg.Pool | pg.PoolClient) => (await c.query<{ 'QUERY PLAN': unknown }>(text, values)).rows[0]!['QUERY PLAN'];
  const [plan] = (r.tx ? await inRequest(r, s, s.unit, run) : await run(r.pool)) as [
    { Plan: PlanNode; 'Planning Time': number; 'Execution Time': number; JIT?: { Functions: number; Options: Record<string, boolean> } },
  ];
  return {
    execution: plan['Execution Time'],
    planning: plan['Planning Time'],
    // TIMING off leaves JIT's own timing out: what it compiled, and how (its cost shows against the jit-off variant).
    jit: plan.JIT ? `${plan.JIT.Functions} fns${plan.JIT.Options.Inlining ? ', inl' : ''}${plan.JIT.Options.Optimization ? ', opt' : ''}` : '-',
    cost: plan.Plan['Total Cost'] ?? Number.NaN,
    // PostgreSQL 18 gives rows per loop with decimals.
    scanned: Math.round(rowsScanned(plan.Plan)),
  };
}

// --- the run ---

async function main() {
  await server.createDatabase(database);
  orm = await openOrm(url, log, 4, { onQuery: (line) => ormQueries.push(line) });
  // The hook's query log is off except while the ORM's statements are shown (formatting each would be timed too).
  orm.config.getLogger().setDebugMode(false);
  const owner = new pg.Pool({ connectionString: url, max: connections, application_name: 'bench-scopes' });
  pools.push(owner);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    await generate(sql, N);
  } finally {
    await sql.end();
  }

  // The busiest municipalities and provinces: the units measured and checked.
  const municipalities = (
    await owner.query<{ code: string; n: number }>('select municipality_code as code, count(*)::int as n from agreement group by 1 order by 2 desc, 1 limit 3')
  ).rows;
  const quiet = (
    await owner.query<{ code: string }>('select code from municipality where code not in (select municipality_code from agreement) order by code limit 1')
  ).rows.map((r) => r.code);
  const provinces = (
    await owner.query<{ code: string; n: number }>(
      'select mu.province_code as code, count(*)::int as n from agreement a join municipality mu on mu.code = a.municipality_code group by 1 order by 2 desc, 1 limit 3',
    )
  ).rows;
  const municipality = municipalities[0]!.code;
  const province = provinces[0]!.code;
  const statements: Statement[] = [
    {
      name: 'W2',
      label: `page of 100 agreements, nested, MUNICIPALITY ${municipality} (${municipalities[0]!.n} agreements)`,
      role: 'MUNICIPALITY',
      unit: municipality,
      checkUnits: [...municipalities.map((m) => m.code), ...quiet],
      explicit: W2('where municipality_code = $1'),
      rls: W2(''),
    },
    {
      name: 'W4',
      label: `page of 100 agreements, RZI ${province} (${provinces[0]!.n} agreements in the province)`,
      role: 'RZI',
      unit: province,
      checkUnits: provinces.map((p) => p.code),
      explicit: W4(`where ${IN_PROVINCE('municipality_code', '$1')}`, "and x.area = 'HEALTHCARE'"),
      rls: W4('', ''),
    },
    {
      name: 'B1',
      label: `page of 100 beneficiaries, MUNICIPALITY ${municipality}`,
      role: 'MUNICIPALITY',
      unit: municipality,
      checkUnits: [...municipalities.map((m) => m.code), ...quiet],
      explicit: B1(`where ${MUNICIPALITY_BENEFICIARIES}`),
      rls: B1(''),
    },
  ];

  // --- row-level security: the roles, the policies ---
  const passwords = { plain: crypto.randomBytes(18).toString('base64url'), tuned: crypto.randomBytes(18).toString('base64url') };
  const id = pg.escapeIdentifier;
  for (const kind of ['plain', 'tuned'] as const) {
    await owner.query(`create role ${id(ROLES[kind])} login nosuperuser noinherit nobypassrls password ${pg.escapeLiteral(passwords[kind])}`);
    await owner.query(`grant usage on schema public to ${id(ROLES[kind])}`);
    await owner.query(`grant select on all tables in schema public to ${id(ROLES[kind])}`);
  }
  for (const table of RLS_TABLES) await owner.query(`alter table ${table} enable row level security`);
  for (const ddl of [...plainPolicies(id(ROLES.plain)), ...tunedPolicies(id(ROLES.tuned))]) await owner.query(ddl);
  const poolAs = (kind: 'plain' | 'tuned') => {
    const u = new URL(url);
    u.username = ROLES[kind];
    u.password = passwords[kind];
    const pool = new pg.Pool({ connectionString: u.toString(), max: connections, application_name: 'bench-scopes-rls' });
    pools.push(pool);
    return pool;
  };
  const plain = poolAs('plain');
  const tuned = poolAs('tuned');
  const jit = (
    await owner.query<{ jit: string; available: boolean; costs: string }>(
      `select current_setting('jit') as jit, pg_jit_available() as available, concat_ws(', ', 'jit_above_cost ' || current_setting('jit_above_cost'),
        'jit_inline_above_cost ' || current_setting('jit_inline_above_cost'), 'jit_optimize_above_cost ' || current_setting('jit_optimize_above_cost')) as costs`,
    )
  ).rows[0]!;
  const version = (await owner.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
  const jitOn = jit.jit === 'on' && jit.available;
  const runners: Runner[] = [
    { variant: 'explicit', pool: owner, scoped: true, tx: false, jitOff: false },
    { variant: 'explicit+tx', pool: owner, scoped: true, tx: true, jitOff: false },
    { variant: 'rls', pool: plain, scoped: false, tx: true, jitOff: false },
    { variant: 'rls-tuned', pool: tuned, scoped: false, tx: true, jitOff: false },
    ...(jitOn
      ? ([
          { variant: 'rls, jit off', pool: plain, scoped: false, tx: true, jitOff: true },
          { variant: 'rls-tuned, jit off', pool: tuned, scoped: false, tx: true, jitOff: true },
        ] as Runner[])
      : []),
  ];
  console.log(`\nPostgreSQL ${version}; jit ${jit.jit} (${jit.available ? 'available' : 'not available'}), ${jit.costs}`);

  // --- before timing: every variant gives the same JSON ---
  for (const pool of [plain, tuned]) {
    // Without the settings, a role with policies sees nothing (deny by default).
    const c = await pool.connect();
    const n = (await c.query<{ n: number }>('select (select count(*) from agreement)::int + (select count(*) from beneficiary)::int as n')).rows[0]!.n;
    c.release();
    if (n !== 0) throw new Error(`an RLS role sees ${n} rows without hub.role and hub.unit set`);
  }
  console.log('\nchecks: the same JSON from every variant');
  for (const s of statements) {
    const counts: string[] = [];
    for (const unit of s.checkUnits) {
      const expected = await request(runners[0]!, s, unit);
      for (const r of runners.slice(1)) {
        const got = await request(r, s, unit);
        if (got !== expected) {
          throw new Error(
            `${s.name} for ${s.role} ${unit}: ${r.variant} gives other JSON than explicit (${got.length} vs ${expected.length} characters):\n` +
              `explicit: ${expected.slice(0, 300)}…\n${r.variant}: ${got.slice(0, 300)}…`,
          );
        }
      }
      const data = JSON.parse(expected) as { agreements?: { edges: unknown[] }; beneficiaries?: unknown[] };
      counts.push(`${unit} ${(data.agreements?.edges ?? data.beneficiaries ?? []).length}`);
    }
    console.log(`  ${s.name}: equal for ${counts.join(', ')} root rows`);
  }

  // --- one EXPLAIN ANALYZE of each ---
  console.log('\nEXPLAIN (ANALYZE, BUFFERS off, TIMING off), one run each, as the variant runs (RLS: its role, inside the transaction with the settings)');
  const ew = [22, 10, 9, 12, 18, 14];
  console.log(row(['statement / variant', 'exec ms', 'plan ms', 'est. cost', 'JIT', 'rows scanned'], ew));
  console.log("  (rows scanned: rows the plan's scans read, returned or filtered out, times their loops)");
  const explained = new Map<string, Awaited<ReturnType<typeof explain>>>();
  for (const s of statements) {
    for (const r of runners.filter((r) => r.variant !== 'explicit+tx')) {
      await request(r, s); // prepared and cached as measured
      const e = await explain(r, s);
      explained.set(`${s.name} ${r.variant}`, e);
      console.log(row([`${s.name} ${r.variant}`, fixed(e.execution, 2), fixed(e.planning, 2), fixed(e.cost, 0), e.jit, e.scanned], ew));
    }
  }

  // --- throughput ---
  console.log(
    `\nSQL level: ${connections} connections, ${seconds} s per run (after 1 s of warm-up), ${rounds} rounds alternating the order, median over rounds` +
      '\n  (explicit runs as the owner, to whom no policy applies; ratios are of the medians)',
  );
  const results = new Map<string, { rps: number[]; p50: number[]; p99: number[] }>();
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? runners : [...runners].reverse();
    for (const s of statements) {
      for (const r of order) {
        await load(r, s, 1);
        const m = await load(r, s, seconds);
        const key = `${s.name} ${r.variant}`;
        const acc = results.get(key) ?? { rps: [], p50: [], p99: [] };
        acc.rps.push(m.rps);
        acc.p50.push(m.p50);
        acc.p99.push(m.p99);
        results.set(key, acc);
      }
    }
    process.stdout.write(`  round ${round} of ${rounds} done\n`);
  }
  const tw = [20, 9, 9, 9, 14, 14];
  const medians = new Map<string, { rps: number; p50: number; p99: number }>();
  for (const s of statements) {
    console.log(`\n${s.name}: ${s.label}`);
    console.log(row(['variant', 'req/s', 'p50 ms', 'p99 ms', 'req/s ÷ expl.', 'p50 ÷ expl.'], tw));
    const base = results.get(`${s.name} explicit`)!;
    for (const r of runners) {
      const m = results.get(`${s.name} ${r.variant}`)!;
      const med = { rps: median(m.rps), p50: median(m.p50), p99: median(m.p99) };
      medians.set(`${s.name} ${r.variant}`, med);
      console.log(
        row(
          [r.variant, fixed(med.rps, 0), fixed(med.p50, 2), fixed(med.p99, 2), fixed(med.rps / median(base.rps), 2), fixed(med.p50 / median(base.p50), 2)],
          tw,
        ),
      );
    }
  }

  // --- ORM level ---
  const ormLines = await ormLevel(municipality);

  // --- summary ---
  console.log('\nSummary');
  for (const s of statements) {
    const e = medians.get(`${s.name} explicit`)!;
    const parts = runners.slice(1).map((r) => {
      const m = medians.get(`${s.name} ${r.variant}`)!;
      const x = explained.get(`${s.name} ${r.variant}`);
      const exec = x ? `, exec ${fixed(x.execution, 1)} ms${x.jit === '-' ? '' : ', JIT'}` : '';
      return `${r.variant} ${fixed(m.rps / e.rps, 2)}× (p50 ${fixed(m.p50, 1)} ms${exec})`;
    });
    const x = explained.get(`${s.name} explicit`)!;
    console.log(
      `  ${s.name}: explicit ${fixed(e.rps, 0)} req/s (p50 ${fixed(e.p50, 1)} ms, exec ${fixed(x.execution, 1)} ms); req/s of the others: ${parts.join('; ')}`,
    );
  }
  for (const line of ormLines) console.log(`  ${line}`);
}

const ormQueries: string[] = [];

/**
 * ms per em.find (sequential, a fresh fork each), and the SQL each sends: the scope in the where, or
 * supplied by a MikroORM filter registered on the fork with the principal as its parameter. Filters the
 * ORM's configuration declares (a global row-scope filter, once src/ has one) are off in these cases,
 * so that each case's scope is its own, and measured as cases of their own, given `{ principal }`.
 */
async function ormLevel(municipality: string): Promise<string[]> {
  const o = orm!;
  const p: Principal = {
    role: Role.MUNICIPALITY,
    unit: municipality,
    subject: 'bench',
    institutionCode: institutionCodeOf(Role.MUNICIPALITY, municipality),
    purpose: 'benchmark',
  };
  const configured = Object.keys(o.config.get('filters'));
  const off = Object.fromEntries(configured.map((name) => [name, false]));
  const agreements = { limit: 100, orderBy: { signedOn: 'desc', id: 'desc' } } as const;
  const beneficiaries = { limit: 100, orderBy: { familyNameLatin: 'asc', id: 'asc' } } as const;
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).join(',');
  const agreementScope = (args: Record<string, unknown>) => scopes.agreement(args.principal as Principal);
  const beneficiaryScope = (args: Record<string, unknown>) => scopes.beneficiary(args.principal as Principal);
  interface Case {
    name: string;
    /** the case it is compared with (same rows; its SQL) */
    base: string;
    run: () => Promise<string>;
  }
  const AW = 'Agreement, scope in the where';
  const BW = 'Beneficiary, scope in the where';
  const cases: Case[] = [
    { name: AW, base: AW, run: async () => ids(await o.em.fork().find(Agreement, within({}, scopes.agreement(p)), { ...agreements, filters: false })) },
    {
      name: 'Agreement, scope as a filter',
      base: AW,
      run: async () => {
        const fork = o.em.fork();
        fork.addFilter('scope', agreementScope, Agreement);
        fork.setFilterParams('scope', { principal: p });
        return ids(await fork.find(Agreement, {}, { ...agreements, filters: off }));
      },
    },
    {
      // As a team would register them, a scope filter on every entity, with MikroORM's defaults
      // (filtersOnRelations, autoJoinRefsForFilters; whatever the project's configuration says): a
      // find joins each many-to-one whose target has a filter (the holder), in that target's scope.
      name: 'Agreement, filters on Agreement and Beneficiary, MikroORM defaults',
      base: AW,
      run: async () => {
        const saved = [o.config.get('filtersOnRelations'), o.config.get('autoJoinRefsForFilters')] as const;
        o.config.set('filtersOnRelations', true);
        o.config.set('autoJoinRefsForFilters', true);
        try {
          const fork = o.em.fork();
          fork.addFilter('agreementScope', agreementScope, Agreement);
          fork.addFilter('beneficiaryScope', beneficiaryScope, Beneficiary);
          fork.setFilterParams('agreementScope', { principal: p });
          fork.setFilterParams('beneficiaryScope', { principal: p });
          return ids(await fork.find(Agreement, {}, { ...agreements, filters: off }));
        } finally {
          o.config.set('filtersOnRelations', saved[0]);
          o.config.set('autoJoinRefsForFilters', saved[1]);
        }
      },
    },
    ...configured.map((name) => ({
      name: `Agreement, the configured filter '${name}'`,
      base: AW,
      run: async () => {
        const fork = o.em.fork();
        fork.setFilterParams(name, { principal: p });
        return ids(await fork.find(Agreement, {}, agreements));
      },
    })),
    { name: BW, base: BW, run: async () => ids(await o.em.fork().find(Beneficiary, within({}, scopes.beneficiary(p)), { ...beneficiaries, filters: false })) },
    {
      name: 'Beneficiary, scope as a filter',
      base: BW,
      run: async () => {
        const fork = o.em.fork();
        fork.addFilter('scope', beneficiaryScope, Beneficiary);
        fork.setFilterParams('scope', { principal: p });
        return ids(await fork.find(Beneficiary, {}, { ...beneficiaries, filters: off }));
      },
    },
    ...configured.map((name) => ({
      name: `Beneficiary, the configured filter '${name}'`,
      base: BW,
      run: async () => {
        const fork = o.em.fork();
        fork.setFilterParams(name, { principal: p });
        return ids(await fork.find(Beneficiary, {}, beneficiaries));
      },
    })),
  ];

  // The SQL each sends, once; and the same rows as its base.
  const settings = `autoJoinRefsForFilters ${o.config.get('autoJoinRefsForFilters')}, filtersOnRelations ${o.config.get('filtersOnRelations')}`;
  const filters = configured.length ? `configured filters: ${configured.join(', ')}` : 'no configured filters';
  console.log(`\nORM level (MikroORM, em.find on a fresh fork each, MUNICIPALITY ${municipality}; ${filters}; ${settings}): the SQL each sends`);
  const logger = o.config.getLogger();
  const first = new Map<string, { sql: string; ids: string }>();
  const measured: Case[] = [];
  for (const c of cases) {
    ormQueries.length = 0;
    logger.setDebugMode(['query', 'query-params']);
    let got: string;
    try {
      got = await c.run();
    } catch (error) {
      if (c.name === c.base) throw error;
      console.log(`  ${c.name}: fails, not measured: ${(error as Error).message}`);
      continue;
    } finally {
      logger.setDebugMode(false);
    }
    const sql = ormQueries.map((q) => q.replace(/^\[query\]\s*/, '').replace(/\s*\[took [^\]]*\]\s*$/, '')).join('\n    ');
    const base = first.get(c.base);
    if (!got) throw new Error(`ORM: ${c.name} returns no rows`);
    if (base && got !== base.ids) throw new Error(`ORM: ${c.name} returns other rows than ${c.base}`);
    if (!base) first.set(c.name, { sql, ids: got });
    console.log(`  ${c.name} (${got.split(',').length} rows):\n    ${base && sql === base.sql ? `(the same statement as ${c.base})` : sql}`);
    measured.push(c);
  }

  console.log(`\nORM level: ms per call, mean of ${calls} sequential calls after 50 of warm-up, ${rounds} rounds alternating the order, median over rounds`);
  const means = new Map<string, number[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const c of round % 2 === 1 ? measured : [...measured].reverse()) {
      for (let i = 0; i < 50; i++) await c.run();
      const start = performance.now();
      for (let i = 0; i < calls; i++) await c.run();
      means.set(c.name, [...(means.get(c.name) ?? []), (performance.now() - start) / calls]);
    }
  }
  const w = [52, 10, 22];
  console.log(row(['case', 'ms/call', 'vs. scope in the where'], w));
  const lines: string[] = [];
  for (const c of measured) {
    const ms = median(means.get(c.name)!);
    const base = median(means.get(c.base)!);
    const diff = ms - base;
    const versus = `${diff >= 0 ? '+' : ''}${fixed(diff, 3)} ms (${diff >= 0 ? '+' : ''}${fixed((diff / base) * 100, 0)} %)`;
    console.log(row([c.name, fixed(ms, 3), c.name === c.base ? '' : versus], w));
    if (c.name !== c.base) lines.push(`ORM ${c.name}: ${fixed(ms, 2)} ms per call, ${versus} against the scope in the where`);
  }
  return lines;
}

let cleaned = false;
/** Closes what the run opened and drops what it made: pools, the ORM, the roles, the database, the embedded server. */
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await orm?.close().catch(() => {});
  for (const pool of pools) await pool.end().catch(() => {});
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    for (const role of Object.values(ROLES)) {
      const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
      if (exists.rowCount) {
        // Its grants and policies are in this database only: then the role can go.
        await admin.query(`drop owned by ${admin.escapeIdentifier(role)}`);
        await admin.query(`drop role ${admin.escapeIdentifier(role)}`);
      }
    }
  } catch (error) {
    console.error(`could not drop the roles ${Object.values(ROLES).join(', ')}: ${(error as Error).message}`);
  } finally {
    await admin.end().catch(() => {});
  }
  await server.dropDatabase(database).catch((error) => console.error(`could not drop ${database}: ${(error as Error).message}`));
  await server.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

process.once('SIGINT', () => {
  console.error('\ninterrupted: cleaning up');
  void cleanUp().finally(() => process.exit(130));
});
try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
