import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredPolicy, planAreas, WIDENING_ACTS } from '../../src/access/policy.js';
import { institutionCodeOf, type Role } from '../../src/domain/institutions.js';
import { MayorDuty, MeasureArea, MeasureStatus, TerminationGround } from '../../src/domain/agreements.js';
import { FamilyRelation } from '../../src/domain/beneficiaries.js';
import {
  AgeMethod,
  AgeOutcome,
  ApprovalStatus,
  AssessmentKind,
  CaseArea,
  CaseStatus,
  ClosingReason,
  ConsentBasis,
  PlacementKind,
  ReferralKind,
  ReferralStatus,
  RepresentativeKind,
  Separation,
} from '../../src/domain/children.js';
import { ObjectionOutcome, OffenceKind } from '../../src/domain/oversight.js';
import { RiskLevel } from '../../src/domain/security.js';
import { ReportChildMissingDocument } from '../gql/graphql.js';
import { anLnch } from '../support/builders.js';
import type { GraphQLClient } from '../support/client.js';
import { concludedAgreement, forwardedFamily } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { createOwnDatabase } from '../support/own-database.js';
import { ORACLE } from '../support/scope-oracle.js';

// Property (docs/access-matrix.md, "Writes that open a record"): writes never widen a view. Random
// sequences of every mutation, by every role, on a database of this file's own (so no other file's
// writes land between two snapshots). After each one, the rows each principal may read (the
// independent SQL oracle) may gain a row that existed before only through one of the acts
// policy.WIDENING_ACTS lists, and only for the roles that act opens rows to.

const PRINCIPALS: readonly { role: Role; unit?: string }[] = [
  { role: 'SAR' },
  { role: 'MUNICIPALITY', unit: 'LOV33' },
  { role: 'MUNICIPALITY', unit: 'VID37' },
  { role: 'DANS' },
  { role: 'DAZD' },
  { role: 'RZI', unit: 'LOV' },
  { role: 'RZI', unit: 'VID' },
  { role: 'RZOK', unit: 'LOV' },
  { role: 'MVR' },
  { role: 'ASP' },
  { role: 'AZ' },
  { role: 'MON' },
  { role: 'GOVERNOR', unit: 'LOV' },
  { role: 'NSORB' },
  { role: 'NKBTH' },
  { role: 'COORDINATOR' },
  { role: 'NGO', unit: 'unhcr' },
  { role: 'ADMIN' },
];
const MUNICIPALITIES = ['LOV33', 'VID37'];
const TABLES: Record<string, string> = {
  agreements: 'agreement',
  beneficiaries: 'beneficiary',
  integrationPlans: 'integration_plan',
  measures: 'measure',
  childCases: 'child_case',
  securityAssessments: 'security_assessment',
  agreementApplications: 'agreement_application',
  municipalityRegister: 'municipality_application',
  offenceReports: 'offence_report',
  objections: 'objection',
};
const INSTITUTIONS = ['SAR', 'DANS', 'DAZD', 'MVR', 'ASP', 'AZ', 'MON', 'MUNICIPALITY-LOV33', 'MUNICIPALITY-VID37', 'RZI-LOV', 'RZI-VID', 'NKBTH', 'NGO-unhcr'];

/** The rows the mutations act on, read afresh before each step. */
interface World {
  beneficiaries: string[];
  applications: string[];
  municipalityApplications: string[];
  agreements: { id: string; version: number }[];
  plans: string[];
  adultPlans: string[];
  measures: string[];
  cases: string[];
  versionedCases: { id: string; version: number }[];
  needs: { id: string; version: number }[];
  referrals: string[];
  assessments: string[];
  visits: string[];
  objections: string[];
  notifications: string[];
}

type Pick = <T>(options: readonly T[]) => T;
type Command = (pick: Pick, w: World, actor: { role: Role; own: string }) => { query: string; variables: Record<string, unknown> };
const one = (query: string, variables: Record<string, unknown>) => ({ query, variables });
// The commands' documents, built per mutation from its name and input type (inline: one for each mutation of the policy).
const input = (name: string, type: string, fields = '__typename') => `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`;

