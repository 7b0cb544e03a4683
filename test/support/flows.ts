import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ApplyForAgreementDocument,
  ApplyToConcludeAgreementsDocument,
  ConcludeAgreementDocument,
  type FamilyRelation,
  ForwardApplicationDocument,
  LinkFamilyMembersDocument,
  RegisterMunicipalityDocument,
  type RegisterBeneficiaryInput,
} from '../gql/graphql.js';
import { registerBeneficiary } from './builders.js';
import type { GraphQLClient } from './client.js';
import type { TestHub } from './hub.js';

// The Ordinance's flows through the real API, for tests that need their results.

/**
 * Provinces a test file owns: it counts their rows (statistics, RZI's scope, a governor's inbox), so no
 * random pick may write there. Keep in step with the files that name them.
 */
const OWNED_PROVINCES = new Set(['VTR', 'VRC', 'SLS', 'TGV', 'KRZ', 'RAZ', 'PER', 'SML', 'KNL']);

/**
 * Municipalities a test file names: a file that names one may count its rows (e.g. the SQL statements of a
 * page of SZR24's agreements), so a random pick never lands there. Read from the test files themselves.
 */
const NAMED_MUNICIPALITIES: ReadonlySet<string> = (() => {
  const named = new Set<string>();
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.includes('gql')) continue;
    for (const m of fs.readFileSync(path.join(root, file), 'utf8').matchAll(/'([A-Z]{3}\d{2})'/g)) named.add(m[1]!);
  }
  return named;
})();

const owned = (code: string) => OWNED_PROVINCES.has(code.slice(0, 3)) || NAMED_MUNICIPALITIES.has(code);

export function aMunicipality<M extends string | { code: string }>(list: readonly M[]): M {
  const free = list.filter((m) => !owned(typeof m === 'string' ? m : m.code));
  return free[randomInt(free.length)]!;
}

function must<T>(value: T | null | undefined, what: string, errors: unknown): T {
  if (value === null || value === undefined) throw new Error(`${what} failed: ${JSON.stringify(errors)}`);
  return value;
}

/** Art. 13: the mayor applies and SAR registers the municipality. */
export async function registeredMunicipality(hub: TestHub, code: string): Promise<GraphQLClient> {
  const mayor = await hub.as({ role: 'MUNICIPALITY', unit: code, purpose: 'integration agreements' });
  const sar = await hub.as({ role: 'SAR', purpose: 'register' });
  const applied = await mayor.request(ApplyToConcludeAgreementsDocument, {
    input: { foreignersCount: 10, municipalityInformation: 'Housing and schools available.', plannedMeasures: 'Language classes.' },
  });
  const id = must(applied.data?.applyToConcludeAgreements.id, 'applyToConcludeAgreements', applied.errors);
  const registered = await sar.request(RegisterMunicipalityDocument, { applicationId: id });
  must(registered.data?.registerMunicipality, 'registerMunicipality', registered.errors);
  return mayor;
}

export interface Family {
  holderId: string;
  applicationId: string;
  relatives: Record<string, string>;
}

/**
 * SAR registers a holder and relatives (linked as family), records the holder's application and
 * forwards it to a registered municipality (Art. 16, Art. 20 p.5).
 */
export async function forwardedFamily(
  hub: TestHub,
  municipalityCode: string,
  options: {
    holder?: Partial<RegisterBeneficiaryInput>;
    relatives?: Record<string, { relation: FamilyRelation; input: Partial<RegisterBeneficiaryInput> }>;
    submittedOn?: string;
    forwardedOn?: string;
  } = {},
): Promise<Family> {
  const sar = await hub.as({ role: 'SAR', purpose: 'applications' });
  const holderId = await registerBeneficiary(sar, options.holder);
  const relatives: Record<string, string> = {};
  for (const [name, { relation, input }] of Object.entries(options.relatives ?? {})) {
    relatives[name] = await registerBeneficiary(sar, input);
    const linked = await sar.request(LinkFamilyMembersDocument, { beneficiaryId: holderId, relativeId: relatives[name], relation });
    must(linked.data, 'linkFamilyMembers', linked.errors);
  }
  const applied = await sar.request(ApplyForAgreementDocument, { input: { applicantId: holderId, submittedOn: options.submittedOn } });
  const applicationId = must(applied.data?.applyForAgreement.id, 'applyForAgreement', applied.errors);
  const forwarded = await sar.request(ForwardApplicationDocument, { applicationId, municipalityCode, forwardedOn: options.forwardedOn });
  must(forwarded.data?.forwardApplication, 'forwardApplication', forwarded.errors);
  return { holderId, applicationId, relatives };
}

/** The whole path to a concluded agreement; returns the agreement as the municipality saw it. */
export async function concludedAgreement(hub: TestHub, municipalityCode: string, options: Parameters<typeof forwardedFamily>[2] & { signedOn?: string } = {}) {
  const mayor = await registeredMunicipality(hub, municipalityCode);
  const family = await forwardedFamily(hub, municipalityCode, options);
  const concluded = await mayor.request(ConcludeAgreementDocument, {
    input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives), signedOn: options.signedOn },
  });
  const agreement = must(concluded.data?.concludeAgreement, 'concludeAgreement', concluded.errors);
  return { mayor, family, agreement };
}
