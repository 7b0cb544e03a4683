import { describe, expect, it } from 'vitest';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  AgreementPageDocument,
  AgreementPlanIdsDocument,
  FamilyRelation,
  FundingSource,
  MeasureArea,
  MeasureStatus,
  PlanKind,
  RecordChildAssessmentDocument,
  RecordMeasureResultDocument,
  TerminateAgreementDocument,
  TerminationGround,
  type AddMeasureInput,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();

// A holder born 1985, an adult spouse, and a child who is under 18 on the day of signing.
const aFamily = {
  holder: { birthDate: '1985-06-01', givenNameLatin: 'Holder' },
  relatives: {
    spouse: { relation: FamilyRelation.Spouse, input: { birthDate: '1987-01-01', givenNameLatin: 'Spouse' } },
    child: { relation: FamilyRelation.Child, input: { birthDate: '2016-05-05', givenNameLatin: 'Kid' } },
  },
};

/** A concluded agreement for the family above, with the holder's (ADULT) and the child's (CHILD) plan ids. */
async function agreementWithPlans(municipalityCode: string) {
  const concluded = await concludedAgreement(hub(), municipalityCode, aFamily);
  const { agreement, family } = concluded;
  const plans = agreement.plans ?? [];
  const holderPlan = plans.find((p) => p.beneficiary?.id === family.holderId);
  const childPlan = plans.find((p) => p.kind === PlanKind.Child);
  expect(holderPlan?.kind).toBe(PlanKind.Adult);
  expect(childPlan?.beneficiary?.id).toBe(family.relatives.child);
  return { ...concluded, holderPlanId: holderPlan!.id, childPlanId: childPlan!.id };
}

const aMeasure = (planId: string, overrides: Partial<AddMeasureInput> = {}): AddMeasureInput => ({
  planId,
  area: MeasureArea.Employment,
  description: 'Registration with the labour office and job-seeker counselling',
  responsibleInstitutionCode: 'AZ',
  fundingSource: FundingSource.EuFunds,
  ...overrides,
});

/** Every measure on the agreement's plans, as the municipality reads the page of its agreements. */
async function measuresOn(mayor: GraphQLClient, municipalityCode: string, agreementId: string) {
  const page = await mayor.request(AgreementPageDocument, { filter: { municipalityCode }, first: 20 });
  expect(page.errors).toBeUndefined();
  const node = page.data?.agreements.edges.map((e) => e.node).find((n) => n.id === agreementId);
  expect(node?.plans).toBeInstanceOf(Array);
  return (node!.plans ?? []).flatMap((plan) => plan.measures.map((measure) => ({ kind: plan.kind, ...measure })));
}