/** One command per mutation, its arguments drawn from the world: valid enough to reach the rules. */
const COMMANDS: Record<string, Command> = {
  registerBeneficiary: (pick) =>
    one(input('registerBeneficiary', 'RegisterBeneficiaryInput', 'id'), {
      input: {
        lnch: anLnch(),
        givenNameLatin: 'Amal',
        familyNameLatin: 'Haddad',
        birthDate: pick(['1990-05-01', '2015-02-02']),
        sex: pick(['FEMALE', 'MALE']),
      },
    }),
  recordProtectionDecision: (pick, w) =>
    one(input('recordProtectionDecision', 'RecordProtectionDecisionInput', 'id'), {
      input: {
        beneficiaryId: pick(w.beneficiaries),
        protectionKind: pick(['REFUGEE', 'HUMANITARIAN']),
        protectionDecisionNumber: 'D-1',
        protectionDecisionDate: '2026-01-10',
      },
    }),
  updateBeneficiaryProfile: (pick, w) =>
    one(input('updateBeneficiaryProfile', 'UpdateBeneficiaryProfileInput', 'id'), { input: { id: pick(w.beneficiaries), qualifications: 'Welder' } }),
  linkFamilyMembers: (pick, w) =>
    one('mutation($a: ID!, $b: ID!, $r: FamilyRelation!) { linkFamilyMembers(beneficiaryId: $a, relativeId: $b, relation: $r) { id } }', {
      a: pick(w.beneficiaries),
      b: pick(w.beneficiaries),
      r: pick(Object.values(FamilyRelation)),
    }),
  applyForAgreement: (pick, w) => one(input('applyForAgreement', 'ApplyForAgreementInput', 'id'), { input: { applicantId: pick(w.beneficiaries) } }),
  forwardApplication: (pick, w) =>
    one('mutation($id: ID!, $m: String!) { forwardApplication(applicationId: $id, municipalityCode: $m) { id } }', {
      id: pick(w.applications),
      m: pick(MUNICIPALITIES),
    }),
  applyToConcludeAgreements: () =>
    one(input('applyToConcludeAgreements', 'ApplyToConcludeAgreementsInput', 'id'), {
      input: { foreignersCount: 5, municipalityInformation: 'Housing available.', plannedMeasures: 'Language classes.' },
    }),
  registerMunicipality: (pick, w) => one('mutation($id: ID!) { registerMunicipality(applicationId: $id) { id } }', { id: pick(w.municipalityApplications) }),
  concludeAgreement: (pick, w) =>
    one(input('concludeAgreement', 'ConcludeAgreementInput', 'id'), {
      input: { applicationId: pick(w.applications), familyMemberIds: pick([[], [pick(w.beneficiaries)]]), draft: pick([false, true]) },
    }),
  signAgreement: (pick, w) => {
    const a = pick(w.agreements);
    return one(input('signAgreement', 'SignAgreementInput', 'id'), { input: { agreementId: a.id, version: a.version } });
  },
  extendAgreement: (pick, w) => {
    const a = pick(w.agreements);
    return one(input('extendAgreement', 'ExtendAgreementInput', 'id'), {
      input: { agreementId: a.id, version: a.version, consentOn: '2026-11-30', consentReference: 'C-1' },
    });
  },
  terminateAgreement: (pick, w) => {
    const a = pick(w.agreements);
    return one(input('terminateAgreement', 'TerminateAgreementInput', 'id'), {
      input: { agreementId: a.id, version: a.version, ground: pick(Object.values(TerminationGround)), newHolderId: pick([undefined, pick(w.beneficiaries)]) },
    });
  },
  transferAgreement: (pick, w) => {
    const a = pick(w.agreements);
    return one(input('transferAgreement', 'TransferAgreementInput', 'id'), {
      input: { agreementId: a.id, version: a.version, toMunicipalityCode: pick(MUNICIPALITIES), newAddress: 'ul. Vasil Levski 1' },
    });
  },
  recordMayorDuty: (pick, w) =>
    one(input('recordMayorDuty', 'RecordMayorDutyInput', '__typename'), {
      input: { agreementId: pick(w.agreements).id, duty: pick(Object.values(MayorDuty)), status: 'DONE' },
    }),
  addMeasure: (pick, w, { role, own }) =>
    one(input('addMeasure', 'AddMeasureInput', 'id'), {
      input: {
        planId: pick([pick(w.adultPlans), pick(w.plans)]),
        // Half the time an area the writer writes, naming itself: the self-referral this property exists to catch.
        area: pick([pick(planAreas[role] ?? Object.values(MeasureArea)), pick(Object.values(MeasureArea))]),
        description: 'A measure',
        responsibleInstitutionCode: pick([own, pick(INSTITUTIONS)]),
        partnerOrganisation: pick([undefined, 'unhcr']),
      },
    }),
  recordMeasureResult: (pick, w) =>
    one(input('recordMeasureResult', 'RecordMeasureResultInput', 'id'), {
      input: { measureId: pick(w.measures), status: pick(Object.values(MeasureStatus)), result: 'Done.' },
    }),
  recordChildAssessment: (pick, w) =>
    one(input('recordChildAssessment', 'RecordChildAssessmentInput', 'id'), { input: { planId: pick(w.plans), childOpinion: 'Wants school.' } }),
  reportOffence: (pick, w) =>
    one(input('reportOffence', 'ReportOffenceInput', 'id'), {
      input: { beneficiaryId: pick(w.beneficiaries), kind: pick(Object.values(OffenceKind)), committedOn: '2026-10-01', description: 'Reported.' },
    }),
  recordSecurityAssessment: (pick, w) =>
    one(input('recordSecurityAssessment', 'RecordSecurityAssessmentInput', 'id'), {
      input: { beneficiaryId: pick(w.beneficiaries), riskLevel: pick(Object.values(RiskLevel)), summary: 'Assessed.' },
    }),
  acknowledgeNotification: (pick, w) => one('mutation($id: ID!) { acknowledgeNotification(id: $id) { id } }', { id: pick(w.notifications) }),
  openChildCase: (pick, w) =>
    one(input('openChildCase', 'OpenCaseInput', 'id'), {
      input: {
        separation: pick(Object.values(Separation)),
        identifiedWhere: 'border',
        givenName: 'Sami',
        declaredBirthDate: '2012-01-01',
        beneficiaryId: pick([undefined, pick(w.beneficiaries)]),
      },
    }),
  advanceChildCase: (pick, w) =>
    one('mutation($id: ID!, $s: CaseStatus!) { advanceChildCase(caseId: $id, status: $s) { id } }', { id: pick(w.cases), s: pick(Object.values(CaseStatus)) }),
  closeChildCase: (pick, w) =>
    one(input('closeChildCase', 'CloseCaseInput', 'id'), { input: { caseId: pick(w.cases), reason: pick(Object.values(ClosingReason)) } }),
  reopenChildCase: (pick, w) => one('mutation($id: ID!) { reopenChildCase(caseId: $id, reason: "The child came back.") { id } }', { id: pick(w.cases) }),
  mergeChildCases: (pick, w) =>
    one(input('mergeChildCases', 'MergeChildCasesInput', 'id'), {
      input: { keptCaseId: pick(w.cases), duplicateCaseId: pick(w.cases), reason: 'The same fingerprints.' },
    }),
  recordMethodologicalSupport: (pick, w) =>
    one(input('recordMethodologicalSupport', 'RecordMethodologicalSupportInput', 'id'), {
      input: {
        caseId: pick(w.cases),
        summary: 'A case conference.',
        givenToInstitutionCode: pick([undefined, 'ASP']),
        idempotencyKey: pick([undefined, 'k-1']),
      },
    }),
  addCaseParticipant: (pick, w) =>
    one('mutation($id: ID!, $i: String!) { addCaseParticipant(caseId: $id, institutionCode: $i, role: "support") { __typename } }', {
      id: pick(w.cases),
      i: pick(INSTITUTIONS),
    }),
  recordAgeAssessment: (pick, w) =>
    one(input('recordAgeAssessment', 'RecordAgeAssessmentInput', 'id'), {
      input: { caseId: pick(w.cases), method: pick(Object.values(AgeMethod)), outcome: pick(Object.values(AgeOutcome)), minAge: 15, maxAge: pick([17, 19]) },
    }),
  appointRepresentative: (pick, w) =>
    one(input('appointRepresentative', 'AppointRepresentativeInput', 'id'), {
      input: { caseId: pick(w.cases), kind: pick(Object.values(RepresentativeKind)), name: 'Ivan Petrov' },
    }),
  recordPlacement: (pick, w) =>
    one(input('recordPlacement', 'RecordPlacementInput', 'id'), {
      input: { caseId: pick(w.cases), kind: pick(Object.values(PlacementKind)), provider: 'Centre', municipalityCode: pick(MUNICIPALITIES) },
    }),
  referChildCase: (pick, w) =>
    one(input('referChildCase', 'ReferCaseInput', 'id'), {
      input: {
        caseId: pick(w.cases),
        toInstitutionCode: pick(INSTITUTIONS),
        type: pick(Object.values(ReferralKind)),
        reason: 'Needs support.',
        sharedAreas: [pick(Object.values(CaseArea))],
        consent: pick(Object.values(ConsentBasis)),
        consentNote: pick([undefined, 'Urgent.']),
      },
    }),
  revokeChildReferral: (pick, w) =>
    one('mutation($id: ID!) { revokeChildReferral(referralId: $id, reason: "No longer needed.") { id } }', { id: pick(w.referrals) }),
  removeCaseParticipant: (pick, w) =>
    one('mutation($id: ID!, $i: String!) { removeCaseParticipant(caseId: $id, institutionCode: $i, reason: "No longer involved.") { __typename } }', {
      id: pick(w.cases),
      i: pick(INSTITUTIONS),
    }),
  respondToReferral: (pick, w) =>
    one('mutation($id: ID!, $s: ReferralStatus!) { respondToReferral(referralId: $id, status: $s) { id } }', {
      id: pick(w.referrals),
      s: pick(Object.values(ReferralStatus)),
    }),
  reportChildMissing: (pick, w) => one('mutation($id: ID!) { reportChildMissing(caseId: $id) { id } }', { id: pick(w.cases) }),
  reportChildFound: (pick, w) => one('mutation($id: ID!) { reportChildFound(caseId: $id) { id } }', { id: pick(w.cases) }),
  recordBestInterestsAssessment: (pick, w) =>
    one(input('recordBestInterestsAssessment', 'RecordBestInterestsInput', 'id'), {
      input: { caseId: pick(w.cases), kind: pick(Object.values(AssessmentKind)), findings: 'Findings.', recommendations: 'Recommendations.' },
    }),
  decideBestInterestsAssessment: (pick, w) =>
    one('mutation($id: ID!, $a: ApprovalStatus!) { decideBestInterestsAssessment(assessmentId: $id, approval: $a) { id } }', {
      id: pick(w.assessments),
      a: pick(Object.values(ApprovalStatus)),
    }),
  // Linking a beneficiary record opens nothing: the case's beneficiary is read within the reader's own view of beneficiaries.
  updateChildCase: (pick, w) => {
    const c = pick(w.versionedCases);
    return one(input('updateChildCase', 'UpdateChildCaseInput', 'id'), {
      input: {
        caseId: c.id,
        version: c.version,
        givenName: 'Amir',
        sex: pick(['FEMALE', 'MALE']),
        beneficiaryId: pick([undefined, null, pick(w.beneficiaries)]),
      },
    });
  },
  updateChildNeed: (pick, w) => {
    // No need recorded yet: an id of none, refused.
    const n = pick(w.needs) ?? { id: '00000000-0000-4000-8000-000000000000', version: 1 };
    return one(input('updateChildNeed', 'UpdateChildNeedInput', 'id'), { input: { needId: n.id, version: n.version, status: 'MET', plan: 'Done.' } });
  },
  recordChildNeed: (pick, w) =>
    one(input('recordChildNeed', 'RecordNeedInput', 'id'), { input: { caseId: pick(w.cases), area: pick(Object.values(CaseArea)), description: 'A need.' } }),
  recordMonitoringVisit: (pick) =>
    one(input('recordMonitoringVisit', 'RecordMonitoringVisitInput', 'id'), {
      input: { centre: 'Ovcha Kupel', municipalityCode: pick(MUNICIPALITIES), findings: 'Findings.', recommendations: 'Recommendations.' },
    }),
  recordVisitFollowUp: (pick, w) => one('mutation($id: ID!) { recordVisitFollowUp(visitId: $id, followUp: "Done.") { id } }', { id: pick(w.visits) }),
  registerWebhook: () => one('mutation { registerWebhook(url: "https://hooks.example.org/hub") { __typename } }', {}),
  removeWebhook: () => one('mutation { removeWebhook }', {}),
  // The operators' (ADMIN) webhook acts: they touch endpoints and keys, never a row of any view.
  registerInstitutionWebhook: (pick) =>
    one('mutation($c: String!) { registerInstitutionWebhook(institutionCode: $c, url: "https://hooks.example.org/hub") { __typename } }', {
      c: pick(INSTITUTIONS),
    }),
  rotateWebhookKey: (pick) => one('mutation($c: String!) { rotateWebhookKey(institutionCode: $c) { __typename } }', { c: pick(INSTITUTIONS) }),
  // An institution that does not exist: no POST leaves the test for a registered address outside it.
  sendTestDelivery: () => one('mutation { sendTestDelivery(institutionCode: "RZI-NONE") { __typename } }', {}),
  retryDelivery: (pick, w) => one('mutation($id: ID!) { retryDelivery(id: $id) { id } }', { id: pick(w.notifications) }),
  fileObjection: (pick, w) =>
    one(input('fileObjection', 'FileObjectionInput', 'id'), {
      input: { agreementId: pick(w.agreements).id, filedById: pick(w.beneficiaries), activity: 'Housing' },
    }),
  decideObjection: (pick, w) =>
    one(input('decideObjection', 'DecideObjectionInput', 'id'), {
      input: { objectionId: pick(w.objections), outcome: pick(Object.values(ObjectionOutcome)), decision: 'Decided.' },
    }),
};

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let hub: TestHub;
const clients = new Map<number, GraphQLClient>();

