import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasurePartnerDocument,
  AgreementChildOpinionsDocument,
  AgreementPlanKindsDocument,
  AgreementStatusAndHolderNameDocument,
  AgreementStatusDocument,
  BeneficiaryFamilyNameAndEducationDocument,
  BeneficiaryFamilyNameAndLnchDocument,
  BeneficiaryFamilyNameDocument,
  BeneficiaryGivenNameAndEducationDocument,
  BeneficiaryIdAndFamilyNameDocument,
  BeneficiaryLnchDocument,
  ConcludeAgreementDocument,
  FamilyRelation,
  FileObjectionIdDocument,
  MeasureParticipantDocument,
  MeasuresPageAreasDocument,
  MeasuresPageIdsDocument,
  MeasuresPageParticipantsDocument,
  MeasuresPagePlanKindsDocument,
  MeasuresPagePlansDocument,
  MeasuresPageSharedDocument,
  MeasureStatusAndResultDocument,
  PlanChildOpinionDocument,
  PlanEducationalNeedsDocument,
  PlanIdAndChildOpinionDocument,
  RecordChildAssessmentNeedsDocument,
  RecordChildAssessmentPhysicalNeedsDocument,
  RecordMeasureResultWithResultDocument,
  type AddMeasureInput,
  type MeasureArea,
  type MeasureFilter,
  type MeasuresPageIdsQueryVariables,
  type RecordMeasureResultInput,
} from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// docs/policy.md, PLAN / CHILD / HEALTH classes, through the live API: who writes which measures,
// which rows of `measures` each institution sees, which fields of plans are refused, the NGOs'
// pseudonymous view, DAZD's share of children, the governor's objections and ASP's referrals.
// Every party lives in one province (TGV, no other test uses it), so RZI-TGV's counts are ours.
const hub = useTestHub();
const MUNICIPALITY = 'TGV35';
const PROVINCE = 'TGV';
const OTHER_PROVINCE = 'SML';
const SELF = `MUNICIPALITY-${MUNICIPALITY}`;

let mayor: GraphQLClient;

beforeAll(async () => {
  mayor = await registeredMunicipality(hub(), MUNICIPALITY);
}, 60_000);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

/** A fresh agreement in TGV35: the holder (adult), an adult spouse and a child of about 8, with their plan ids. */
async function anAgreement() {
  const family = await forwardedFamily(hub(), MUNICIPALITY, {
    holder: { birthDate: '1985-06-01', givenNameLatin: 'Holder' },
    relatives: {
      spouse: { relation: FamilyRelation.Spouse, input: { birthDate: '1987-01-01', givenNameLatin: 'Spouse' } },
      child: { relation: FamilyRelation.Child, input: { birthDate: addDays(todayInSofia(), -3000), givenNameLatin: 'Kid' } },
    },
  });
  const concluded = await mayor.request(ConcludeAgreementDocument, {
    input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives) },
  });
  expect(concluded.errors, JSON.stringify(concluded.errors)).toBeUndefined();
  const agreement = concluded.data!.concludeAgreement;
  const planOf = (beneficiaryId: string) => agreement.plans!.find((p) => p.beneficiary?.id === beneficiaryId)!;
  const holderPlan = planOf(family.holderId);
  const spousePlan = planOf(family.relatives.spouse!);
  const childPlan = planOf(family.relatives.child!);
  expect([holderPlan.kind, spousePlan.kind, childPlan.kind]).toEqual(['ADULT', 'ADULT', 'CHILD']);
  return {
    agreementId: agreement.id,
    holderId: family.holderId,
    spouseId: family.relatives.spouse!,
    childId: family.relatives.child!,
    holderPlan: holderPlan.id,
    spousePlan: spousePlan.id,
    childPlan: childPlan.id,
  };
}

type Extra = Partial<AddMeasureInput>;

function addMeasure(client: GraphQLClient, planId: string, area: MeasureArea, responsibleInstitutionCode: string, extra: Extra = {}) {
  return client.request(AddMeasurePartnerDocument, {
    input: { planId, area, description: `${area} measure`, responsibleInstitutionCode, ...extra },
  });
}

