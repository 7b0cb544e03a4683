import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signDevToken } from '../src/access/tokens.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabaseServer } from '../src/db/database-server.js';
import { openOrm } from '../src/db/orm.js';
import { SERVICES } from '../src/domain/measure-services.js';
import { startHubServer } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';

// Values are spread by hashes of the row number, so that no two columns move in step (a plain
// i % 265 and j % 5 would give every agreement of one municipality the same measure status).
/**
 * Art. 12 indicators at scale: generates N agreements (default 100,000) with their holders, plans and
 * about 3 measures each (every service, every status), set-based in SQL, into a dedicated database;
 * then asks the hub for indicators over a year, nationally and for one province, through GraphQL
 * over HTTP as a national body would. Prints the time of each query (median and worst of the runs).
 *   npx tsx bench/indicators.ts [--agreements 100000] [--runs 7]
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const [agreements, runs] = [arg('agreements', 100_000), arg('runs', 7)];

const log = createLogger({ logLevel: 'warn' });
const tmp = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
if (tmp) fs.chmodSync(tmp, 0o755);
const base = loadConfig({ ...process.env, NODE_ENV: 'test', ...(tmp ? { EMBEDDED_PG_DIR: path.join(tmp, 'pg'), EMBEDDED_PG_PORT: '54398' } : {}) });
const server = await openDatabaseServer(base, log);
const database = `hub_bench_indicators_${Date.now()}`;
await server.createDatabase(database);
const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_SECOND: '0', DATABASE_URL: server.url(database) });
const orm = await openOrm(config.database.url!, log, 10);
const sql = orm.em.getConnection();

const step = async (label: string, fn: () => Promise<unknown>) => {
  const started = performance.now();
  process.stdout.write(`${label} … `);
  await fn();
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
};

const services = Object.entries(SERVICES).map(([service, { area }]) => `('${service}', '${area}')`);
await step(`generating ${agreements.toLocaleString('en')} beneficiaries and agreements`, async () => {
  await sql.execute(`insert into beneficiary (id, lnch, given_name_latin, family_name_latin, birth_date, sex, citizenship, protection_kind)
    select md5('b' || i)::uuid, lpad(i::text, 10, '0'), 'Given', 'Family', date '1950-01-01' + (i * 37 % 26000),
      case when i % 2 = 0 then 'FEMALE' else 'MALE' end, (array['SY','AF','IQ','UA','IR','PK','ER','SO','TR','YE'])[1 + abs(hashint4(i + 1)) % 10],
      (array['REFUGEE_STATUS','HUMANITARIAN_STATUS'])[1 + i % 2]
    from generate_series(1, ${agreements}) i`);
  await sql.execute(`insert into agreement (id, municipality_code, holder_id, signed_on, ends_on, status)
    select md5('a' || i)::uuid, m.codes[1 + abs(hashint4(i)) % m.n], md5('b' || i)::uuid, date '2025-01-01' + (i % 540), date '2026-01-01' + (i % 540), 'ACTIVE'
    from generate_series(1, ${agreements}) i, (select array_agg(code order by code) codes, count(*)::int n from municipality) m`);
  await sql.execute(`insert into integration_plan (id, agreement_id, beneficiary_id, kind)
    select md5('p' || i)::uuid, md5('a' || i)::uuid, md5('b' || i)::uuid, 'ADULT' from generate_series(1, ${agreements}) i`);
});
await step(`generating ${(agreements * 3).toLocaleString('en')} measures`, async () => {
  await sql.execute(`insert into measure (plan_id, area, service, description, responsible_institution_code, status, result_recorded_on)
    select md5('p' || (1 + j % ${agreements}))::uuid, s.area, s.service, 'bench', 'AZ',
      (array['PLANNED','IN_PROGRESS','DONE','DONE','NOT_DONE'])[1 + abs(hashint4(j)) % 5], date '2025-02-01' + abs(hashint4(j + 7)) % 600
    from generate_series(1, ${agreements * 3}) j
    join (select row_number() over () - 1 as k, service, area from (values ${services.join(', ')}) v(service, area)) s on s.k = j % ${services.length}`);
  await sql.execute('analyze');
});

const hub = await startHubServer({ config, orm, log });
const token = await signDevToken(config.jwt, { role: 'COORDINATOR', purpose: 'benchmark' });
const queries: [string, string][] = [
  ['EMPLOYED, total, national', '{ indicator(query: { indicator: EMPLOYED, from: "2025-06-01", to: "2026-05-31" }) { total } }'],
  [
    'EMPLOYED by SEX, AGE_GROUP, national',
    '{ indicator(query: { indicator: EMPLOYED, from: "2025-06-01", to: "2026-05-31", groupBy: [SEX, AGE_GROUP] }) { total cells { count } } }',
  ],
  [
    'SOCIAL_ASSISTANCE by SERVICE, CITIZENSHIP',
    '{ indicator(query: { indicator: SOCIAL_ASSISTANCE, from: "2025-06-01", to: "2026-05-31", groupBy: [SERVICE, CITIZENSHIP] }) { total cells { count } } }',
  ],
  [
    'HOUSING_SERVICES by PROTECTION_KIND, one province',
    '{ indicator(query: { indicator: HOUSING_SERVICES, from: "2025-06-01", to: "2026-05-31", groupBy: [PROTECTION_KIND], provinceCode: "SOF" }) { total cells { count } } }',
  ],
  [
    'CHILDREN_IN_EDUCATION by MUNICIPALITY, national',
    '{ indicator(query: { indicator: CHILDREN_IN_EDUCATION, from: "2025-06-01", to: "2026-05-31", groupBy: [MUNICIPALITY] }) { total cells { count } } }',
  ],
];
console.log(`\n${agreements.toLocaleString('en')} agreements; each query ${runs} times over HTTP (GraphQL, policy and scope on), sequentially`);
console.log('| query | median ms | worst ms | total |\n|---|---|---|---|');
for (const [label, query] of queries) {
  const times: number[] = [];
  let total: unknown;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    }).then((r) => r.json() as Promise<{ data?: { indicator: { total: number | null } }; errors?: unknown }>);
    times.push(performance.now() - started);
    if (res.errors) throw new Error(`${label}: ${JSON.stringify(res.errors)}`);
    total = res.data!.indicator.total;
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(res.data));
  }
  times.sort((a, b) => a - b);
  console.log(`| ${label} | ${times[Math.floor(times.length / 2)]!.toFixed(0)} | ${times.at(-1)!.toFixed(0)} | ${total} |`);
}
await hub.stop();
await orm.close();
await server.dropDatabase(database);
await server.stop();
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