/** Every principal's readable rows, as "list:id" keys, and every row that exists. */
async function snapshot(): Promise<{ seen: Set<string>[]; exists: Set<string> }> {
  const sql = hub.orm.em.fork().getConnection();
  const seen = await Promise.all(
    PRINCIPALS.map(async ({ role, unit }) => {
      const union = Object.entries(ORACLE)
        .map(
          ([list, of]) => `select '${list}:' || id as key from (${of(role, unit ?? null).replace(/^select (\S+)/, 'select $1 as id')}) s where id is not null`,
        )
        .join(' union all ');
      return new Set((await sql.execute<{ key: string }[]>(union)).map((r) => r.key));
    }),
  );
  const all = Object.entries(TABLES)
    .map(([list, table]) => `select '${list}:' || id as key from ${table}`)
    .join(' union all ');
  return { seen, exists: new Set((await sql.execute<{ key: string }[]>(all)).map((r) => r.key)) };
}

async function world(): Promise<World> {
  const sql = hub.orm.em.fork().getConnection();
  const ids = async (table: string) => (await sql.execute<{ id: string }[]>(`select id from ${table} order by id`)).map((r) => r.id);
  return {
    beneficiaries: await ids('beneficiary'),
    applications: await ids('agreement_application'),
    municipalityApplications: await ids('municipality_application'),
    agreements: await sql.execute<{ id: string; version: number }[]>('select id, version from agreement order by id'),
    plans: await ids('integration_plan'),
    adultPlans: await ids("integration_plan where kind = 'ADULT' and agreement_id in (select id from agreement where status in ('ACTIVE', 'EXTENDED'))"),
    measures: await ids('measure'),
    cases: await ids('child_case'),
    versionedCases: await sql.execute<{ id: string; version: number }[]>('select id, version from child_case order by id'),
    needs: await sql.execute<{ id: string; version: number }[]>('select id, version from child_need order by id'),
    referrals: await ids('child_referral'),
    assessments: await ids('best_interests_assessment'),
    visits: await ids('monitoring_visit'),
    objections: await ids('objection'),
    notifications: await ids('notification'),
  };
}

