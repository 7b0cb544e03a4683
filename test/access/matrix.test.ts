import { beforeAll, describe, expect, it } from 'vitest';
import { mayRead, DataClass } from '../../src/access/policy.js';
import { ROLES, type Role } from '../../src/access/principal.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  FamilyRelation,
  FileObjectionDocument,
  MeasureArea,
  OffenceKind,
  ReportOffenceDocument,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// For every role and every data class: a real query against seeded data, and the outcome the policy
// says — the class refused (FORBIDDEN on the field), or allowed and then the row found in scope or
// NOT_FOUND outside it. A new role or class joins by being added to the policy.
const hub = useTestHub();
const MUNICIPALITY = 'LOV38';
const PROVINCE = 'LOV';
const UNITS: Partial<Record<Role, string>> = { MUNICIPALITY, RZI: PROVINCE, RZOK: PROVINCE, GOVERNOR: PROVINCE, NGO: 'unhcr' };

/** Rows of the seeded family each role reaches (statutory-views.md, as implemented so far). */
const IN_SCOPE: Record<string, (role: Role) => boolean> = {
  beneficiary: (role) => ['SAR', 'MUNICIPALITY', 'MVR', 'DANS', 'RZI', 'RZOK'].includes(role),
  agreement: (role) => ['SAR', 'MUNICIPALITY', 'DANS', 'MVR', 'COORDINATOR', 'RZI', 'RZOK'].includes(role),
};

let ids: { holder: string; agreement: string; childPlan: string };

interface Probe {
  dataClass: DataClass;
  query: string;
  /** The record the query reaches, for the scope check; none for lists (they are simply empty). */
  row?: keyof typeof IN_SCOPE;
}
const probes = (): Probe[] => [
  { dataClass: DataClass.IDENTITY, query: `{ beneficiary(id: "${ids.holder}") { lnch } }`, row: 'beneficiary' },
  { dataClass: DataClass.PROFILE, query: `{ node(id: "${ids.holder}") { ... on Beneficiary { educationLevel } } }`, row: 'beneficiary' },
  { dataClass: DataClass.AGREEMENT_TERM, query: `{ agreement(id: "${ids.agreement}") { status endsOn } }`, row: 'agreement' },
  { dataClass: DataClass.TERMINATION, query: `{ agreement(id: "${ids.agreement}") { terminationGround } }`, row: 'agreement' },
  { dataClass: DataClass.AGREEMENT, query: `{ agreement(id: "${ids.agreement}") { duties { status } } }`, row: 'agreement' },
  { dataClass: DataClass.PLAN, query: `{ node(id: "${ids.childPlan}") { ... on IntegrationPlan { kind } } }`, row: 'agreement' },
  { dataClass: DataClass.CHILD, query: `{ node(id: "${ids.childPlan}") { ... on IntegrationPlan { childOpinion } } }`, row: 'agreement' },
  { dataClass: DataClass.APPLICATION, query: '{ agreementApplications(first: 1) { totalCount } }' },
  { dataClass: DataClass.REGISTER, query: '{ municipalityRegister(first: 1) { totalCount } }' },
  { dataClass: DataClass.OFFENCE, query: '{ offenceReports(first: 1) { totalCount } }' },
  { dataClass: DataClass.OBJECTION, query: '{ objections(first: 1) { totalCount } }' },
  { dataClass: DataClass.AUDIT, query: '{ auditLog(first: 1) { totalCount } }' },
];

beforeAll(async () => {
  const { mayor, agreement, family } = await concludedAgreement(hub(), MUNICIPALITY, {
    relatives: { child: { relation: FamilyRelation.Child, input: { birthDate: addDays(todayInSofia(), -3000) } } },
  });
  const childPlan = agreement.plans!.find((p) => p.kind === 'CHILD')!.id;
  const adultPlan = agreement.plans!.find((p) => p.kind === 'ADULT')!.id;
  await mayor.request(AddMeasureDocument, { input: { planId: adultPlan, area: MeasureArea.Housing, description: 'Flat', responsibleInstitutionCode: `MUNICIPALITY-${MUNICIPALITY}` } });
  await (await hub().as({ role: 'MVR' })).request(ReportOffenceDocument, {
    input: { beneficiaryId: family.holderId, kind: OffenceKind.AdministrativeOffence, description: 'x', committedOn: todayInSofia() },
  });
  await (await hub().as({ role: 'GOVERNOR', unit: PROVINCE })).request(FileObjectionDocument, {
    input: { agreementId: agreement.id, filedById: family.holderId, activity: 'Housing' },
  });
  ids = { holder: family.holderId, agreement: agreement.id, childPlan };
}, 60_000);

describe('the access matrix, role by role and class by class', () => {
  const cases = ROLES.flatMap((role) => Object.values(DataClass).filter((c) => ![DataClass.PUBLIC, DataClass.SESSION, DataClass.STRUCTURE].includes(c)).map((c) => [role, c] as const));
  it.each(cases)('%s reading %s gets what the policy says', async (role, dataClass) => {
    const probe = probes().find((p) => p.dataClass === dataClass);
    expect(probe, `no probe for class ${dataClass}: add one when a class is added`).toBeDefined();
    const client = await hub().as({ role, unit: UNITS[role] });
    const res = await client.request(probe!.query);
    const codes = GraphQLClient.codes(res);
    if (!mayRead(role, dataClass)) {
      // Refused: FORBIDDEN on the class's field — or NOT_FOUND already at a lookup the role may use but whose row is out of scope.
      expect(codes.length, JSON.stringify(res)).toBeGreaterThan(0);
      expect(codes.every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND'), JSON.stringify(codes)).toBe(true);
      expect(JSON.stringify(res.data ?? {})).not.toMatch(/"(lnch|status|endsOn|version|educationLevel|kind|childOpinion|totalCount)":(?!null)/);
      return;
    }
    if (probe!.row && !IN_SCOPE[probe!.row]!(role)) {
      expect(codes).toEqual(['NOT_FOUND']);
      return;
    }
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toBeTruthy();
  });
});
