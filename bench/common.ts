import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportSPKI } from 'jose';
import { projectRoot } from '../src/shared/project-root.js';

/**
 * What the read-path benchmark (read-paths.ts) and its profile (profile-read-paths.ts) share: the
 * workloads' queries, the hub as `npm start` runs it, and a process's CPU from /proc.
 */

/** The nested selection of an agreement (W1, W2; W4 without the members and plans' kind, as RZI asks; W5 with the kind). */
const SELECTION = (members: boolean, planKind = members) =>
  `id status signedOn endsOn municipality { code nameBg } holder { id lnch givenNameLatin familyNameLatin } ${members ? 'members { role beneficiary { id givenNameLatin familyNameLatin } }' : ''} plans { ${planKind ? 'kind ' : ''}measures { area status description } }`;
// PostGraphile's names are Amber's (no simplify-inflection): rowId is the primary key (id is its
// global node id), relations are named by their foreign keys. Lists in the hub's order, id last
// (src/modules/agreements/agreement.json.ts): the page by signedOn then id, descending; members by
// role, joinedOn, id; plans by kind, createdAt, id; measures by createdAt, id.
// W4 is what the hub gives RZI of the province (src/modules/scopes.ts, policy.ts): the page is the
// same (a municipality of its province, all in scope); no members (AGREEMENT data, not RZI's); no
// plan kind (an adult's plan's kind is PLAN data, a child's CHILD); only HEALTHCARE measures (HEALTH
// data; scopes.measure), as a condition. Both servers are asked the same fields. W5 asks the hub the
// plan kind too, which it refuses to RZI on every plan (null and a located FORBIDDEN each): the
// refusal path, measured on the hub alone.
const PG_SELECTION = (rzi: boolean) =>
  `rowId status signedOn endsOn municipalityByMunicipalityCode { code nameBg } beneficiaryByHolderId { rowId lnch givenNameLatin familyNameLatin }
   ${rzi ? '' : 'agreementMembersByAgreementId(orderBy: [ROLE_ASC, JOINED_ON_ASC, ROW_ID_ASC]) { nodes { role beneficiaryByBeneficiaryId { rowId givenNameLatin familyNameLatin } } }'}
   integrationPlansByAgreementId(orderBy: [KIND_ASC, CREATED_AT_ASC, ROW_ID_ASC]) { nodes { ${rzi ? '' : 'kind '}measuresByPlanId(${rzi ? 'condition: { area: "HEALTHCARE" }, ' : ''}orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { area status description } } } }`;
const PG_PAGE = (rzi: boolean) =>
  `allAgreements(condition: { municipalityCode: $m }, orderBy: [SIGNED_ON_DESC, ROW_ID_DESC], first: 100) { nodes { ${PG_SELECTION(rzi)} } }`;
const W = (name: string, variables: string) => `query ${name}(${variables})`;
const HUB_PAGE = (name: string, members: boolean, planKind = members) =>
  `${W(name, '$m: String!')} { agreements(first: 100, filter: { municipalityCode: $m }) { edges { node { ${SELECTION(members, planKind)} } } } }`;

/** The read workloads as the hub and PostGraphile are asked them: W1 with `$id`, W2, W4 and W5 with `$m`, W3 with `$p`. */
export const READ_QUERIES = {
  W1: {
    hub: `${W('W1', '$id: ID!')} { agreement(id: $id) { ${SELECTION(true)} } }`,
    postgraphile: `${W('W1', '$id: UUID!')} { agreementByRowId(rowId: $id) { ${PG_SELECTION(false)} } }`,
  },
  W2: { hub: HUB_PAGE('W2', true), postgraphile: `${W('W2', '$m: String!')} { ${PG_PAGE(false)} }` },
  W4: { hub: HUB_PAGE('W4', false), postgraphile: `${W('W4', '$m: String!')} { ${PG_PAGE(true)} }` },
  W5: { hub: HUB_PAGE('W5', false, true) },
  W3: {
    hub: `${W('W3', '$p: String!')} { agreementStatistics(groupBy: [CITIZENSHIP, PROTECTION_KIND], filter: { provinceCode: $p }) { cells { citizenship protectionKind count } } }`,
  },
} as const;

/** The node arguments of `npm start` (package.json): `--max-old-space-size=256 --import … dist/src/main.js`. */
export function hubNodeArgs(): string[] {
  const startScript = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return startScript
    .replace(/^exec /, '')
    .split(' ')
    .slice(1);
}

/** The hub's environment as production needs it, on the benchmark's database and temporary directory. */
export async function hubEnv(options: { url: string; appUrl: string; publicKey: KeyObject | CryptoKey; tmp: string }): Promise<NodeJS.ProcessEnv> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    // As in production: the owner migrates and grants, the hub serves as the runtime role (src/db/roles.ts).
    DATABASE_URL: options.url,
    DATABASE_APP_URL: options.appUrl,
    DATABASE_POOL_MAX: '10',
    JWT_PUBLIC_KEY: await exportSPKI(options.publicKey),
    // The access log's checkpoints: a key of the run's own, a file in its temporary directory, and no
    // checkpoint during the run (a background write, not part of a read).
    AUDIT_CHECKPOINT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    AUDIT_CHECKPOINT_FILE: path.join(options.tmp, 'audit-checkpoints.jsonl'),
    AUDIT_CHECKPOINT_SECONDS: '3600',
    PSEUDONYM_KEY: 'bench-pseudonym-key-bench-pseudonym-key',
    LOG_LEVEL: 'warn',
    // A page of 100 agreements with their people and measures costs more than the default limit (5000).
    GRAPHQL_MAX_COST: '200000',
    // The notification runtime's background sweep is not part of a read: keep it out of the counts.
    OUTBOX_SWEEP_SECONDS: '3600',
  };
}

/** Clock ticks per second, the unit of /proc's CPU times. */
export const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime (fields 14 and 15) of a /proc stat file (a process's, all threads; or a thread's), in clock ticks. */
export function cpuTicks(statPath: string): number {
  const stat = fs.readFileSync(statPath, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 on (the name may hold spaces)
  return Number(fields[11]) + Number(fields[12]);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
