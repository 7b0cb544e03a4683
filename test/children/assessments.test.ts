import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddCaseParticipantInstitutionDocument,
  AdvanceChildCaseStatusDocument,
  type ApprovalStatus,
  AppointRepresentativeDocument,
  type AssessmentKind,
  type CaseArea,
  type CaseStatus,
  ChildCaseBestInterestsDocument,
  ChildCaseBestInterestsIdsDocument,
  ChildCaseIndicatorsDocument,
  ChildCaseNeedsDocument,
  ChildCaseStatusDocument,
  CloseChildCaseDocument,
  type ClosingReason,
  type CountCellFieldsFragment,
  DecideBestInterestsAssessmentDetailsDocument,
  type MonitoringVisitFieldsFragment,
  MonitoringVisitsDocument,
  type MonitoringVisitsQuery,
  type OpenCaseInput,
  OpenChildCaseWithParticipantsDocument,
  type RecordBestInterestsInput,
  RecordBestInterestsAssessmentDetailsDocument,
  RecordChildNeedDetailsDocument,
  RecordMonitoringVisitDetailsDocument,
  type RecordMonitoringVisitInput,
  type RecordNeedInput,
  RecordVisitFollowUpDetailsDocument,
  ReferChildCaseAreasDocument,
  RespondToReferralOnDocument,
} from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse, ok } from '../support/client.js';
import { errorsByPath } from '../support/children.js';
import { useTestHub, type TestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// Unaccompanied children, the second part of the coordination mechanism (src/modules/children),
// through the live API: best-interests assessments and DAZD's approval (AP I.15.1), needs by area
// (AP II.8), monitoring visits to reception centres (AP I.18), and the mechanism's indicators, published by
// the cell-key method (docs/indicators.md) with small counts suppressed.
//
// The database is shared with other test files of the run: every check is narrowed to the cases,
// assessments, needs, visits and notifications this file creates; counts over "now" are checked only
// against the publication rule or as lower bounds. Every province's code appears in some test file;
// monitoring visits and the MUNICIPALITY/RZI principals here use province DOB (municipalities DOB03,
// DOB17, DOB29 — no other file uses a DOB municipality; agreement-statistics uses DOB only as an
// "other province" with no agreements, and visits are not agreements). No child is placed anywhere.
// The exact small counts of the indicators are checked on a second hub (threshold 2) over periods in
// 2003, which only this file's cases, assessments and visits fall in; their record keys are set to 0,
// whose deviation is 0, so the figures are the true counts (the perturbation is tested in
// test/statistics/differencing.test.ts).
const hub = useTestHub({ notifications: true });
const hub2 = useTestHub({ env: { SMALL_CELL_THRESHOLD: '2' } });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -30);

const as = (role: Role, unit?: string, on: () => TestHub = hub) => on().as({ role, unit });

// ---------------------------------------------------------------------------------------------
// Helpers (as in cases.test.ts)

/** A fresh case opened by `role` (DAZD, MVR or SAR): DAZD and the opener take part. */
async function aCase(role: 'DAZD' | 'MVR' | 'SAR' = 'SAR', extra: Partial<OpenCaseInput> = {}, on: () => TestHub = hub) {
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Reception centre Voenna Rampa, Sofia',
    identifiedOn: IDENTIFIED_ON,
    givenName: 'Yusuf',
    nationality: 'SY',
    ...extra,
  };
  return ok(await (await as(role, undefined, on)).request(OpenChildCaseWithParticipantsDocument, { input }), `openChildCase by ${role}`).openChildCase;
}

async function addParticipant(caseId: string, code: string, role = 'takes part') {
  return ok(await (await as('DAZD')).request(AddCaseParticipantInstitutionDocument, { caseId, institutionCode: code, role }), `addCaseParticipant ${code}`);
}

const advance = (client: GraphQLClient, caseId: string, status: CaseStatus) => client.request(AdvanceChildCaseStatusDocument, { caseId, status });

