import { beforeAll, describe, expect, it } from 'vitest';
import { mayRead, DataClass, rowLimits } from '../../src/access/policy.js';
import { ROLES, type Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  FamilyRelation,
  FileObjectionDocument,
  MeasureArea,
  OffenceKind,
  RecordSecurityAssessmentIdDocument,
  ReportOffenceDocument,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// For every role and every data class: a real query against seeded data, and the outcome the policy
// says — the class refused (FORBIDDEN on the field), or allowed and then the row found in scope or
// NOT_FOUND outside it, or refused on a row its grant does not cover (rowLimits). A new role or
// class joins by being added to the policy.
const hub = useTestHub();
const MUNICIPALITY = 'LOV38';
const PROVINCE = 'LOV';
const UNITS: Partial<Record<Role, string>> = { MUNICIPALITY, RZI: PROVINCE, RZOK: PROVINCE, GOVERNOR: PROVINCE, NGO: 'unhcr' };
const HOLDER_BIRTH_DATE = '1985-05-05';

/**
 * Rows of the seeded family each role reaches (docs/policy.md). The holder is the parent of a
 * child with a plan (DAZD), was referred to ASP and AZ (measures they are responsible for), and is a
 * party to an objection (GOVERNOR). Each role's adult measure is one of its areas (see adultMeasure).
 */
const IN_SCOPE: Record<string, readonly Role[]> = {
  holder: ['SAR', 'MUNICIPALITY', 'MVR', 'DANS', 'RZI', 'RZOK', 'DAZD', 'ASP', 'AZ', 'GOVERNOR'],
  agreement: ['SAR', 'MUNICIPALITY', 'DANS', 'MVR', 'COORDINATOR', 'RZI', 'RZOK', 'DAZD', 'GOVERNOR'],
  adultMeasure: ['MUNICIPALITY', 'ASP', 'AZ', 'MON', 'GOVERNOR', 'NGO'],
  childPlan: ['MUNICIPALITY', 'DAZD', 'ASP', 'MON'],
  childHealthMeasure: ['MUNICIPALITY', 'RZI', 'DAZD'],
};

let ids: { holder: string; agreement: string; childPlan: string; childHealthMeasure: string; adultMeasures: Record<string, string> };

/** The adult measure a role's probe reads: one of the role's areas (ASP social, AZ employment, MON education), else housing. */
const adultMeasure = (role: Role) => ids.adultMeasures[role] ?? ids.adultMeasures.default!;

interface Probe {
  dataClass: DataClass;
  query: (role: Role) => string;
  /** The record the query reaches, for the scope check; none for lists (they are simply empty). */
  row?: keyof typeof IN_SCOPE;
  /** The row as the policy's row limits see it (type name, fields). */
  asRow?: [string, object];
}
const onMeasure = (id: string, field: string) => `{ node(id: "${id}") { ... on Measure { ${field} } } }`;
const probes = (): Probe[] => [
  { dataClass: DataClass.IDENTITY, query: () => `{ beneficiary(id: "${ids.holder}") { lnch } }`, row: 'holder' },
  {
    dataClass: DataClass.PROFILE,
    query: () => `{ node(id: "${ids.holder}") { ... on Beneficiary { educationLevel } } }`,
    row: 'holder',
    asRow: ['Beneficiary', { birthDate: HOLDER_BIRTH_DATE }],
  },
  { dataClass: DataClass.AGREEMENT_TERM, query: () => `{ agreement(id: "${ids.agreement}") { status endsOn } }`, row: 'agreement' },
  { dataClass: DataClass.TERMINATION, query: () => `{ agreement(id: "${ids.agreement}") { terminationGround } }`, row: 'agreement' },
  { dataClass: DataClass.AGREEMENT, query: () => `{ agreement(id: "${ids.agreement}") { duties { status } } }`, row: 'agreement' },
  { dataClass: DataClass.PLAN, query: (role) => onMeasure(adultMeasure(role), 'description'), row: 'adultMeasure' },
  { dataClass: DataClass.PSEUDONYM, query: (role) => onMeasure(adultMeasure(role), 'participant'), row: 'adultMeasure' },
  { dataClass: DataClass.CHILD, query: () => `{ node(id: "${ids.childPlan}") { ... on IntegrationPlan { childOpinion } } }`, row: 'childPlan' },
  { dataClass: DataClass.CHILD_EDUCATION, query: () => `{ node(id: "${ids.childPlan}") { ... on IntegrationPlan { educationalNeeds } } }`, row: 'childPlan' },
  { dataClass: DataClass.HEALTH, query: () => onMeasure(ids.childHealthMeasure, 'description'), row: 'childHealthMeasure' },
  { dataClass: DataClass.APPLICATION, query: () => '{ agreementApplications(first: 1) { totalCount } }' },
  { dataClass: DataClass.REGISTER, query: () => '{ municipalityRegister(first: 1) { totalCount } }' },
  { dataClass: DataClass.OFFENCE, query: () => '{ offenceReports(first: 1) { totalCount } }' },
  { dataClass: DataClass.UASC, query: () => '{ childCases(first: 1) { totalCount } }' },
  { dataClass: DataClass.MONITORING, query: () => '{ monitoringVisits(first: 1) { totalCount } }' },
  { dataClass: DataClass.SECURITY, query: () => '{ securityAssessments(first: 1) { totalCount } }' },
  { dataClass: DataClass.OBJECTION, query: () => '{ objections(first: 1) { totalCount } }' },
  { dataClass: DataClass.NOTIFICATION, query: () => '{ notifications(first: 1) { totalCount } }' },
  // Every role that lists notifications gets rows here (the seeded events notified MVR, SAR, RZI, …; ADMIN sees all).
  { dataClass: DataClass.NOTIFICATION_CONTENT, query: () => '{ notifications(first: 50) { edges { node { content } } } }' },
  { dataClass: DataClass.WEBHOOK, query: () => '{ webhook { url } }' },
  { dataClass: DataClass.STATS, query: () => '{ agreementStatistics(groupBy: []) { threshold } }' },
  { dataClass: DataClass.CHILD_STATS, query: () => '{ childCaseIndicators(from: "2026-01-01", to: "2026-01-31") { threshold } }' },
  { dataClass: DataClass.AUDIT, query: () => '{ auditLog(first: 1) { totalCount } }' },
  { dataClass: DataClass.OPERATIONS, query: () => '{ institutionWebhooks { url } }' },
];

beforeAll(async () => {
  const { mayor, agreement, family } = await concludedAgreement(hub(), MUNICIPALITY, {
    holder: { birthDate: HOLDER_BIRTH_DATE },
    relatives: { child: { relation: FamilyRelation.Child, input: { birthDate: addDays(todayInSofia(), -3000) } } },
  });
  const childPlan = agreement.plans!.find((p) => p.kind === 'CHILD')!.id;
  const adultPlan = agreement.plans!.find((p) => p.kind === 'ADULT')!.id;
  const rzi = await hub().as({ role: 'RZI', unit: PROVINCE });
  const add = async (client: typeof mayor, planId: string, area: MeasureArea, responsibleInstitutionCode: string, partnerOrganisation?: string) => {
    const res = await client.request(AddMeasureDocument, {
      input: { planId, area, description: `${area} measure`, responsibleInstitutionCode, partnerOrganisation },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.addMeasure.id;
  };
  const own = `MUNICIPALITY-${MUNICIPALITY}`;
  const adultMeasures = {
    default: await add(mayor, adultPlan, MeasureArea.Housing, own, UNITS.NGO),
    ASP: await add(mayor, adultPlan, MeasureArea.SocialAssistance, 'ASP'),
    AZ: await add(mayor, adultPlan, MeasureArea.Employment, 'AZ'),
    MON: await add(mayor, adultPlan, MeasureArea.Education, own),
  };
  await add(mayor, childPlan, MeasureArea.Language, 'ASP'); // ASP co-plans the child
  const childHealthMeasure = await add(rzi, childPlan, MeasureArea.Healthcare, `RZI-${PROVINCE}`);
  await (await hub().as({ role: 'MVR' })).request(ReportOffenceDocument, {
    input: { beneficiaryId: family.holderId, kind: OffenceKind.AdministrativeOffence, description: 'x', committedOn: todayInSofia() },
  });
  const assessed = await (await hub().as({ role: 'DANS' })).request(RecordSecurityAssessmentIdDocument, {
    input: { beneficiaryId: family.holderId, riskLevel: 'NONE', summary: 'No risks identified.' },
  });
  expect(assessed.errors, JSON.stringify(assessed.errors)).toBeUndefined();
  await (await hub().as({ role: 'GOVERNOR', unit: PROVINCE })).request(FileObjectionDocument, {
    input: { agreementId: agreement.id, filedById: family.holderId, activity: 'Housing' },
  });
  ids = { holder: family.holderId, agreement: agreement.id, childPlan, childHealthMeasure, adultMeasures };
}, 60_000);

describe('the access matrix, role by role and class by class', () => {
  const cases = ROLES.flatMap((role) =>
    Object.values(DataClass)
      .filter((c) => ![DataClass.PUBLIC, DataClass.SESSION, DataClass.STRUCTURE].includes(c))
      .map((c) => [role, c] as const),
  );
  it.each(cases)('%s reading %s gets what the policy says', async (role, dataClass) => {
    const probe = probes().find((p) => p.dataClass === dataClass);
    expect(probe, `no probe for class ${dataClass}: add one when a class is added`).toBeDefined();
    const client = await hub().as({ role, unit: UNITS[role] });
    // The probe's document, written for the role (its row in scope): built per role, so inline.
    const res = await client.request(probe!.query(role));
    const codes = GraphQLClient.codes(res);
    const limit = probe!.asRow && rowLimits[role]?.[dataClass];
    if (!mayRead(role, dataClass)) {
      // Refused: FORBIDDEN on the class's field — or NOT_FOUND already at a lookup the role may use but whose row is out of scope.
      expect(codes.length, JSON.stringify(res)).toBeGreaterThan(0);
      expect(
        codes.every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND'),
        JSON.stringify(codes),
      ).toBe(true);
      expect(JSON.stringify(res.data ?? {})).not.toMatch(
        /"(lnch|status|endsOn|version|educationLevel|kind|childOpinion|educationalNeeds|description|participant|threshold|content|totalCount)":(?!null)/,
      );
      return;
    }
    if (probe!.row && !IN_SCOPE[probe!.row]!.includes(role)) {
      expect(codes).toEqual(['NOT_FOUND']);
      return;
    }
    if (limit && !limit.allows(...probe!.asRow!)) {
      // A grant on some rows only (DAZD: profiles of children): this row is refused, field by field.
      expect(codes).toEqual(['FORBIDDEN']);
      return;
    }
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toBeTruthy();
  });
});