/** Adds a measure that must succeed; returns its id. */
async function added(client: GraphQLClient, planId: string, area: MeasureArea, responsibleInstitutionCode: string, extra: Extra = {}) {
  const res = await addMeasure(client, planId, area, responsibleInstitutionCode, extra);
  expect(res.errors, `addMeasure ${area}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  expect(res.data?.addMeasure.area).toBe(area);
  return res.data!.addMeasure.id;
}

/** A page of `measures`, each node with the selection of its document (MeasuresPage… in test/graphql/agreements.graphql). */
type MeasurePage<TNode> = {
  measures: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: TNode }[] };
};
type MeasurePageDocument<TNode> = TypedDocumentNode<MeasurePage<TNode>, MeasuresPageIdsQueryVariables>;

/** One page of `measures` with the selection of the document. */
function measuresPage<TNode>(client: GraphQLClient, document: MeasurePageDocument<TNode>, filter?: MeasureFilter, first = 100, after?: string | null) {
  return client.request(document, { filter, first, after });
}

/** Every row of `measures` the client sees (all pages), and the totalCount the first page reported. */
async function allMeasures<TNode>(client: GraphQLClient, document: MeasurePageDocument<TNode>, filter?: MeasureFilter) {
  const rows: TNode[] = [];
  let after: string | null | undefined;
  let totalCount = -1;
  for (let page = 0; page < 50; page++) {
    const res = await measuresPage(client, document, filter, 100, after);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const m = res.data!.measures;
    if (totalCount < 0) totalCount = m.totalCount;
    rows.push(...m.edges.map((e) => e.node));
    if (!m.pageInfo.hasNextPage) break;
    after = m.pageInfo.endCursor;
  }
  return { totalCount, rows };
}

/** The municipality's count of its measures (its scope: all measures of its agreements). */
async function municipalityMeasureCount() {
  const res = await measuresPage(mayor, MeasuresPageIdsDocument, undefined, 1);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.measures.totalCount;
}

const fields = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.field);

describe('statutory views on integration plans and measures', () => {
  it('writes: RZI and the mayor add health measures; AZ employment not education; MON education to adults only, both once referred; RZI elsewhere NOT_FOUND', async () => {
    const a = await anAgreement();
    const rzi = await as('RZI', PROVINCE);

    // RZI of the province: a HEALTHCARE measure on the holder's adult plan (Art. 23).
    const health = await added(rzi, a.holderPlan, 'HEALTHCARE', `RZI-${PROVINCE}`);
    const seenByRzi = await allMeasures(rzi, MeasuresPageAreasDocument, { planId: a.holderPlan });
    expect(seenByRzi.rows).toEqual([{ id: health, area: 'HEALTHCARE' }]);

    // The mayor draws up the plan (Art. 4(2)), whose measures include medical care and health insurance
    // (Art. 4(3)), e.g. informing the foreigner about choosing a GP (Art. 14 p.10): the mayor writes them too,
    // on an adult's plan and on a child's, for itself or naming RZI.
    const gp = await added(mayor, a.holderPlan, 'HEALTHCARE', SELF, { service: 'HEALTH_SERVICE' });
    const childGp = await added(mayor, a.childPlan, 'HEALTHCARE', `RZI-${PROVINCE}`);
    expect((await allMeasures(rzi, MeasuresPageIdsDocument, { planId: a.holderPlan })).rows.map((m) => m.id).sort()).toEqual([health, gp].sort());

    // The mayor's plan refers the holder to AZ and MON (Art. 4(2)): only then do they add measures of their own.
    const referredToAz = await added(mayor, a.holderPlan, 'TRAINING', 'AZ');
    const referredToMon = await added(mayor, a.holderPlan, 'EDUCATION', 'MON');

    // AZ: employment and training only (Art. 22(2)).
    const az = await as('AZ');
    const educationByAz = await addMeasure(az, a.holderPlan, 'EDUCATION', 'MON');
    expect(GraphQLClient.codes(educationByAz)).toEqual(['FORBIDDEN']);
    expect(educationByAz.data ?? null).toBeNull();
    const employment = await added(az, a.holderPlan, 'EMPLOYMENT', 'AZ');

    // MON: education measures of adults (PLAN); a child's plan is CHILD data, which MON only reads in part.
    const mon = await as('MON');
    const onChild = await addMeasure(mon, a.childPlan, 'EDUCATION', 'MON');
    expect(GraphQLClient.codes(onChild)).toEqual(['FORBIDDEN']);
    expect(onChild.data ?? null).toBeNull();
    const education = await added(mon, a.holderPlan, 'EDUCATION', 'MON');

    // RZI of another province does not reach the plan at all.
    const elsewhere = await as('RZI', OTHER_PROVINCE);
    const outside = await addMeasure(elsewhere, a.holderPlan, 'HEALTHCARE', `RZI-${OTHER_PROVINCE}`);
    expect(GraphQLClient.codes(outside)).toEqual(['NOT_FOUND']);
    expect(outside.data ?? null).toBeNull();

    // Exactly the allowed writes are stored on the agreement's plans.
    const stored = await allMeasures(mayor, MeasuresPagePlansDocument, { planId: a.holderPlan });
    expect(stored.rows.map((m) => m.id).sort()).toEqual([health, gp, referredToAz, referredToMon, employment, education].sort());
    const onChildPlan = await allMeasures(mayor, MeasuresPageIdsDocument, { planId: a.childPlan });
    expect(onChildPlan.rows.map((m) => m.id)).toEqual([childGp]);
  });

  it('health measures: the mayor records their results in its own plans (Art. 4(2)–(3), 14 p.10), RZI its own (Art. 23); another municipality gets NOT_FOUND', async () => {
    const a = await anAgreement();
    const record = (client: GraphQLClient, input: RecordMeasureResultInput) => client.request(RecordMeasureResultWithResultDocument, { input });
    const gp = await added(mayor, a.holderPlan, 'HEALTHCARE', SELF, { description: 'Informed about choosing a GP (Art. 14 p.10)' });
    const childExam = await added(mayor, a.childPlan, 'HEALTHCARE', SELF);

    // Another municipality, even of the same province, does not reach the plans or the measures at all.
    const neighbour = await as('MUNICIPALITY', 'TGV22');
    const addedElsewhere = await addMeasure(neighbour, a.holderPlan, 'HEALTHCARE', 'MUNICIPALITY-TGV22');
    expect(GraphQLClient.codes(addedElsewhere)).toEqual(['NOT_FOUND']);
    expect(addedElsewhere.data ?? null).toBeNull();
    const recordedElsewhere = await record(neighbour, { measureId: gp, status: 'DONE', result: 'Overwritten by another municipality' });
    expect(GraphQLClient.codes(recordedElsewhere)).toEqual(['NOT_FOUND']);
    expect(recordedElsewhere.errors?.[0]?.extensions?.field).toBe('measureId');
    expect(recordedElsewhere.data ?? null).toBeNull();

    const done = await record(mayor, { measureId: gp, status: 'DONE', result: 'Registered with a GP' });
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    expect(done.data).toEqual({ recordMeasureResult: { id: gp, status: 'DONE', result: 'Registered with a GP' } });
    // recordedOn: null is the documented default, today (issue 17: null means left out).
    const started = await record(mayor, { measureId: childExam, status: 'IN_PROGRESS', recordedOn: null });
    expect(started.errors, JSON.stringify(started.errors)).toBeUndefined();
    expect(started.data?.recordMeasureResult.status).toBe('IN_PROGRESS');

    // RZI of the province keeps writing health measures and their results (Art. 23).
    const rzi = await as('RZI', PROVINCE);
    const exam = await added(rzi, a.holderPlan, 'HEALTHCARE', `RZI-${PROVINCE}`, { service: 'PROPHYLACTIC_EXAMINATION' });
    const byRzi = await record(rzi, { measureId: exam, status: 'DONE', result: 'Examined' });
    expect(byRzi.errors, JSON.stringify(byRzi.errors)).toBeUndefined();

    // What the neighbour tried left no trace: the mayor's results stand.
    const stored = await mayor.request(MeasureStatusAndResultDocument, { id: gp });
    expect(stored.errors, JSON.stringify(stored.errors)).toBeUndefined();
    expect(stored.data).toEqual({ node: { status: 'DONE', result: 'Registered with a GP' } });
    expect((await allMeasures(mayor, MeasuresPageIdsDocument, { planId: a.holderPlan })).rows.map((m) => m.id).sort()).toEqual([gp, exam].sort());
  });

  it('row scope of measures: RZI health only, AZ adults’ employment and training, MON adults’ education, DAZD children’s; RZI may not filter on EMPLOYMENT', async () => {
    const a = await anAgreement();
    const rzi = await as('RZI', PROVINCE);
    const ids = {
      adultEmployment: await added(mayor, a.holderPlan, 'EMPLOYMENT', 'AZ'),
      adultTraining: await added(mayor, a.spousePlan, 'TRAINING', 'AZ'),
      adultEducation: await added(mayor, a.holderPlan, 'EDUCATION', 'MON'),
      adultLanguage: await added(mayor, a.holderPlan, 'LANGUAGE', SELF),
      adultHousing: await added(mayor, a.holderPlan, 'HOUSING', SELF),
      adultHealth: await added(rzi, a.holderPlan, 'HEALTHCARE', `RZI-${PROVINCE}`),
      childEducation: await added(mayor, a.childPlan, 'EDUCATION', 'MON'),
      childTraining: await added(mayor, a.childPlan, 'TRAINING', 'AZ'),
      childHealth: await added(rzi, a.childPlan, 'HEALTHCARE', `RZI-${PROVINCE}`),
    };
    const sorted = (xs: string[]) => [...xs].sort();
    const ofPlans = async (client: GraphQLClient) => ({
      holder: sorted((await allMeasures(client, MeasuresPageIdsDocument, { planId: a.holderPlan })).rows.map((m) => m.id)),
      spouse: sorted((await allMeasures(client, MeasuresPageIdsDocument, { planId: a.spousePlan })).rows.map((m) => m.id)),
      child: sorted((await allMeasures(client, MeasuresPageIdsDocument, { planId: a.childPlan })).rows.map((m) => m.id)),
    });

    // RZI: HEALTHCARE only; the count counts only those (one page of 100 holds them all: TGV is ours).
    const rziPage = await measuresPage(rzi, MeasuresPageAreasDocument);
    expect(rziPage.errors, JSON.stringify(rziPage.errors)).toBeUndefined();
    const rziRows = rziPage.data!.measures.edges.map((e) => e.node);
    expect(rziPage.data!.measures.pageInfo.hasNextPage).toBe(false);
    expect(rziRows.length).toBeGreaterThanOrEqual(2);
    expect(
      rziRows.every((m) => m.area === 'HEALTHCARE'),
      JSON.stringify(rziRows),
    ).toBe(true);
    expect(rziPage.data!.measures.totalCount).toBe(rziRows.length);
    expect(rziRows.map((m) => m.id)).toEqual(expect.arrayContaining([ids.adultHealth, ids.childHealth]));
    expect(await ofPlans(rzi)).toEqual({ holder: [ids.adultHealth], spouse: [], child: [ids.childHealth] });

    // AZ: employment and training of adults' plans, not of the child's.
    const az = await as('AZ');
    const azAll = await allMeasures(az, MeasuresPagePlanKindsDocument);
    expect(azAll.totalCount).toBe(azAll.rows.length);
    expect(
      azAll.rows.every((m) => ['EMPLOYMENT', 'TRAINING'].includes(m.area) && m.plan?.kind === 'ADULT'),
      JSON.stringify(azAll.rows),
    ).toBe(true);
    expect(azAll.rows.map((m) => m.id)).toEqual(expect.arrayContaining([ids.adultEmployment, ids.adultTraining]));
    expect(azAll.rows.map((m) => m.id)).not.toContain(ids.childTraining);
    expect(await ofPlans(az)).toEqual({ holder: [ids.adultEmployment], spouse: [ids.adultTraining], child: [] });

    // MON: education of adults' plans only.
    const mon = await as('MON');
    const monAll = await allMeasures(mon, MeasuresPagePlanKindsDocument);
    expect(monAll.totalCount).toBe(monAll.rows.length);
    expect(
      monAll.rows.every((m) => m.area === 'EDUCATION' && m.plan?.kind === 'ADULT'),
      JSON.stringify(monAll.rows),
    ).toBe(true);
    expect(monAll.rows.map((m) => m.id)).toContain(ids.adultEducation);
    expect(monAll.rows.map((m) => m.id)).not.toContain(ids.childEducation);
    expect(await ofPlans(mon)).toEqual({ holder: [ids.adultEducation], spouse: [], child: [] });

    // DAZD: every measure of children's plans (health included), none of adults'.
    const dazd = await as('DAZD');
    const dazdAll = await allMeasures(dazd, MeasuresPagePlanKindsDocument);
    expect(dazdAll.totalCount).toBe(dazdAll.rows.length);
    expect(
      dazdAll.rows.every((m) => m.plan?.kind === 'CHILD'),
      JSON.stringify(dazdAll.rows),
    ).toBe(true);
    expect(await ofPlans(dazd)).toEqual({ holder: [], spouse: [], child: sorted([ids.childEducation, ids.childTraining, ids.childHealth]) });

    // A filter is a read: RZI may not filter on an area it may not read.
    const filtered = await measuresPage(rzi, MeasuresPageAreasDocument, { area: 'EMPLOYMENT' });
    expect(GraphQLClient.codes(filtered)).toEqual(['FORBIDDEN']);
    expect(filtered.errors?.[0]?.extensions?.field).toBe('filter.area');
    expect(filtered.data ?? null).toBeNull();
  });

  it('field level: DANS is refused plans, RZI gets plan ids but not their kind, MON a child’s educational needs but not the opinion, an NGO no LNCh', async () => {
    const a = await anAgreement();
    const assessed = await mayor.request(RecordChildAssessmentNeedsDocument, {
      input: { planId: a.childPlan, educationalNeeds: 'Bulgarian as a second language', childOpinion: 'Wants to play football' },
    });
    expect(assessed.errors, JSON.stringify(assessed.errors)).toBeUndefined();

    // DANS reads agreements but no plan data: the plans field itself is refused.
    const dans = await as('DANS');
    const byDans = await dans.request(AgreementChildOpinionsDocument, { id: a.agreementId });
    expect(GraphQLClient.codes(byDans)).toEqual(['FORBIDDEN']);
    expect(fields(byDans)).toEqual(['Agreement.plans']);
    expect(byDans.data).toEqual({ agreement: { status: 'ACTIVE', plans: null } });

    // RZI reaches the plans (to add health measures) but not what kind of plan each is.
    const rzi = await as('RZI', PROVINCE);
    const byRzi = await rzi.request(AgreementPlanKindsDocument, { id: a.agreementId });
    expect(byRzi.errors?.length).toBeGreaterThan(0);
    expect(GraphQLClient.codes(byRzi).every((c) => c === 'FORBIDDEN')).toBe(true);
    expect(new Set(fields(byRzi))).toEqual(new Set(['IntegrationPlan.kind']));
    const rziPlans = byRzi.data?.agreement.plans ?? [];
    expect(rziPlans.map((p) => p.id).sort()).toEqual([a.holderPlan, a.spousePlan, a.childPlan].sort());
    expect(rziPlans.every((p) => p.kind === null)).toBe(true);

    // MON: a child's educational needs, and nothing else of the assessment.
    const mon = await as('MON');
    const needs = await mon.request(PlanEducationalNeedsDocument, { id: a.childPlan });
    expect(needs.errors, JSON.stringify(needs.errors)).toBeUndefined();
    expect(needs.data).toEqual({ node: { id: a.childPlan, educationalNeeds: 'Bulgarian as a second language' } });
    const opinion = await mon.request(PlanIdAndChildOpinionDocument, { id: a.childPlan });
    expect(GraphQLClient.codes(opinion)).toEqual(['FORBIDDEN']);
    expect(fields(opinion)).toEqual(['IntegrationPlan.childOpinion']);
    expect(JSON.stringify(opinion.data ?? {})).not.toContain('football');

    // An NGO never reads identity, pseudonymous only.
    const ngo = await as('NGO', 'caritas');
    const lnch = await ngo.request(BeneficiaryLnchDocument, { id: a.holderId });
    expect(GraphQLClient.codes(lnch)).toEqual(['FORBIDDEN']);
    expect(lnch.data ?? null).toBeNull();
  });

  it('NGO pseudonymity: the assigned NGO sees its measures with a stable pseudonym and no plan; another NGO nothing; not for a child’s measure', async () => {
    const a = await anAgreement();
    const first = await added(mayor, a.holderPlan, 'LANGUAGE', SELF, { partnerOrganisation: 'caritas' });
    const second = await added(mayor, a.holderPlan, 'HOUSING', SELF, { partnerOrganisation: 'caritas' });
    const spouses = await added(mayor, a.spousePlan, 'LANGUAGE', SELF, { partnerOrganisation: 'caritas' });
    const unassigned = await added(mayor, a.holderPlan, 'OTHER', SELF);

    const caritas = await as('NGO', 'caritas');
    const seen = await allMeasures(caritas, MeasuresPageSharedDocument);
    expect(seen.totalCount).toBe(seen.rows.length);
    const byId = new Map(seen.rows.map((m) => [m.id, m]));
    expect([...byId.keys()]).toEqual(expect.arrayContaining([first, second, spouses]));
    expect(byId.has(unassigned)).toBe(false);
    expect(
      seen.rows.every((m) => m.partnerOrganisation === 'caritas' && m.plan === null),
      JSON.stringify(seen.rows),
    ).toBe(true);
    const p1 = byId.get(first)!.participant!;
    expect(p1).toMatch(/^P-/);
    // The same person, the same pseudonym; another person, another.
    expect(byId.get(second)!.participant).toBe(p1);
    expect(byId.get(spouses)!.participant).toMatch(/^P-/);
    expect(byId.get(spouses)!.participant).not.toBe(p1);
    // The mayor reaches the same measures but reads identities, not pseudonyms: refused on that field only.
    const byMayor = await mayor.request(MeasureParticipantDocument, { id: first });
    expect(fields(byMayor)).toEqual(['Measure.participant']);
    expect(byMayor.data).toEqual({ node: { area: 'LANGUAGE', participant: null } });
    // The pseudonym does not carry the person's id (nor its first block).
    expect(p1).not.toContain(a.holderId);
    expect(p1.toLowerCase()).not.toContain(a.holderId.split('-')[0]!.toLowerCase());

    const redcross = await as('NGO', 'redcross');
    const none = await measuresPage(redcross, MeasuresPageParticipantsDocument);
    expect(none.errors, JSON.stringify(none.errors)).toBeUndefined();
    expect(none.data!.measures.totalCount).toBe(0);
    expect(none.data!.measures.edges).toEqual([]);

    // A child's measure is never shared with an NGO.
    const before = await municipalityMeasureCount();
    const onChild = await addMeasure(mayor, a.childPlan, 'LANGUAGE', SELF, { partnerOrganisation: 'caritas' });
    expect(GraphQLClient.codes(onChild)).toEqual(['BAD_USER_INPUT']);
    expect(onChild.errors?.[0]?.extensions?.field).toBe('partnerOrganisation');
    expect(await municipalityMeasureCount()).toBe(before);
  });

  it('DAZD: agreements with a child, the child’s profile, the parent’s identity but not profile; records the child’s assessment, AZ may not', async () => {
    const a = await anAgreement();
    const dazd = await as('DAZD');

    const agreement = await dazd.request(AgreementStatusDocument, { id: a.agreementId });
    expect(agreement.errors, JSON.stringify(agreement.errors)).toBeUndefined();
    expect(agreement.data).toEqual({ agreement: { status: 'ACTIVE' } });

    const child = await dazd.request(BeneficiaryGivenNameAndEducationDocument, { id: a.childId });
    expect(child.errors, JSON.stringify(child.errors)).toBeUndefined();
    expect(child.data).toMatchObject({ beneficiary: { id: a.childId, givenNameLatin: 'Kid', educationLevel: expect.any(String) } });

    // One query: the parent's identity arrives, the profile field alone is refused (and null).
    const parent = await dazd.request(BeneficiaryFamilyNameAndEducationDocument, { id: a.holderId });
    expect(GraphQLClient.codes(parent)).toEqual(['FORBIDDEN']);
    expect(fields(parent)).toEqual(['Beneficiary.educationLevel']);
    expect(parent.data).toEqual({ beneficiary: { id: a.holderId, familyNameLatin: expect.any(String), educationLevel: null } });

    const recorded = await dazd.request(RecordChildAssessmentPhysicalNeedsDocument, {
      input: { planId: a.childPlan, childOpinion: 'Likes drawing', physicalNeeds: 'None' },
    });
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    expect(recorded.data).toEqual({ recordChildAssessment: { id: a.childPlan, childOpinion: 'Likes drawing', physicalNeeds: 'None' } });

    const az = await as('AZ');
    const byAz = await az.request(RecordChildAssessmentPhysicalNeedsDocument, { input: { planId: a.childPlan, childOpinion: 'Overwritten by AZ' } });
    expect(GraphQLClient.codes(byAz)).toEqual(['FORBIDDEN']);
    expect(byAz.data ?? null).toBeNull();
    const after = await dazd.request(PlanChildOpinionDocument, { id: a.childPlan });
    expect(after.errors, JSON.stringify(after.errors)).toBeUndefined();
    expect(after.data).toEqual({ node: { childOpinion: 'Likes drawing' } });
  });

  it('GOVERNOR: no agreement until an objection about it is filed; then its status and the holder’s identity', async () => {
    const a = await anAgreement();
    const governor = await as('GOVERNOR', PROVINCE);
    const before = await governor.request(AgreementStatusAndHolderNameDocument, { id: a.agreementId });
    expect(GraphQLClient.codes(before)).toEqual(['NOT_FOUND']);
    expect(before.data ?? null).toBeNull();
    const holderBefore = await governor.request(BeneficiaryFamilyNameDocument, { id: a.holderId });
    expect(GraphQLClient.codes(holderBefore)).toEqual(['NOT_FOUND']);

    const filed = await governor.request(FileObjectionIdDocument, {
      input: { agreementId: a.agreementId, filedById: a.holderId, activity: 'Housing' },
    });
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();

    const after = await governor.request(AgreementStatusAndHolderNameDocument, { id: a.agreementId });
    expect(after.errors, JSON.stringify(after.errors)).toBeUndefined();
    expect(after.data).toMatchObject({ agreement: { id: a.agreementId, status: 'ACTIVE', holder: { id: a.holderId, familyNameLatin: expect.any(String) } } });
    const holderAfter = await governor.request(BeneficiaryIdAndFamilyNameDocument, { id: a.holderId });
    expect(holderAfter.errors, JSON.stringify(holderAfter.errors)).toBeUndefined();
    expect(holderAfter.data).toMatchObject({ beneficiary: { id: a.holderId, familyNameLatin: expect.any(String) } });
  });

  it('ASP: the holder is NOT_FOUND until the mayor refers them with a social-assistance measure for ASP; then ASP reads the identity', async () => {
    const a = await anAgreement();
    const asp = await as('ASP');
    const before = await asp.request(BeneficiaryFamilyNameAndLnchDocument, { id: a.holderId });
    expect(GraphQLClient.codes(before)).toEqual(['NOT_FOUND']);
    expect(before.data ?? null).toBeNull();

    // A measure of another institution is no referral to ASP.
    await added(mayor, a.holderPlan, 'HOUSING', SELF);
    expect(GraphQLClient.codes(await asp.request(BeneficiaryFamilyNameAndLnchDocument, { id: a.holderId }))).toEqual(['NOT_FOUND']);

    await added(mayor, a.holderPlan, 'SOCIAL_ASSISTANCE', 'ASP');
    const after = await asp.request(BeneficiaryFamilyNameAndLnchDocument, { id: a.holderId });
    expect(after.errors, JSON.stringify(after.errors)).toBeUndefined();
    expect(after.data).toMatchObject({ beneficiary: { id: a.holderId, familyNameLatin: expect.any(String), lnch: expect.stringMatching(/^\d{10}$/) } });
    // The spouse was referred nothing: still out of ASP's scope.
    expect(GraphQLClient.codes(await asp.request(BeneficiaryFamilyNameAndLnchDocument, { id: a.spouseId }))).toEqual(['NOT_FOUND']);
  });
});