beforeAll(async () => {
  own = await createOwnDatabase('widening');
  hub = await startTestHub({ env: { DATABASE_URL: own.url } });
  for (const [i, spec] of PRINCIPALS.entries()) clients.set(i, await hub.as(spec));
  // Each municipality: one agreement with a child (the mayor names ASP on the holder's plan, so ASP is
  // referred that person), and one family forwarded but not yet in an agreement.
  for (const code of MUNICIPALITIES) {
    const { mayor, agreement } = await concludedAgreement(hub, code, {
      relatives: { child: { relation: FamilyRelation.CHILD, input: { birthDate: '2016-03-03' } } },
    });
    const holderPlan = agreement.plans!.find((p) => p.kind === 'ADULT')!.id;
    const named = await mayor.request(input('addMeasure', 'AddMeasureInput', 'id'), {
      input: { planId: holderPlan, area: MeasureArea.SOCIAL_ASSISTANCE, description: 'Monthly aid', responsibleInstitutionCode: 'ASP' },
    });
    expect(named.errors, JSON.stringify(named.errors)).toBeUndefined();
    // More agreements referred to nobody, and families forwarded but not yet in an agreement.
    for (let i = 0; i < 3; i++) {
      const family = await forwardedFamily(hub, code, { relatives: { spouse: { relation: FamilyRelation.SPOUSE, input: {} } } });
      const concluded = await mayor.request(input('concludeAgreement', 'ConcludeAgreementInput', 'id'), {
        input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives) },
      });
      expect(concluded.errors, JSON.stringify(concluded.errors)).toBeUndefined();
      await forwardedFamily(hub, code);
    }
  }
  await (await hub.as({ role: 'SAR' })).request(input('registerBeneficiary', 'RegisterBeneficiaryInput', 'id'), {
    input: { lnch: anLnch(), givenNameLatin: 'Omar', familyNameLatin: 'Nasser', birthDate: '2011-07-07', sex: 'MALE' },
  });
  const opened = await (await hub.as({ role: 'MVR' })).request(input('openChildCase', 'OpenCaseInput', 'id'), {
    input: { separation: 'UNACCOMPANIED', identifiedWhere: 'border', givenName: 'Lina', declaredBirthDate: '2011-01-01' },
  });
  expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await own?.drop();
});