describe('measures of an integration plan (Art. 4(3))', () => {
  it('adds a measure to the holder’s plan: PLANNED, with its institution, and listed under the agreement’s plans', async () => {
    const code = 'LOV02';
    const { mayor, agreement, holderPlanId } = await agreementWithPlans(code);
    const dueOn = addDays(agreement.signedOn, 30);
    const res = await mayor.request(AddMeasureDocument, { input: aMeasure(holderPlanId, { dueOn }) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addMeasure).toMatchObject({
      area: MeasureArea.Employment,
      status: MeasureStatus.Planned,
      dueOn,
      fundingSource: FundingSource.EuFunds,
      responsibleInstitution: { code: 'AZ' },
    });
    const measures = await measuresOn(mayor, code, agreement.id);
    expect(measures).toEqual([{ kind: PlanKind.Adult, id: res.data!.addMeasure.id, area: MeasureArea.Employment, responsibleInstitution: { code: 'AZ' } }]);
  });

  it('refuses a due date after the agreement ends, an unknown institution and an empty description (BAD_USER_INPUT naming the field), and stores nothing', async () => {
    const code = 'VID30';
    const { mayor, agreement, holderPlanId } = await agreementWithPlans(code);
    const invalid: [Partial<AddMeasureInput>, string][] = [
      [{ dueOn: addDays(agreement.endsOn, 1) }, 'dueOn'],
      [{ responsibleInstitutionCode: 'NOPE' }, 'responsibleInstitutionCode'],
      [{ description: '   ' }, 'description'],
    ];
    for (const [overrides, field] of invalid) {
      const res = await mayor.request(AddMeasureDocument, { input: aMeasure(holderPlanId, overrides) });
      expect(GraphQLClient.codes(res), field).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
      expect(res.data).toBeNull();
    }
    // The last day of the term is still inside it.
    const onLastDay = await mayor.request(AddMeasureDocument, { input: aMeasure(holderPlanId, { dueOn: agreement.endsOn }) });
    expect(onLastDay.errors).toBeUndefined();
    const measures = await measuresOn(mayor, code, agreement.id);
    expect(measures.map((m) => m.id)).toEqual([onLastDay.data!.addMeasure.id]);
  });

  it('records a result: DONE needs the result text; with it, the status, the text and today’s date are stored', async () => {
    const { mayor, holderPlanId } = await agreementWithPlans('LOV17');
    const added = await mayor.request(AddMeasureDocument, { input: aMeasure(holderPlanId) });
    const measureId = added.data!.addMeasure.id;

    const withoutResult = await mayor.request(RecordMeasureResultDocument, { input: { measureId, status: MeasureStatus.Done } });
    expect(GraphQLClient.codes(withoutResult)).toEqual(['BAD_USER_INPUT']);
    expect(withoutResult.errors?.[0]?.extensions?.field).toBe('result');

    const done = await mayor.request(RecordMeasureResultDocument, {
      input: { measureId, status: MeasureStatus.Done, result: 'Registered at the labour office' },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.recordMeasureResult).toEqual({
      id: measureId,
      status: MeasureStatus.Done,
      result: 'Registered at the labour office',
      resultRecordedOn: todayInSofia(),
    });
  });
});

describe("a child's plan (Art. 15)", () => {
  it('stores the needs assessment and the child’s opinion on the CHILD plan, and refuses it on an ADULT plan (BAD_USER_INPUT, planId)', async () => {
    const { mayor, holderPlanId, childPlanId } = await agreementWithPlans('HKV18');
    const assessment = {
      educationalNeeds: 'Bulgarian as a second language; enrolment in year 3',
      linguisticNeeds: 'Speaks Arabic; no Bulgarian yet',
      childOpinion: 'Wants to play football after school',
    };
    const res = await mayor.request(RecordChildAssessmentDocument, { input: { planId: childPlanId, ...assessment } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordChildAssessment).toEqual({ id: childPlanId, kind: PlanKind.Child, ...assessment });

    const onAdult = await mayor.request(RecordChildAssessmentDocument, { input: { planId: holderPlanId, ...assessment } });
    expect(GraphQLClient.codes(onAdult)).toEqual(['BAD_USER_INPUT']);
    expect(onAdult.errors?.[0]?.extensions?.field).toBe('planId');
  });
});

describe('who may change and read plans', () => {
  it('another municipality gets NOT_FOUND (not FORBIDDEN) and SAR gets FORBIDDEN naming Mutation.addMeasure; nothing is added', async () => {
    const code = 'LOV36';
    const { mayor, agreement, holderPlanId } = await agreementWithPlans(code);

    const other = await hub().as({ role: 'MUNICIPALITY', unit: 'HKV19', purpose: 'integration agreements' });
    const fromOther = await other.request(AddMeasureDocument, { input: aMeasure(holderPlanId) });
    expect(GraphQLClient.codes(fromOther)).toEqual(['NOT_FOUND']);
    expect(fromOther.errors?.[0]?.extensions?.field).toBe('planId');
    expect(fromOther.data).toBeNull();

    const sar = await hub().as({ role: 'SAR', purpose: 'register' });
    const fromSar = await sar.request(AddMeasureDocument, { input: aMeasure(holderPlanId) });
    expect(GraphQLClient.codes(fromSar)).toEqual(['FORBIDDEN']);
    expect(fromSar.errors?.[0]?.extensions?.field).toBe('Mutation.addMeasure');
    expect(fromSar.errors?.[0]?.message).toBe('Access denied to Mutation.addMeasure.');

    expect(await measuresOn(mayor, code, agreement.id)).toEqual([]);
  });

  it('SAR reading an agreement is refused Agreement.plans (FORBIDDEN) while id and status still arrive', async () => {
    const { agreement } = await agreementWithPlans('VID09');
    const sar = await hub().as({ role: 'SAR', purpose: 'register' });
    const read = await sar.request(AgreementPlanIdsDocument, { id: agreement.id });
    expect(GraphQLClient.codes(read)).toEqual(['FORBIDDEN']);
    expect(read.errors?.[0]?.extensions?.field).toBe('Agreement.plans');
    expect(read.errors?.[0]?.path).toEqual(['agreement', 'plans']);
    // README (Errors): "FORBIDDEN (the policy refuses a field ...; the rest of the response still arrives)".
    expect(read.data?.agreement, JSON.stringify(read)).toMatchObject({ id: agreement.id, status: 'ACTIVE' });
  });
});

describe('plans of an agreement no longer in force', () => {
  it('refuses a measure on a terminated agreement with CONFLICT', async () => {
    const code = 'HKV30';
    const { mayor, agreement, holderPlanId } = await agreementWithPlans(code);
    const terminated = await mayor.request(TerminateAgreementDocument, {
      input: { agreementId: agreement.id, ground: TerminationGround.MutualConsent, version: agreement.version },
    });
    expect(terminated.errors).toBeUndefined();
    expect(terminated.data?.terminateAgreement.status).toBe('TERMINATED');

    const res = await mayor.request(AddMeasureDocument, { input: aMeasure(holderPlanId) });
    expect(GraphQLClient.codes(res)).toEqual(['CONFLICT']);
    expect(res.errors?.[0]?.extensions?.status).toBe('TERMINATED');
    expect(res.data).toBeNull();
    expect(await measuresOn(mayor, code, agreement.id)).toEqual([]);
  });
});