// Best interests (AP I.15.1)
const recordBia = (client: GraphQLClient, caseId: string, kind: AssessmentKind, extra: Partial<RecordBestInterestsInput> = {}) =>
  client.request(RecordBestInterestsAssessmentDetailsDocument, {
    input: { caseId, kind, findings: `${kind} findings: settled, attends language classes`, recommendations: 'foster family placement', ...extra },
  });
const decide = (client: GraphQLClient, id: string, approval: ApprovalStatus, note?: string) =>
  client.request(DecideBestInterestsAssessmentDetailsDocument, { id, approval, note });

// Needs (AP II.8)
const recordNeed = (client: GraphQLClient, caseId: string, area: CaseArea, extra: Partial<RecordNeedInput> = {}) =>
  client.request(RecordChildNeedDetailsDocument, { input: { caseId, area, description: `${area} need`, plan: `${area} plan`, ...extra } });
const needsSeen = async (client: GraphQLClient, caseId: string, who: string) =>
  ok(await client.request(ChildCaseNeedsDocument, { id: caseId }), `${who} needs`).childCase.needs;

// Monitoring visits (AP I.18)
type Visit = MonitoringVisitFieldsFragment;
const recordVisit = (client: GraphQLClient, input: Partial<RecordMonitoringVisitInput>) =>
  client.request(RecordMonitoringVisitDetailsDocument, {
    input: { centre: 'Reception centre', municipalityCode: 'DOB03', findings: 'overcrowded rooms', recommendations: 'separate the children’s wing', ...input },
  });

/** Every visit the client lists in monitoringVisits, paging through. */
async function listedVisits(client: GraphQLClient, who: string): Promise<Visit[]> {
  const visits: Visit[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse<MonitoringVisitsQuery> = await client.request(MonitoringVisitsDocument, { after });
    const page = ok(res, `${who} monitoringVisits`).monitoringVisits;
    visits.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return visits;
    after = page.pageInfo.endCursor;
  }
  return visits;
}

// Indicators
type Cell = CountCellFieldsFragment;
const indicators = (client: GraphQLClient, from: string, to: string) => client.request(ChildCaseIndicatorsDocument, { from, to });

/** One published count about children: 0, or at least the threshold; else null (suppressed). */
function expectSingle(value: number | null, threshold: number, what: string) {
  if (value !== null) expect(value === 0 || value >= threshold, `${what} = ${value} is published below ${threshold}`).toBe(true);
}

/**
 * A table of cells and its total as the cell-key method publishes them: a published count is at least
 * the threshold, a suppressed one shows none; the total is a cell of its own, 0 or at least the threshold.
 */
