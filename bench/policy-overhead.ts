import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signDevToken } from '../src/access/tokens.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabaseServer } from '../src/db/database-server.js';
import { openOrm } from '../src/db/orm.js';
import { loadDemoData } from '../src/dev/demo-data.js';
import { startHubServer } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { buildBareSchema } from '../src/server/schema.js';

/**
 * The cost of the access policy and the access log on a read path: the same page query served by
 * the hub as it runs (shield rules, purpose check, audit entry per request) and by the same hub
 * with the bare schema (no rules, so nothing is noted and no audit entry is written). Alternating
 * rounds, one server at a time; prints req/s and latency per round and the median overhead.
 *   npx tsx bench/policy-overhead.ts [--seconds 8] [--rounds 3] [--connections 8]
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const [seconds, rounds, connections] = [arg('seconds', 8), arg('rounds', 3), arg('connections', 8)];

const log = createLogger({ logLevel: 'warn' });
const tmp = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
if (tmp) fs.chmodSync(tmp, 0o755);
const base = loadConfig({ ...process.env, NODE_ENV: 'test', ...(tmp ? { EMBEDDED_PG_DIR: path.join(tmp, 'pg'), EMBEDDED_PG_PORT: '54399' } : {}) });
const server = await openDatabaseServer(base, log);
const database = `hub_bench_${Date.now()}`;
await server.createDatabase(database);
const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_SECOND: '0', DATABASE_URL: server.url(database) });
const orm = await openOrm(config.database.url!, log, 10);
await loadDemoData(orm, log);
const token = await signDevToken(config.jwt, { role: 'SAR', purpose: 'benchmark' });
const body = JSON.stringify({
  query:
    '{ agreements(first: 20) { totalCount edges { node { id status signedOn endsOn municipality { code nameBg } holder { lnch givenNameLatin familyNameLatin citizenship } members { role } } } } }',
});

async function measure(label: string, withPolicy: boolean) {
  const hub = await startHubServer({ config, orm, log, schema: withPolicy ? undefined : await buildBareSchema() });
  const request = { method: 'POST' as const, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
  const probe = await fetch(`${hub.url}/graphql`, request).then((r) => r.json() as Promise<{ errors?: unknown }>);
  if (probe.errors) throw new Error(`${label}: ${JSON.stringify(probe.errors)}`);
  await autocannon({ url: `${hub.url}/graphql`, connections, duration: 2, ...request }); // warm-up
  const result = await autocannon({ url: `${hub.url}/graphql`, connections, duration: seconds, ...request });
  await hub.stop();
  if (result.non2xx || result.errors) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const ratios: number[] = [];
console.log(`page of 20 agreements as SAR; ${connections} connections, ${seconds} s per run, ${rounds} rounds`);
console.log('round | policy+audit req/s (p50/p99 ms) | bare req/s (p50/p99 ms) | overhead');
for (let round = 1; round <= rounds; round++) {
  const bare = await measure('bare', false);
  const full = await measure('policy', true);
  const overhead = (1 - full.rps / bare.rps) * 100;
  ratios.push(overhead);
  console.log(`${round} | ${full.rps.toFixed(0)} (${full.p50}/${full.p99}) | ${bare.rps.toFixed(0)} (${bare.p50}/${bare.p99}) | ${overhead.toFixed(1)} %`);
}
ratios.sort((a, b) => a - b);
console.log(`median overhead of policy and access log: ${ratios[Math.floor(ratios.length / 2)]!.toFixed(1)} % fewer requests per second`);
await new Promise((resolve) => setTimeout(resolve, 500)); // let autocannon's last sockets close
await orm.close();
await server.dropDatabase(database);
await server.stop();
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