/** The mutations that touch who takes part in what come up five times as often as the rest. */
const SCOPE_WRITES = new Set([
  'addMeasure',
  'concludeAgreement',
  'transferAgreement',
  'forwardApplication',
  'linkFamilyMembers',
  'fileObjection',
  'openChildCase',
  'addCaseParticipant',
  'referChildCase',
  'respondToReferral',
  'recordPlacement',
  // Opens the case to MVR, which searches for the child (AP I.21, II.7).
  'reportChildMissing',
]);
const step = fc.record({
  mutation: fc.oneof(
    { arbitrary: fc.constant('addMeasure'), weight: 1 },
    { arbitrary: fc.constantFrom(...SCOPE_WRITES), weight: 1 },
    { arbitrary: fc.constantFrom(...Object.keys(COMMANDS).filter((m) => !SCOPE_WRITES.has(m))), weight: 1 },
  ),
  // Mostly a role the mutation names (the rest are refused before any rule), sometimes any principal.
  actor: fc.nat(),
  anyone: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  seed: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
});

describe('writes never widen a view (property)', () => {
  it('every mutation of the policy has a command here', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(Object.keys(declaredPolicy().mutations).sort());
  });

  it("AZ, ASP and MON add measures only for persons referred to them, as the responsible institution; the mayor's plan refers (Art. 4(2), 21–22)", async () => {
    const mayor = clients.get(1)!;
    const family = await forwardedFamily(hub, 'LOV33');
    const concluded = await mayor.request(input('concludeAgreement', 'ConcludeAgreementInput', 'plans { id kind }'), {
      input: { applicationId: family.applicationId },
    });
    expect(concluded.errors, JSON.stringify(concluded.errors)).toBeUndefined();
    const planId = (concluded.data as { concludeAgreement: { plans: { id: string; kind: string }[] } }).concludeAgreement.plans.find(
      (p) => p.kind === 'ADULT',
    )!.id;
    const az = PRINCIPALS.findIndex((p) => p.role === 'AZ');
    const azSees = async () => (await snapshot()).seen[az]!.has(`beneficiaries:${family.holderId}`);
    const add = (who: number, area: MeasureArea, responsibleInstitutionCode: string, extra: Record<string, unknown> = {}) =>
      clients
        .get(who)!
        .request(input('addMeasure', 'AddMeasureInput', 'id'), { input: { planId, area, description: 'A measure', responsibleInstitutionCode, ...extra } });
    const refusedOn = (res: Awaited<ReturnType<typeof add>>) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

    // Not referred: AZ naming itself is refused, and the person stays outside AZ's view.
    expect(refusedOn(await add(az, MeasureArea.EMPLOYMENT, 'AZ'))).toEqual(['FORBIDDEN', 'planId']);
    expect(await azSees()).toBe(false);
    // MON may not refer the person to ASP (only the mayor's plan names another institution).
    const mon = PRINCIPALS.findIndex((p) => p.role === 'MON');
    expect(refusedOn(await add(mon, MeasureArea.EDUCATION, 'ASP'))).toEqual(['FORBIDDEN', 'responsibleInstitutionCode']);
    // The mayor's plan names AZ: the person is referred to AZ, which now reads them and adds its own measures.
    expect((await add(1, MeasureArea.EMPLOYMENT, 'AZ')).errors).toBeUndefined();
    expect(await azSees()).toBe(true);
    expect((await add(az, MeasureArea.TRAINING, 'AZ')).errors).toBeUndefined();
    // Even referred, AZ names no one else and assigns no partner organisation.
    expect(refusedOn(await add(az, MeasureArea.TRAINING, 'ASP'))).toEqual(['FORBIDDEN', 'responsibleInstitutionCode']);
    expect(refusedOn(await add(az, MeasureArea.TRAINING, 'AZ', { partnerOrganisation: 'unhcr' }))).toEqual(['FORBIDDEN', 'partnerOrganisation']);
  });

  it('issue 21.1 (AP II.7, I.21): reporting a child missing opens the case to MVR, as the listed act says, and to no one else', async () => {
    const sar = PRINCIPALS.findIndex((p) => p.role === 'SAR');
    const mvr = PRINCIPALS.findIndex((p) => p.role === 'MVR');
    const dazd = PRINCIPALS.findIndex((p) => p.role === 'DAZD');
    const opened = await clients.get(sar)!.request(input('openChildCase', 'OpenCaseInput', 'id'), {
      input: { separation: 'UNACCOMPANIED', identifiedWhere: 'reception centre', givenName: 'Rami', declaredBirthDate: '2012-05-05' },
    });
    expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
    const caseId = (opened.data as { openChildCase: { id: string } }).openChildCase.id;
    const report = (who: number) => clients.get(who)!.request(ReportChildMissingDocument, { caseId });
    // MVR cannot open the case to itself: it does not see it.
    expect((await report(mvr)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = await snapshot();
    expect(before.seen[mvr]!.has(`childCases:${caseId}`)).toBe(false);
    expect((await report(dazd)).errors).toBeUndefined();
    const after = await snapshot();
    const gained = PRINCIPALS.filter((_, i) => [...after.seen[i]!].some((key) => before.exists.has(key) && !before.seen[i]!.has(key))).map((p) => p.role);
    expect(gained).toEqual(['MVR']);
    expect(WIDENING_ACTS.reportChildMissing).toMatchObject({ by: expect.arrayContaining(['DAZD']), opensTo: ['MVR'] });
  });

  it('random sequences of every mutation by every role open rows only through the listed acts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 10 }), async (steps) => {
        for (const { mutation, actor, anyone, seed } of steps) {
          const allowed = PRINCIPALS.map((p, i) => [p, i] as const).filter(([p]) => anyone || declaredPolicy().mutations[mutation]!.roles.includes(p.role));
          const [who, index] = allowed.length > 0 ? allowed[actor % allowed.length]! : [PRINCIPALS[0]!, 0];
          let n = 0;
          const pick: Pick = (options) => (options.length === 0 ? (undefined as never) : options[seed[n++ % seed.length]! % options.length]!);
          const w = await world();
          const { query, variables } = COMMANDS[mutation]!(pick, w, { role: who.role, own: institutionCodeOf(who.role, who.unit ?? null) });
          const before = await snapshot();
          const res = await clients.get(index)!.request(query, variables);
          const after = await snapshot();
          const act = WIDENING_ACTS[mutation];
          const mayOpen = !res.errors && act?.by.includes(who.role) ? act.opensTo : [];
          for (const [i, principal] of PRINCIPALS.entries()) {
            const gained = [...after.seen[i]!].filter((key) => before.exists.has(key) && !before.seen[i]!.has(key));
            if (gained.length === 0) continue;
            if (mayOpen.includes(principal.role)) continue;
            expect.fail(
              `${who.role}${who.unit ? ` ${who.unit}` : ''} ran ${mutation}(${JSON.stringify(variables)}) ` +
                `(${res.errors ? `refused: ${res.errors[0]?.message}` : 'done'}) and ${principal.role}${principal.unit ? ` ${principal.unit}` : ''} now reads ${gained.join(', ')}`,
            );
          }
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
  }, 300_000);
});