function expectSuppressed(cells: Cell[], total: number | null | undefined, threshold: number, what: string) {
  expect(new Set(cells.map((c) => c.key)).size, `${what}: keys once`).toBe(cells.length);
  for (const c of cells) {
    if (c.suppressed) expect(c.count, `${what}.${c.key}`).toBeNull();
    else expect(c.count!, `${what}.${c.key}`).toBeGreaterThanOrEqual(threshold);
  }
  if (total !== undefined && total !== null) expect(total === 0 || total >= threshold, `${what}: total ${total}`).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe('unaccompanied children: best interests, needs, monitoring, indicators', () => {
  it('1. best interests: rapid needs no approval; a full one waits for DAZD (notified); the care plan needs an approved full one', async () => {
    const c = await aCase('SAR');
    expect(c.participants.map((p) => p.institution.code).sort()).toEqual(['DAZD', 'SAR']);
    const sar = await as('SAR');
    const dazd = await as('DAZD');

    // SAR takes part (it identified the child) and sees BEST_INTERESTS: a rapid one needs no approval.
    const rapid = ok(await recordBia(sar, c.id, 'RAPID'), 'SAR rapid').recordBestInterestsAssessment;
    expect(rapid).toMatchObject({ kind: 'RAPID', madeOn: today, approval: 'NOT_REQUIRED', decidedOn: null, decisionNote: null });
    expect(rapid.recommendations).toBe('foster family placement');
    // A rapid one is not decided.
    expect(GraphQLClient.codes(await decide(dazd, rapid.id, 'APPROVED'))).toEqual(['CONFLICT']);

    // ASP has the area by role but does not take part: the case is not found for it.
    const asp = await recordBia(await as('ASP'), c.id, 'RAPID');
    expect(GraphQLClient.codes(asp)).toEqual(['NOT_FOUND']);
    expect(asp.data?.recordBestInterestsAssessment ?? null).toBeNull();

    // MON takes part, but without the BEST_INTERESTS area.
    await addParticipant(c.id, 'MON', 'school enrolment');
    const mon = await recordBia(await as('MON'), c.id, 'RAPID');
    expect(GraphQLClient.codes(mon)).toEqual(['FORBIDDEN']);
    expect(mon.data?.recordBestInterestsAssessment ?? null).toBeNull();

    // A full one waits for DAZD, and DAZD is told.
    const full = ok(await recordBia(sar, c.id, 'FULL', { madeOn: addDays(IDENTIFIED_ON, 5) }), 'SAR full').recordBestInterestsAssessment;
    expect(full).toMatchObject({ kind: 'FULL', madeOn: addDays(IDENTIFIED_ON, 5), approval: 'PENDING', decidedOn: null });
    const told = await receivedAbout(dazd, 'ASSESSMENT_AWAITING_APPROVAL', c.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ subjectType: 'ChildCase', subjectId: c.id, sender: { code: 'SAR' }, recipient: { code: 'DAZD' } });
    expect(told[0]!.content?.case).toMatchObject({ id: c.id });
    expect(told[0]!.content?.assessment).toMatchObject({ id: full.id, kind: 'FULL' });
    // The rapid one told no one.
    expect(told.some((n) => n.content?.assessment?.id === rapid.id)).toBe(false);

    // Before DAZD approves a full one, no care plan.
    expect(ok(await advance(dazd, c.id, 'ASSESSED'), 'ASSESSED').advanceChildCase.status).toBe('ASSESSED');
    expect(ok(await advance(dazd, c.id, 'PLACED'), 'PLACED').advanceChildCase.status).toBe('PLACED');
    const early = await advance(dazd, c.id, 'CARE_PLAN');
    expect(GraphQLClient.codes(early)).toEqual(['CONFLICT']);
    expect(ok(await dazd.request(ChildCaseStatusDocument, { id: c.id }), 'status').childCase).toEqual({ status: 'PLACED' });

    // Only DAZD decides.
    expect(GraphQLClient.codes(await decide(sar, full.id, 'APPROVED'))).toEqual(['FORBIDDEN']);

    // DAZD returns it with a note; decided once.
    const returned = ok(await decide(dazd, full.id, 'RETURNED', 'the child was not heard'), 'RETURNED').decideBestInterestsAssessment;
    expect(returned).toMatchObject({ id: full.id, approval: 'RETURNED', decidedOn: today, decisionNote: 'the child was not heard' });
    expect(GraphQLClient.codes(await decide(dazd, full.id, 'APPROVED'))).toEqual(['CONFLICT']);
    // A returned one does not open the care plan.
    expect(GraphQLClient.codes(await advance(dazd, c.id, 'CARE_PLAN'))).toEqual(['CONFLICT']);

    // A second full one, approved: now the care plan.
    const second = ok(await recordBia(sar, c.id, 'FULL', { findings: 'the child was heard with an interpreter' }), 'second full').recordBestInterestsAssessment;
    expect(second.approval).toBe('PENDING');
    expect((await receivedAbout(dazd, 'ASSESSMENT_AWAITING_APPROVAL', c.id)).map((n) => n.content?.assessment?.id).sort()).toEqual([full.id, second.id].sort());
    const approved = ok(await decide(dazd, second.id, 'APPROVED'), 'APPROVED').decideBestInterestsAssessment;
    expect(approved).toMatchObject({ id: second.id, approval: 'APPROVED', decidedOn: today, decisionNote: null });
    expect(ok(await advance(dazd, c.id, 'CARE_PLAN'), 'CARE_PLAN').advanceChildCase).toEqual({ id: c.id, status: 'CARE_PLAN' });

    // The assessments as SAR (BEST_INTERESTS area) reads them.
    const listed = ok(await sar.request(ChildCaseBestInterestsDocument, { id: c.id }), 'SAR reads').childCase;
    expect(listed.bestInterestsAssessments!.map((a) => [a.id, a.kind, a.approval])).toEqual(
      expect.arrayContaining([
        [rapid.id, 'RAPID', 'NOT_REQUIRED'],
        [full.id, 'FULL', 'RETURNED'],
        [second.id, 'FULL', 'APPROVED'],
      ]),
    );
    expect(listed.bestInterestsAssessments).toHaveLength(3);

    // MVR takes part but has no BEST_INTERESTS area: that field is refused, the rest arrives.
    await addParticipant(c.id, 'MVR', 'identity checks');
    const mvr = await (await as('MVR')).request(ChildCaseBestInterestsIdsDocument, { id: c.id });
    expect(errorsByPath(mvr)).toEqual({ 'childCase.bestInterestsAssessments': 'FORBIDDEN' });
    expect(mvr.data?.childCase).toEqual({ id: c.id, status: 'CARE_PLAN', bestInterestsAssessments: null });
  });

  it('2. needs by area: each participant sees and records the needs of its areas, and of the areas a referral shares', async () => {
    const c = await aCase('DAZD');
    const dazd = await as('DAZD');
    const education = ok(await recordNeed(dazd, c.id, 'EDUCATION'), 'EDUCATION').recordChildNeed;
    expect(education).toMatchObject({ area: 'EDUCATION', description: 'EDUCATION need', plan: 'EDUCATION plan', status: 'OPEN', recordedOn: today });
    const health = ok(await recordNeed(dazd, c.id, 'HEALTH', { status: 'MET' }), 'HEALTH').recordChildNeed;
    expect(health).toMatchObject({ area: 'HEALTH', status: 'MET' });
    const psychological = ok(await recordNeed(dazd, c.id, 'PSYCHOLOGICAL'), 'PSYCHOLOGICAL').recordChildNeed;

    // MON takes part: education and language only.
    await addParticipant(c.id, 'MON', 'school enrolment');
    const mon = await as('MON');
    expect(await needsSeen(mon, c.id, 'MON')).toEqual([education]);

    // MON records an education need, not a health one.
    const monEducation = ok(
      await recordNeed(mon, c.id, 'EDUCATION', { description: 'Bulgarian as a second language', plan: undefined }),
      'MON EDUCATION',
    ).recordChildNeed;
    expect(monEducation).toMatchObject({ area: 'EDUCATION', description: 'Bulgarian as a second language', plan: null, status: 'OPEN' });
    const monHealth = await recordNeed(mon, c.id, 'HEALTH');
    expect(GraphQLClient.codes(monHealth)).toEqual(['FORBIDDEN']);
    expect(monHealth.data?.recordChildNeed ?? null).toBeNull();
    expect(GraphQLClient.codes(await recordNeed(mon, c.id, 'PSYCHOLOGICAL'))).toEqual(['FORBIDDEN']);

    // DAZD refers the case to MON sharing PSYCHOLOGICAL; MON accepts and sees that need too (not HEALTH).
    // The representative's consent needs an appointed representative (issue 21.3).
    ok(await dazd.request(AppointRepresentativeDocument, { input: { caseId: c.id, kind: 'GUARDIAN', name: 'Maria Ivanova' } }), 'appointRepresentative');
    const referral = ok(
      await dazd.request(ReferChildCaseAreasDocument, {
        input: {
          caseId: c.id,
          toInstitutionCode: 'MON',
          type: 'PSYCHOSOCIAL',
          reason: 'school psychologist',
          sharedAreas: ['PSYCHOLOGICAL'],
          consent: 'REPRESENTATIVE',
        },
      }),
      'referChildCase',
    ).referChildCase;
    expect(referral).toMatchObject({ status: 'PENDING', sharedAreas: ['PSYCHOLOGICAL'] });
    // Pending: nothing shared yet.
    expect((await needsSeen(mon, c.id, 'MON pending')).map((n) => n.id).sort()).toEqual([education.id, monEducation.id].sort());
    expect(ok(await mon.request(RespondToReferralOnDocument, { id: referral.id, status: 'ACCEPTED' }), 'accept').respondToReferral.status).toBe('ACCEPTED');
    const shared = await needsSeen(mon, c.id, 'MON accepted');
    expect(shared.map((n) => n.id).sort()).toEqual([education.id, monEducation.id, psychological.id].sort());
    expect(shared.map((n) => n.area)).not.toContain('HEALTH');
    // What is shared it may also record in.
    const monPsych = ok(await recordNeed(mon, c.id, 'PSYCHOLOGICAL', { description: 'sleep problems' }), 'MON PSYCHOLOGICAL').recordChildNeed;
    expect(GraphQLClient.codes(await recordNeed(mon, c.id, 'HEALTH'))).toEqual(['FORBIDDEN']);

    // DAZD sees them all.
    expect((await needsSeen(dazd, c.id, 'DAZD')).map((n) => n.id).sort()).toEqual(
      [education.id, health.id, psychological.id, monEducation.id, monPsych.id].sort(),
    );

    // SAR does not take part in this case (DAZD opened it); a non-need area is refused, naming `area`.
    expect(GraphQLClient.codes(await recordNeed(await as('SAR'), c.id, 'LEGAL'))).toEqual(['NOT_FOUND']);
    const identity = await recordNeed(dazd, c.id, 'IDENTITY');
    expect(GraphQLClient.codes(identity)).toEqual(['BAD_USER_INPUT']);
    expect(identity.errors![0]!.extensions?.field).toBe('area');
    expect(identity.errors![0]!.message).toMatch(/area/);
    expect(await needsSeen(dazd, c.id, 'DAZD after')).toHaveLength(5);
  });

  it('3. monitoring visits: DAZD records a visit and its follow-up, SAR lists it; nobody else reads or writes them', async () => {
    const dazd = await as('DAZD');
    const visitedOn = addDays(today, -10);
    const visit = ok(
      await recordVisit(dazd, { centre: 'Reception centre Kavarna', municipalityCode: 'DOB17', visitedOn, followUpDueOn: addDays(visitedOn, 14) }),
      'recordMonitoringVisit',
    ).recordMonitoringVisit;
    expect(visit).toEqual({
      id: visit.id,
      centre: 'Reception centre Kavarna',
      visitedOn,
      findings: 'overcrowded rooms',
      recommendations: 'separate the children’s wing',
      followUpDueOn: addDays(visitedOn, 14),
      followUp: null,
      followedUpOn: null,
      municipality: { code: 'DOB17' },
    });

    // Its follow-up: not before the visit.
    const tooEarly = await dazd.request(RecordVisitFollowUpDetailsDocument, { id: visit.id, followUp: 'wing separated', on: addDays(visitedOn, -1) });
    expect(GraphQLClient.codes(tooEarly)).toEqual(['BAD_USER_INPUT']);
    expect(tooEarly.errors![0]!.extensions?.field).toBe('followedUpOn');
    const followed = ok(
      await dazd.request(RecordVisitFollowUpDetailsDocument, { id: visit.id, followUp: 'wing separated', on: addDays(visitedOn, 7) }),
      'follow-up',
    ).recordVisitFollowUp;
    expect(followed).toMatchObject({ id: visit.id, followUp: 'wing separated', followedUpOn: addDays(visitedOn, 7), followUpDueOn: addDays(visitedOn, 14) });

    // A follow-up due before the visit is refused.
    const dueBefore = await recordVisit(dazd, { visitedOn, followUpDueOn: addDays(visitedOn, -1) });
    expect(GraphQLClient.codes(dueBefore)).toEqual(['BAD_USER_INPUT']);
    expect(dueBefore.errors![0]!.extensions?.field).toBe('followUpDueOn');
    // A visit in the future, or in an unknown municipality, is refused.
    expect(GraphQLClient.codes(await recordVisit(dazd, { visitedOn: addDays(today, 1) }))).toEqual(['BAD_USER_INPUT']);
    expect(GraphQLClient.codes(await recordVisit(dazd, { municipalityCode: 'DOB99' }))).toEqual(['BAD_USER_INPUT']);

    // SAR (whose centres are visited) and DAZD list it, followed up.
    for (const role of ['SAR', 'DAZD'] as const) {
      const seen = (await listedVisits(await as(role), role)).find((v) => v.id === visit.id);
      expect(seen, role).toEqual(followed);
    }

    // SAR does not record visits or their follow-ups.
    const sar = await as('SAR');
    expect(GraphQLClient.codes(await recordVisit(sar, { visitedOn }))).toEqual(['FORBIDDEN']);
    expect(GraphQLClient.codes(await sar.request(RecordVisitFollowUpDetailsDocument, { id: visit.id, followUp: 'x' }))).toEqual(['FORBIDDEN']);

    // MVR, MON and a municipality neither record nor see visits.
    for (const [role, unit] of [
      ['MVR', undefined],
      ['MON', undefined],
      ['MUNICIPALITY', 'DOB17'],
    ] as const) {
      const client = await as(role, unit);
      const write = await recordVisit(client, { municipalityCode: 'DOB17' });
      expect(GraphQLClient.codes(write), role).toEqual(['FORBIDDEN']);
      expect(write.data?.recordMonitoringVisit ?? null).toBeNull();
      expect(GraphQLClient.codes(await client.request(RecordVisitFollowUpDetailsDocument, { id: visit.id, followUp: 'x' })), role).toEqual(['FORBIDDEN']);
      const read = await client.request(MonitoringVisitsDocument, { after: null });
      // MONITORING is DAZD's and SAR's class: the query itself is refused.
      expect(GraphQLClient.codes(read), role).toEqual(['FORBIDDEN']);
      expect(read.data?.monitoringVisits ?? null, role).toBeNull();
    }
  });

  it('4. indicators: national, for DAZD, ASP and national bodies; suppressed below the threshold (0 is a real zero); visits exact', async () => {
    const dazd = await as('DAZD');
    // This test's own data in the period [today − 30, today]: 5 cases, 5 rapid and 5 full assessments, 2 visits.
    const from = IDENTIFIED_ON;
    const mine = [];
    for (let i = 0; i < 5; i++) mine.push(await aCase('DAZD', { givenName: `Child ${i}` }));
    for (const c of mine) {
      ok(await recordBia(dazd, c.id, 'RAPID'), 'rapid');
      ok(await recordBia(dazd, c.id, 'FULL'), 'full');
    }
    for (const on of [from, today]) ok(await recordVisit(dazd, { visitedOn: on, municipalityCode: 'DOB29' }), 'visit');
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: mine[0]!.id, reason: 'TRANSFER_TO_ANOTHER_STATE' } }), 'close');

    const res = ok(await indicators(dazd, from, today), 'DAZD childCaseIndicators').childCaseIndicators;
    expect(res).toMatchObject({ from, to: today, threshold: 5 });
    // At least these 5 cases were coordinated, 5 rapid and 5 full assessments made: perturbed by at most 2,
    // so either suppressed (a perturbed 3 or 4) or published at 5 or more; never 0.
    for (const value of [res.casesCoordinated, res.rapidAssessments, res.fullAssessments]) expect(value === null || value >= 5).toBe(true);
    for (const [what, value] of Object.entries({ casesCoordinated: res.casesCoordinated, rapid: res.rapidAssessments, full: res.fullAssessments })) {
      expectSingle(value, 5, what);
    }
    // Visits are not persons: an exact count, never suppressed.
    expect(res.monitoringVisits).toBeGreaterThanOrEqual(2);
    expectSuppressed(res.casesClosed, res.casesClosedTotal, 5, 'casesClosed');
    expect(res.casesClosed.map((c) => c.key)).toContain('TRANSFER_TO_ANOTHER_STATE');
    expectSuppressed(res.childrenByStatus, undefined, 5, 'childrenByStatus');
    expect(res.childrenByStatus.map((c) => c.key)).toEqual(expect.arrayContaining(['IDENTIFIED', 'CLOSED']));
    expectSuppressed(res.childrenByPlacement, undefined, 5, 'childrenByPlacement');
    // None of this file's children is placed: the NONE group is there (published or suppressed).
    expect(res.childrenByPlacement.map((c) => c.key)).toContain('NONE');

    // The first day alone: the visit made on it, at most the whole period's.
    const oneDay = ok(await indicators(dazd, from, from), 'one day').childCaseIndicators;
    expect(oneDay.monitoringVisits).toBeGreaterThanOrEqual(1);
    expect(oneDay.monitoringVisits).toBeLessThanOrEqual(res.monitoringVisits);

    // Other national bodies read them too, and ASP, co-responsible for AP II.8 (CHILD_STATS, not STATS).
    for (const role of ['NSORB', 'MVR', 'ASP'] as const) {
      expect(ok(await indicators(await as(role), from, today), role).childCaseIndicators.monitoringVisits, role).toBeGreaterThanOrEqual(2);
    }

    // A municipality and RZI (their statistics are local) may not.
    for (const [role, unit] of [
      ['MUNICIPALITY', 'DOB29'],
      ['RZI', 'DOB'],
    ] as const) {
      const refused = await indicators(await as(role, unit), from, today);
      expect(GraphQLClient.codes(refused), role).toEqual(['FORBIDDEN']);
      expect(refused.data?.childCaseIndicators ?? null).toBeNull();
    }

    const inverted = await indicators(dazd, today, from);
    expect(GraphQLClient.codes(inverted)).toEqual(['BAD_USER_INPUT']);
    expect(inverted.errors![0]!.extensions?.field).toBe('to');
  });

  it('4b. indicators on a hub with threshold 2: the exact small counts of a period (2003) only this file covers', async () => {
    // April 2003: four cases identified; two rapid and one full assessment; two closed for family
    // reunification, two transferred; one visit. Before it, in March: a case identified and closed,
    // with a rapid assessment, and a visit — outside April.
    const APR = { from: '2003-04-01', to: '2003-04-30' };
    const dazd2 = await as('DAZD', undefined, hub2);
    const early = await aCase('DAZD', { identifiedOn: '2003-03-01' }, hub2);
    ok(await recordBia(dazd2, early.id, 'RAPID', { madeOn: '2003-03-02' }), 'March rapid');
    ok(await dazd2.request(CloseChildCaseDocument, { input: { caseId: early.id, reason: 'OTHER', closedOn: '2003-03-15' } }), 'close March');
    ok(await recordVisit(dazd2, { visitedOn: '2003-03-31', municipalityCode: 'DOB03' }), 'March visit');

    const april = [];
    for (let i = 0; i < 4; i++) april.push(await aCase('DAZD', { identifiedOn: `2003-04-0${i + 2}` }, hub2));
    ok(await recordBia(dazd2, april[0]!.id, 'RAPID', { madeOn: '2003-04-05' }), 'rapid 1');
    ok(await recordBia(dazd2, april[1]!.id, 'RAPID', { madeOn: '2003-04-30' }), 'rapid 2');
    ok(await recordBia(dazd2, april[2]!.id, 'FULL', { madeOn: '2003-04-10' }), 'full');
    // Not before the child was identified.
    const beforeIdentified = await recordBia(dazd2, april[3]!.id, 'RAPID', { madeOn: '2003-04-01' });
    expect(GraphQLClient.codes(beforeIdentified)).toEqual(['BAD_USER_INPUT']);
    expect(beforeIdentified.errors![0]!.extensions?.field).toBe('madeOn');
    ok(await recordVisit(dazd2, { visitedOn: '2003-04-01', municipalityCode: 'DOB03' }), 'April visit');
    const reasons: ClosingReason[] = ['FAMILY_REUNIFICATION', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'TRANSFER_TO_ANOTHER_STATE'];
    for (const [i, c] of april.entries()) {
      ok(await dazd2.request(CloseChildCaseDocument, { input: { caseId: c.id, reason: reasons[i], closedOn: `2003-04-2${i}` } }), 'close April');
    }

    // Keys 0 (see the top): this file's 2003 cases and assessments.
    await hub2().orm.em.getConnection().execute("update child_case set record_key = 0 where identified_on < '2004-01-01'");
    await hub2().orm.em.getConnection().execute("update best_interests_assessment set record_key = 0 where made_on < '2004-01-01'");
    // Threshold 2: every count of April as it is.
    const exact = ok(await indicators(dazd2, APR.from, APR.to), 'threshold 2').childCaseIndicators;
    expect(exact).toMatchObject({
      from: APR.from,
      to: APR.to,
      threshold: 2,
      casesCoordinated: 4,
      casesClosedTotal: 4,
      rapidAssessments: 2,
      // One full assessment: below 2, suppressed.
      fullAssessments: null,
      monitoringVisits: 1,
    });
    expect(exact.casesClosed).toEqual([
      { key: 'FAMILY_REUNIFICATION', count: 2, suppressed: false },
      { key: 'TRANSFER_TO_ANOTHER_STATE', count: 2, suppressed: false },
    ]);

    // March: one case, closed (OTHER) — a single child: suppressed; one rapid assessment: suppressed; one visit, exact.
    const march = ok(await indicators(dazd2, '2003-03-01', '2003-03-31'), 'March').childCaseIndicators;
    expect(march).toMatchObject({ casesCoordinated: null, rapidAssessments: null, fullAssessments: 0, monitoringVisits: 1 });
    expect(march.casesClosed).toEqual([{ key: 'OTHER', count: null, suppressed: true }]);
    expect(march.casesClosedTotal).toBeNull();

    // March and April together: five cases; one cell (OTHER, 1) under 2 is suppressed, the others and
    // the total published (with random keys, each perturbed on its own: 5 − 2 − 2 does not name OTHER).
    const spring = ok(await indicators(dazd2, '2003-03-01', '2003-04-30'), 'spring').childCaseIndicators;
    expect(spring).toMatchObject({ casesCoordinated: 5, casesClosedTotal: 5, rapidAssessments: 3, fullAssessments: null, monitoringVisits: 2 });
    expect(spring.casesClosed.filter((c) => c.suppressed).map((c) => c.key)).toEqual(['OTHER']);
    expect(spring.casesClosed.find((c) => c.key === 'OTHER')).toEqual({ key: 'OTHER', count: null, suppressed: true });
    expectSuppressed(spring.casesClosed, spring.casesClosedTotal, 2, 'spring casesClosed');

    // The same April on the threshold-5 hub: the small counts suppressed, 0 and visits as they are.
    const five = ok(await indicators(await as('DAZD'), APR.from, APR.to), 'threshold 5').childCaseIndicators;
    expect(five).toMatchObject({
      threshold: 5,
      casesCoordinated: null,
      casesClosedTotal: null,
      rapidAssessments: null,
      fullAssessments: null,
      monitoringVisits: 1,
    });
    expect(five.casesClosed).toEqual([
      { key: 'FAMILY_REUNIFICATION', count: null, suppressed: true },
      { key: 'TRANSFER_TO_ANOTHER_STATE', count: null, suppressed: true },
    ]);

    // A period with nothing in it: real zeros.
    const empty = ok(await indicators(dazd2, '2003-06-01', '2003-06-30'), 'June').childCaseIndicators;
    expect(empty).toMatchObject({ casesCoordinated: 0, rapidAssessments: 0, fullAssessments: 0, monitoringVisits: 0, casesClosed: [], casesClosedTotal: 0 });
  });
});
