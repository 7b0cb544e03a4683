import { randomInt } from 'node:crypto';
import {
  ApplyForAgreementDocument,
  ApplyToConcludeAgreementsDocument,
  ConcludeAgreementDocument,
  FamilyRelation,
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
 * Provinces and municipalities a test file owns: it counts their rows (statistics, RZI's scope, an
 * inbox), so no random pick may write there. Keep in step with the files that name them.
 */
const OWNED = /^(VTR|VRC|SLS|TGV|KRZ|RAZ|PER|SML|KNL)|^(PAZ24|BLG02|SFO54)$/;

/**
 * A municipality (a code, or a row with a code) picked at random among those no test file owns, so
 * that tests that count rows do not share one.
 */
export function aMunicipality<M extends string | { code: string }>(list: readonly M[]): M {
  const free = list.filter((m) => !OWNED.test(typeof m === 'string' ? m : m.code));
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
export async function concludedAgreement(
  hub: TestHub,
  municipalityCode: string,
  options: Parameters<typeof forwardedFamily>[2] & { signedOn?: string } = {},
) {
  const mayor = await registeredMunicipality(hub, municipalityCode);
  const family = await forwardedFamily(hub, municipalityCode, options);
  const concluded = await mayor.request(ConcludeAgreementDocument, {
    input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives), signedOn: options.signedOn },
  });
  const agreement = must(concluded.data?.concludeAgreement, 'concludeAgreement', concluded.errors);
  return { mayor, family, agreement };
}
