import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AdvanceChildCaseDocument,
  AgreementStatisticsTotalDocument,
  type AssessmentKind,
  type CaseStatus,
  ChildCaseBreakdownDocument,
  type ChildCaseBreakdownQuery,
  ChildCaseIndicatorSummaryDocument,
  type ChildIndicator,
  CloseChildCaseDocument,
  type ClosingReason,
  type CountCellFieldsFragment,
  IndicatorTotalDocument,
  MergeChildCasesDocument,
  OpenChildCaseDocument,
  type PlacementKind,
  RecordAgeAssessmentDocument,
  RecordBestInterestsAssessmentDocument,
  RecordMethodologicalSupportDocument,
  RecordMonitoringVisitDocument,
  RecordPlacementDocument,
  RecordVisitFollowUpDocument,
  ReferChildCaseDocument,
  type ReferralStatus,
  ReopenChildCaseDocument,
  RespondToReferralDocument,
  RevokeChildReferralDocument,
  type Separation,
  type Sex,
} from '../gql/graphql.js';
import { type GraphQLClient, ok, refused } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { tokenFor } from '../support/principals.js';

// The 2020 Action Plan's own indicators of the children's mechanism (issue 21, point 5; docs/indicators.md,
// "The children's mechanism"): AP II.6 (cases coordinated, closed, closed with DAZD's methodological
// support), AP II.8 (children by status and placement), AP I.15.1 (referrals, best-interests assessments),
// AP I.18 (monitoring visits); all as of the period's end, merged duplicates once; the breakdowns, their
// CSV in English and Bulgarian, and who reads them (ASP yes, a municipality or RZI no).
//
// The database is shared with the other test files of the run. Each test owns one year that no other file
// uses (2009, 2008, 2007, 2006, 2005; assessments.test.ts has 2003): every case, assessment, referral,
// support and visit it makes is dated in it, and it asks only about periods within it. Cases of an earlier
// year would count in a later year's periods while open (a case stays coordinated until closed), so each
// test closes its cases on the last day of its year when it is done: the tests do not depend on their order.
// Cases closed years ago are still children with a CLOSED case (AP II.8), so childrenByStatus's CLOSED
// group is never checked exactly (assessments.test.ts's 2003 cases are in it).
//
// The hub runs with threshold 2 and this file sets the record keys of its own rows to 0 (whose deviation
// is 0): the figures are the true counts, a count of 1 is suppressed (the perturbation itself is tested in
// test/statistics/differencing.test.ts). Placements are in VAR01 (Varna) and HKV17 (Haskovo province),
// which no other test file uses.
const hub = useTestHub({ env: { SMALL_CELL_THRESHOLD: '2' } });
const as = (role: Role, unit?: string) => hub().as({ role, unit });
const sql = <T = unknown>(query: string, params: unknown[] = []) => hub().orm.em.getConnection().execute<T[]>(query, params);

// ---------------------------------------------------------------------------------------------
// Helpers

interface CaseInput {
  identifiedOn: string;
  sex?: Sex;
  declaredBirthDate?: string;
  nationality?: string;
  separation?: Separation;
  givenName?: string;
}
/** A case opened by `role` (DAZD, MVR or SAR), dated in the test's year. */
async function aCase(role: 'DAZD' | 'MVR' | 'SAR', input: CaseInput): Promise<string> {
  const res = await (await as(role)).request(OpenChildCaseDocument, {
    input: { separation: 'UNACCOMPANIED', identifiedWhere: 'Border police, Malko Tarnovo', givenName: 'Karim', ...input },
  });
  return ok(res, `openChildCase by ${role}`).openChildCase.id;
}
const cases = async (n: number, role: 'DAZD' | 'MVR' | 'SAR', input: CaseInput) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await aCase(role, { givenName: `Child ${i}`, ...input }));
  return ids;
};

async function mutate<TData, TVariables>(role: Role, what: string, document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  return ok(await (await as(role)).request(document, variables), what);
}
const advance = (id: string, status: CaseStatus) => mutate('DAZD', `advance ${status}`, AdvanceChildCaseDocument, { caseId: id, status });
const close = (id: string, reason: ClosingReason, closedOn: string) =>
  mutate('DAZD', `close ${reason}`, CloseChildCaseDocument, { input: { caseId: id, reason, closedOn } });
const reopen = (id: string) => mutate('DAZD', 'reopen', ReopenChildCaseDocument, { caseId: id, reason: 'the child came back' });
const place = (id: string, kind: PlacementKind, municipalityCode: string, fromDate: string) =>
  mutate('DAZD', 'place', RecordPlacementDocument, {
    input: { caseId: id, kind, provider: 'A provider', municipalityCode, fromDate },
  });
const support = (id: string, givenOn: string) =>
  mutate('DAZD', 'support', RecordMethodologicalSupportDocument, {
    input: { caseId: id, summary: 'Guidance to the social worker on the best-interests determination.', givenOn },
  });
async function merge(keptCaseId: string, duplicateCaseId: string) {
  const kept = await mutate('DAZD', 'merge', MergeChildCasesDocument, {
    input: { keptCaseId, duplicateCaseId, reason: 'The same fingerprints in Eurodac.' },
  });
  expect(kept.mergeChildCases.id, 'mergeChildCases returns the kept case').toBe(keptCaseId);
}
const assess = (role: Role, id: string, kind: AssessmentKind, madeOn: string) =>
  mutate(role, `${kind} by ${role}`, RecordBestInterestsAssessmentDocument, {
    input: { caseId: id, kind, findings: 'Settled.', recommendations: 'Foster family.', madeOn },
  });

/**
 * mergeChildCases records the merge today: moved into the test's year in SQL for its own rows (as if DAZD
 * had merged them then), so that the duplicate's closing falls in the periods asked about.
 */
async function mergedOn(duplicateCaseId: string, on: string) {
  await sql("update child_case set closed_on = ? where id = ? and closing_reason = 'DUPLICATE'", [on, duplicateCaseId]);
  await sql("update child_case_status_change set changed_on = ? where child_case_id = ? and closing_reason = 'DUPLICATE'", [on, duplicateCaseId]);
}

/** The cell-key method's keys of this file's rows of a year: 0, whose deviation is 0 (see the top). */
async function exactKeys(year: number) {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  await sql('update child_case set record_key = 0 where identified_on between ? and ?', [from, to]);
  await sql('update best_interests_assessment set record_key = 0 where made_on between ? and ?', [from, to]);
}

/** The test's cases still open are closed on the last day of its year, so that no later period counts them. */
async function closeTheYear(ids: string[], year: number) {
  const open = await sql<{ id: string }>(`select id from child_case where id in (${ids.map(() => '?').join(', ')}) and status <> 'CLOSED'`, ids);
  for (const { id } of open) await close(id, 'OTHER', `${year}-12-31`);
}

const askSummary = (client: GraphQLClient, from: string, to: string) => client.request(ChildCaseIndicatorSummaryDocument, { from, to });
const summary = async (from: string, to: string, role: Role = 'DAZD') =>
  ok(await askSummary(await as(role), from, to), `childCaseIndicators ${from}..${to}`).childCaseIndicators;

/** The published cells with a count (suppressed ones too), as key → count. */
const byKey = (cells: CountCellFieldsFragment[]) => Object.fromEntries(cells.map((c) => [c.key, c.count]));

const FIELDS = {
  SEX: 'sex',
  AGE_GROUP: 'ageGroup',
  NATIONALITY: 'nationality',
  SEPARATION: 'separation',
  IDENTIFIED_BY: 'identifiedBy',
  PROVINCE: 'provinceCode',
  STATUS: 'status',
  PLACEMENT: 'placement',
  CLOSING_REASON: 'closingReason',
  REFERRAL_TYPE: 'referralType',
  REFERRAL_OUTCOME: 'referralOutcome',
  ASSESSMENT_KIND: 'assessmentKind',
  ASSESSED_BY: 'assessedBy',
} as const;
type Dim = keyof typeof FIELDS;
type Breakdown = ChildCaseBreakdownQuery['childCaseBreakdown'];
const askBreakdown = async (client: GraphQLClient, indicator: ChildIndicator, from: string, to: string, groupBy: Dim[] = []) =>
  client.request(ChildCaseBreakdownDocument, { query: { indicator, from, to, groupBy } });
const breakdown = async (indicator: ChildIndicator, from: string, to: string, groupBy: Dim[] = [], role: Role = 'DAZD') =>
  ok(await askBreakdown(await as(role), indicator, from, to, groupBy), `childCaseBreakdown ${indicator} by ${groupBy.join(',')}`).childCaseBreakdown;
/** A breakdown's cells as rows: the values of the dimensions asked for, then the count. */
const rows = (b: Breakdown) => b.cells.map((c) => [...b.groupBy.map((d) => c[FIELDS[d]]), c.count]);

async function download(path: string, role: Role | null, unit?: string, headers: Record<string, string> = {}) {
  const token = role ? await tokenFor(hub().config, { role, unit }) : null;
  const res = await fetch(`${hub().url}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') ?? '', bytes, text: bytes.toString('utf8') };
}
/** A CSV's lines (after the BOM), split into fields (this file's values have no commas or quotes). */
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));

// ---------------------------------------------------------------------------------------------

describe("the children's mechanism's indicators (AP II.6, II.8, I.15.1, I.18)", () => {
  it('as of the period’s end: status and placement on `to` from the history, a reopened case, cases coordinated (2009)', async () => {
    // A: identified in January, placed in Varna from 1 February, assessed on 1 May, moved to Haskovo on 10 May.
    const a = await cases(2, 'DAZD', { identifiedOn: '2009-01-10' });
    // B: identified in January, assessed on 1 February, never placed.
    const b = await cases(2, 'DAZD', { identifiedOn: '2009-01-12' });
    // C: identified in January, closed on 15 February, reopened on 1 April.
    const c = await cases(2, 'DAZD', { identifiedOn: '2009-01-15' });
    // D: identified in July.
    const d = await cases(2, 'DAZD', { identifiedOn: '2009-07-01' });
    for (const id of a) {
      await place(id, 'FOSTER_FAMILY', 'VAR01', '2009-02-01');
      await advance(id, 'ASSESSED');
      await place(id, 'SOCIAL_SERVICE', 'HKV17', '2009-05-10');
    }
    for (const id of b) await advance(id, 'ASSESSED');
    for (const id of c) {
      await close(id, 'OTHER', '2009-02-15');
      await reopen(id);
    }
    // advanceChildCase and reopenChildCase record today's date in the history: our own rows are dated in
    // 2009 in SQL, as if the case had moved on then (closeChildCase takes its date, closedOn, as given).
    for (const id of a) await sql("update child_case_status_change set changed_on = '2009-05-01' where child_case_id = ? and to_status = 'ASSESSED'", [id]);
    for (const id of b) await sql("update child_case_status_change set changed_on = '2009-02-01' where child_case_id = ? and to_status = 'ASSESSED'", [id]);
    for (const id of c) await sql("update child_case_status_change set changed_on = '2009-04-01' where child_case_id = ? and from_status = 'CLOSED'", [id]);
    await exactKeys(2009);

    // March: A (IDENTIFIED, in a foster family in Varna) and B (ASSESSED, not placed) are open; C was
    // closed all March (it is open now, reopened in April); D is not identified yet. Counted as they are
    // now, A would be ASSESSED in Haskovo, C open and D counted.
    const march = await summary('2009-03-01', '2009-03-31');
    expect(march).toMatchObject({ from: '2009-03-01', to: '2009-03-31', threshold: 2, casesCoordinated: 4, casesClosedTotal: 0, casesClosed: [] });
    expect(byKey(march.childrenByStatus)).toMatchObject({ IDENTIFIED: 2, ASSESSED: 2 });
    expect(march.childrenByStatus.map((s) => s.key)).toEqual(['ASSESSED', 'CLOSED', 'IDENTIFIED']);
    expect(march.childrenByPlacement).toEqual([
      { key: 'FOSTER_FAMILY', count: 2, suppressed: false },
      { key: 'NONE', count: 2, suppressed: false },
    ]);
    const inMarch = await breakdown('CHILDREN_IN_OPEN_CASES', '2009-03-01', '2009-03-31', ['STATUS', 'PROVINCE']);
    expect(inMarch).toMatchObject({ indicator: 'CHILDREN_IN_OPEN_CASES', planItem: 'AP II.8', groupBy: ['STATUS', 'PROVINCE'], total: 4 });
    expect(rows(inMarch)).toEqual([
      ['ASSESSED', 'UNKNOWN', 2],
      ['IDENTIFIED', 'VAR', 2],
    ]);

    // February: C's closing counts, though C is open again now (the status history keeps it).
    const february = await summary('2009-02-01', '2009-02-28');
    expect(february).toMatchObject({ casesCoordinated: 6, casesClosedTotal: 2, casesClosed: [{ key: 'OTHER', count: 2, suppressed: false }] });

    // April: C reopened on its first day: coordinated again, at the status it was closed from.
    expect((await summary('2009-04-01', '2009-04-30')).casesCoordinated).toBe(6);

    // June: A assessed and in Haskovo, B assessed, C open and identified; D not yet.
    const june = await summary('2009-06-01', '2009-06-30');
    expect(june.casesCoordinated).toBe(6);
    expect(byKey(june.childrenByStatus)).toMatchObject({ ASSESSED: 4, IDENTIFIED: 2 });
    expect(june.childrenByPlacement).toEqual([
      { key: 'NONE', count: 4, suppressed: false },
      { key: 'SOCIAL_SERVICE', count: 2, suppressed: false },
    ]);
    expect(rows(await breakdown('CHILDREN_IN_OPEN_CASES', '2009-06-01', '2009-06-30', ['PLACEMENT', 'PROVINCE']))).toEqual([
      ['NONE', 'UNKNOWN', 4],
      ['SOCIAL_SERVICE', 'HKV', 2],
    ]);
    // The whole year: D too.
    expect((await summary('2009-01-01', '2009-12-31')).casesCoordinated).toBe(8);

    await closeTheYear([...a, ...b, ...c, ...d], 2009);
  });

  it('a case merged as a duplicate is the kept case’s child: counted once; its assessments count with the kept case (2008)', async () => {
    // Two children, each recorded twice: kept as Syrian girls, their second records say Afghan.
    const kept = await cases(2, 'DAZD', { identifiedOn: '2008-02-01', sex: 'FEMALE', nationality: 'SY' });
    const duplicates = await cases(2, 'DAZD', { identifiedOn: '2008-02-03', nationality: 'AF' });
    for (const id of duplicates) await assess('DAZD', id, 'RAPID', '2008-02-10');
    for (const [i, id] of duplicates.entries()) {
      await merge(kept[i]!, id);
      await mergedOn(id, '2008-03-01');
    }
    await exactKeys(2008);

    // Two children, not four; the merge is no closing (DUPLICATE never counts).
    const year = await summary('2008-01-01', '2008-12-31');
    expect(year).toMatchObject({
      casesCoordinated: 2,
      casesClosedTotal: 0,
      casesClosed: [],
      casesClosedWithSupport: 0,
      rapidAssessments: 2,
      fullAssessments: 0,
    });
    expect(byKey(year.childrenByStatus)).toMatchObject({ IDENTIFIED: 2 });
    expect(year.childrenByStatus.map((s) => s.key)).not.toContain('DUPLICATE');
    expect(year.childrenByPlacement).toEqual([{ key: 'NONE', count: 2, suppressed: false }]);
    // Also before the merge (February): the duplicates are the same children whenever they are asked about.
    expect((await summary('2008-02-01', '2008-02-29')).casesCoordinated).toBe(2);

    // By nationality: the kept records' only; the duplicates' assessments are the kept children's.
    expect(rows(await breakdown('CASES_COORDINATED', '2008-01-01', '2008-12-31', ['NATIONALITY', 'SEX']))).toEqual([['SY', 'FEMALE', 2]]);
    expect(rows(await breakdown('ASSESSMENTS', '2008-01-01', '2008-12-31', ['NATIONALITY', 'ASSESSMENT_KIND']))).toEqual([['SY', 'RAPID', 2]]);
    const closed = await breakdown('CASES_CLOSED', '2008-01-01', '2008-12-31', ['CLOSING_REASON']);
    expect(closed).toMatchObject({ total: 0, cells: [] });

    await closeTheYear(kept, 2008);
  });

  it('AP II.6 as worded: closed cases with methodological support given on or before the day they closed (2007)', async () => {
    const identifiedOn = '2007-01-05';
    // S: support in February, closed 1 March. E: support on the day it closed. L: support in April, the
    // closing dated 1 March (before it). N: no support. K: support given on its duplicate M, merged into it.
    const s = await cases(2, 'DAZD', { identifiedOn });
    const e = await cases(2, 'DAZD', { identifiedOn });
    const l = await cases(2, 'DAZD', { identifiedOn });
    const n = await cases(2, 'DAZD', { identifiedOn });
    const k = await cases(2, 'DAZD', { identifiedOn });
    const m = await cases(2, 'DAZD', { identifiedOn });
    for (const id of s) await support(id, '2007-02-01');
    for (const id of e) await support(id, '2007-03-01');
    for (const id of l) await support(id, '2007-04-01');
    for (const id of m) await support(id, '2007-02-01');
    for (const [i, id] of m.entries()) {
      await merge(k[i]!, id);
      await mergedOn(id, '2007-02-15');
    }
    for (const id of [...s, ...l, ...n]) await close(id, 'FAMILY_REUNIFICATION', '2007-03-01');
    for (const id of e) await close(id, 'TRANSFER_TO_ANOTHER_STATE', '2007-03-01');
    for (const id of k) await close(id, 'OTHER', '2007-03-01');
    await exactKeys(2007);

    const year = await summary('2007-01-01', '2007-12-31');
    // Ten cases closed (the merged duplicates are not closings); six had support by the day they closed.
    expect(year).toMatchObject({ casesCoordinated: 10, casesClosedTotal: 10, casesClosedWithSupport: 6 });
    expect(year.casesClosed).toEqual([
      { key: 'FAMILY_REUNIFICATION', count: 6, suppressed: false },
      { key: 'OTHER', count: 2, suppressed: false },
      { key: 'TRANSFER_TO_ANOTHER_STATE', count: 2, suppressed: false },
    ]);
    const supported = await breakdown('CASES_CLOSED_WITH_SUPPORT', '2007-01-01', '2007-12-31', ['CLOSING_REASON']);
    expect(supported).toMatchObject({ planItem: 'AP II.6', total: 6 });
    expect(rows(supported)).toEqual([
      ['FAMILY_REUNIFICATION', 2],
      ['OTHER', 2],
      ['TRANSFER_TO_ANOTHER_STATE', 2],
    ]);
    // Closed in the period asked about only.
    expect(await summary('2007-03-02', '2007-12-31')).toMatchObject({ casesClosedTotal: 0, casesClosedWithSupport: 0 });
    expect(await summary('2007-03-01', '2007-03-01')).toMatchObject({ casesClosedTotal: 10, casesClosedWithSupport: 6 });
  });

  it('AP I.15.1: referrals by type and by their outcome on `to`; rapid and full assessments by who made them (2006)', async () => {
    const refer = (id: string, to: 'MON' | 'ASP') =>
      mutate('DAZD', `refer to ${to}`, ReferChildCaseDocument, {
        input: {
          caseId: id,
          toInstitutionCode: to,
          type: to === 'MON' ? 'EDUCATION' : 'CARE',
          sharedAreas: [to === 'MON' ? 'EDUCATION' : 'CARE'],
          reason: 'Needs a school place.',
          consent: 'BEST_INTERESTS_WITHOUT_CONSENT',
          consentNote: 'No representative yet; the child cannot wait.',
        },
      }).then((r) => r.referChildCase.id);
    const respond = (role: 'MON' | 'ASP', id: string, status: ReferralStatus, response?: string) =>
      mutate(role, `${status} by ${role}`, RespondToReferralDocument, { id, status, response });
    // referChildCase, respondToReferral and revokeChildReferral record today's date: our own referrals are
    // dated in 2006 in SQL (and the participation an acceptance began, for a referral finished later).
    const dated = (id: string, referredOn: string, respondedOn: string | null, revokedOn: string | null = null) =>
      sql('update child_referral set referred_on = ?, responded_on = ?, revoked_on = ? where id = ?', [referredOn, respondedOn, revokedOn, id]);

    const children = await cases(10, 'SAR', { identifiedOn: '2006-01-10' });
    const referrals: string[] = [];
    for (const [i, id] of children.entries()) referrals.push(await refer(id, i < 2 || (i >= 4 && i < 6) || i >= 8 ? 'MON' : 'ASP'));
    const [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10] = referrals as [string, string, string, string, string, string, string, string, string, string];
    // 1–2: education, accepted in March. 3–4: care, declined in March. 5–6: education, accepted in March,
    // revoked in August. 7–8: care, never answered. 9–10: education, accepted in March, done in September.
    for (const id of [r1, r2, r5, r6, r9, r10]) await respond('MON', id, 'ACCEPTED');
    for (const id of [r3, r4]) await respond('ASP', id, 'DECLINED', 'No place in the region.');
    for (const id of [r5, r6]) await mutate('DAZD', 'revoke', RevokeChildReferralDocument, { id, reason: 'Moved.' });
    for (const id of [r9, r10]) await respond('MON', id, 'DONE');
    for (const id of [r1, r2]) await dated(id, '2006-03-01', '2006-03-10');
    for (const id of [r3, r4]) await dated(id, '2006-03-01', '2006-03-12');
    for (const id of [r5, r6]) await dated(id, '2006-03-01', '2006-03-10', '2006-08-01');
    for (const id of [r7, r8]) await dated(id, '2006-03-01', null);
    for (const id of [r9, r10]) {
      await dated(id, '2006-03-01', '2006-09-01');
      await sql("update child_case_participant set joined_on = '2006-03-15' where via_referral_id = ?", [id]);
    }

    // Assessments: rapid by SAR (which identified the children) and by DAZD; full by DAZD.
    for (const id of children.slice(0, 2)) await assess('SAR', id, 'RAPID', '2006-04-01');
    for (const id of children.slice(2, 4)) await assess('DAZD', id, 'RAPID', '2006-04-01');
    for (const id of children.slice(4, 6)) await assess('DAZD', id, 'FULL', '2006-04-01');
    await exactKeys(2006);

    // On 30 June: the revoked ones were still accepted, the finished ones accepted (not yet done).
    const june = await summary('2006-01-01', '2006-06-30');
    expect(june).toMatchObject({ referrals: 10, rapidAssessments: 4, fullAssessments: 2 });
    expect(june.referralsByType).toEqual([
      { key: 'CARE', count: 4, suppressed: false },
      { key: 'EDUCATION', count: 6, suppressed: false },
    ]);
    expect(june.referralsByOutcome).toEqual([
      { key: 'ACCEPTED', count: 6, suppressed: false },
      { key: 'DECLINED', count: 2, suppressed: false },
      { key: 'PENDING', count: 2, suppressed: false },
    ]);
    expect(june.rapidAssessmentsBy).toEqual([
      { key: 'DAZD', count: 2, suppressed: false },
      { key: 'SAR', count: 2, suppressed: false },
    ]);
    expect(june.fullAssessmentsBy).toEqual([{ key: 'DAZD', count: 2, suppressed: false }]);
    const byTypeAndOutcome = await breakdown('REFERRALS', '2006-01-01', '2006-06-30', ['REFERRAL_TYPE', 'REFERRAL_OUTCOME']);
    expect(byTypeAndOutcome).toMatchObject({ planItem: 'AP I.15.1', total: 10 });
    expect(rows(byTypeAndOutcome)).toEqual([
      ['CARE', 'DECLINED', 2],
      ['CARE', 'PENDING', 2],
      ['EDUCATION', 'ACCEPTED', 6],
    ]);
    // On 31 December: revoked and done.
    const year = await summary('2006-01-01', '2006-12-31');
    expect(year.referralsByOutcome).toEqual([
      { key: 'ACCEPTED', count: 2, suppressed: false },
      { key: 'DECLINED', count: 2, suppressed: false },
      { key: 'DONE', count: 2, suppressed: false },
      { key: 'PENDING', count: 2, suppressed: false },
      { key: 'REVOKED', count: 2, suppressed: false },
    ]);
    // Before they were answered (2 March): all pending.
    expect((await summary('2006-03-01', '2006-03-02')).referralsByOutcome).toEqual([{ key: 'PENDING', count: 10, suppressed: false }]);
    // Made in the period only.
    expect(await summary('2006-01-01', '2006-02-28')).toMatchObject({ referrals: 0, referralsByType: [], rapidAssessments: 0, fullAssessments: 0 });
    // By who made them, with the children's dimensions: all identified by SAR.
    expect(rows(await breakdown('ASSESSMENTS', '2006-01-01', '2006-12-31', ['ASSESSMENT_KIND', 'ASSESSED_BY', 'IDENTIFIED_BY']))).toEqual([
      ['FULL', 'DAZD', 'SAR', 2],
      ['RAPID', 'DAZD', 'SAR', 2],
      ['RAPID', 'SAR', 'SAR', 2],
    ]);

    await closeTheYear(children, 2006);
  });

  it('AP I.18: visits in the period, recommendations followed up by `to`, follow-ups overdue at `to` — exact counts (2005)', async () => {
    const dazd = await as('DAZD');
    const visit = async (visitedOn: string, followUpDueOn: string, followedUpOn?: string) => {
      const id = ok(
        await dazd.request(RecordMonitoringVisitDocument, {
          input: {
            centre: 'Reception centre Harmanli',
            municipalityCode: 'HKV17',
            visitedOn,
            followUpDueOn,
            findings: 'Crowded.',
            recommendations: 'A separate wing.',
          },
        }),
        'visit',
      ).recordMonitoringVisit.id;
      if (followedUpOn) {
        ok(await dazd.request(RecordVisitFollowUpDocument, { id, followUp: 'Wing opened.', on: followedUpOn }), 'follow-up');
      }
    };
    await visit('2005-01-10', '2005-01-20'); // before the period, never followed up: overdue
    await visit('2005-02-01', '2005-02-15', '2005-02-10'); // followed up in time
    await visit('2005-02-05', '2005-03-01', '2005-04-10'); // followed up late, after March
    await visit('2005-03-20', '2005-04-30'); // due after March

    // February–March: three visits; one followed up by 31 March; two overdue then (one visit was in January).
    expect(await summary('2005-02-01', '2005-03-31')).toMatchObject({ monitoringVisits: 3, visitRecommendationsFollowedUp: 1, visitFollowUpsOverdue: 2 });
    // To 30 April: the late follow-up is in; the one due on 30 April is overdue at its end.
    expect(await summary('2005-02-01', '2005-04-30')).toMatchObject({ monitoringVisits: 3, visitRecommendationsFollowedUp: 2, visitFollowUpsOverdue: 2 });
    // One visit is published as one: visits are not persons.
    expect(await summary('2005-01-01', '2005-01-31')).toMatchObject({ monitoringVisits: 1, visitRecommendationsFollowedUp: 0, visitFollowUpsOverdue: 1 });
    expect(await summary('2005-05-01', '2005-05-31')).toMatchObject({ monitoringVisits: 0, visitRecommendationsFollowedUp: 0 });
  });

  it('breakdowns by the child’s dimensions, small cells suppressed, a dimension that does not fit refused; CSV in English and Bulgarian; ASP reads them, a municipality and RZI do not (2005)', async () => {
    const identifiedOn = '2005-01-15';
    // F: girls of 10 on 31 December, Syrian, unaccompanied, identified by SAR, in Varna.
    const f = await cases(2, 'SAR', { identifiedOn, sex: 'FEMALE', declaredBirthDate: '1995-06-01', nationality: 'SY' });
    for (const id of f) await place(id, 'RECEPTION_CENTRE', 'VAR01', '2005-02-01');
    // M: boys of 16, Afghan, separated, identified by MVR.
    const m = await cases(2, 'MVR', { identifiedOn, sex: 'MALE', declaredBirthDate: '1989-03-01', nationality: 'AF', separation: 'SEPARATED' });
    // A: boys with no birth date, assessed as 15 on 1 March (they come of age on 1 March 2008): 15 on 31 December.
    const a = await cases(2, 'DAZD', { identifiedOn, sex: 'MALE' });
    for (const id of a) {
      await mutate('DAZD', 'age', RecordAgeAssessmentDocument, {
        input: { caseId: id, method: 'MULTIDISCIPLINARY', minAge: 15, maxAge: 16, outcome: 'MINOR', assessedOn: '2005-03-01' },
      });
    }
    // U: nothing known of sex, age or nationality; separated.
    const u = await cases(2, 'DAZD', { identifiedOn, separation: 'SEPARATED' });
    // Q: one Iraqi girl of 12: a group of one.
    const q = await cases(1, 'DAZD', { identifiedOn, sex: 'FEMALE', declaredBirthDate: '1993-01-01', nationality: 'IQ' });
    await exactKeys(2005);
    const [from, to] = ['2005-01-01', '2005-12-31'];
    const open = (groupBy: Dim[], role: Role = 'DAZD') => breakdown('CHILDREN_IN_OPEN_CASES', from, to, groupBy, role);

    const bySexAndAge = await open(['SEX', 'AGE_GROUP']);
    expect(bySexAndAge).toMatchObject({
      indicator: 'CHILDREN_IN_OPEN_CASES',
      planItem: 'AP II.8',
      from,
      to,
      groupBy: ['SEX', 'AGE_GROUP'],
      threshold: 2,
      total: 9,
    });
    // Youngest first, unknown ages last.
    expect(rows(bySexAndAge)).toEqual([
      ['FEMALE', 'AGE_7_13', 3],
      ['MALE', 'AGE_14_17', 4],
      ['UNKNOWN', 'UNKNOWN', 2],
    ]);
    expect(rows(await open(['AGE_GROUP']))).toEqual([
      ['AGE_7_13', 3],
      ['AGE_14_17', 4],
      ['UNKNOWN', 2],
    ]);
    // The Iraqi girl alone: suppressed; the total is a cell of its own.
    const byNationality = await open(['NATIONALITY']);
    expect(byNationality.total).toBe(9);
    expect(byNationality.cells.map((c) => [c.nationality, c.count, c.suppressed])).toEqual([
      ['AF', 2, false],
      ['IQ', null, true],
      ['SY', 2, false],
      ['UNKNOWN', 4, false],
    ]);
    expect(rows(await open(['SEPARATION']))).toEqual([
      ['SEPARATED', 4],
      ['UNACCOMPANIED', 5],
    ]);
    expect(rows(await open(['IDENTIFIED_BY']))).toEqual([
      ['DAZD', 5],
      ['MVR', 2],
      ['SAR', 2],
    ]);
    expect(rows(await open(['PROVINCE', 'PLACEMENT']))).toEqual([
      ['UNKNOWN', 'NONE', 7],
      ['VAR', 'RECEPTION_CENTRE', 2],
    ]);
    // The same children coordinated in the year, and with a case on its last day.
    expect((await breakdown('CASES_COORDINATED', from, to)).total).toBe(9);
    expect(rows(await breakdown('CHILDREN', from, to, ['STATUS']))).toContainEqual(['IDENTIFIED', 9]);

    // A dimension that does not fit the figure: refused, naming groupBy and the dimension.
    const dazd = await as('DAZD');
    const misfit = await askBreakdown(dazd, 'CHILDREN_IN_OPEN_CASES', from, to, ['SEX', 'REFERRAL_TYPE']);
    refused(misfit, 'BAD_USER_INPUT', 'groupBy');
    expect(misfit.errors![0]!.message).toMatch(/REFERRAL_TYPE/);
    expect(misfit.errors![0]!.extensions?.messageBg).toMatch(/REFERRAL_TYPE/);
    expect(misfit.data?.childCaseBreakdown ?? null).toBeNull();
    refused(await askBreakdown(dazd, 'ASSESSMENTS', from, to, ['CLOSING_REASON']), 'BAD_USER_INPUT', 'groupBy');
    refused(await askBreakdown(dazd, 'CASES_CLOSED', to, from), 'BAD_USER_INPUT', 'to');

    // CSV of the breakdown: the same figures, English or Bulgarian headers, BOM, the total last.
    expect(bySexAndAge.csvPath).toBe(`/reports/child-indicator.csv?indicator=CHILDREN_IN_OPEN_CASES&from=${from}&to=${to}&groupBy=SEX%2CAGE_GROUP`);
    const en = await download(bySexAndAge.csvPath, 'DAZD');
    expect(en.status).toBe(200);
    expect(en.type).toMatch(/^text\/csv/);
    expect([...en.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(en.text).toBe('\uFEFFSex,Age group,Children\r\nFEMALE,AGE_7_13,3\r\nMALE,AGE_14_17,4\r\nUNKNOWN,UNKNOWN,2\r\nTotal,,9\r\n');
    expect(csvLines(en.text).slice(1, -1)).toEqual(rows(bySexAndAge).map((r) => r.map(String)));
    const bg = await download(`${bySexAndAge.csvPath}&lang=bg`, 'DAZD');
    expect(bg.status).toBe(200);
    expect(bg.text).toBe('\uFEFFПол,Възрастова група,Деца\r\nFEMALE,AGE_7_13,3\r\nMALE,AGE_14_17,4\r\nUNKNOWN,UNKNOWN,2\r\nОбщо,,9\r\n');
    const nationalityBg = await download(`${byNationality.csvPath}&lang=bg`, 'DAZD');
    expect(nationalityBg.text).toBe('\uFEFFГражданство,Деца\r\nAF,2\r\nIQ,скрито\r\nSY,2\r\nUNKNOWN,4\r\nОбщо,9\r\n');

    // CSV of the summary: a row per figure or group, the figures GraphQL publishes.
    const figures = await summary(from, to);
    expect(figures.csvPath).toBe(`/reports/child-case-indicators.csv?from=${from}&to=${to}`);
    expect(figures.childrenByPlacement).toEqual([
      { key: 'NONE', count: 7, suppressed: false },
      { key: 'RECEPTION_CENTRE', count: 2, suppressed: false },
    ]);
    const summaryEn = csvLines((await download(figures.csvPath, 'DAZD')).text);
    expect(summaryEn[0]).toEqual(['Action Plan item', 'Figure', 'Group', 'Count']);
    expect(summaryEn).toContainEqual(['AP II.6', 'Cases coordinated', '', String(figures.casesCoordinated)]);
    expect(summaryEn).toContainEqual(['AP II.8', 'Children in open cases by placement', 'NONE', '7']);
    expect(summaryEn).toContainEqual(['AP II.8', 'Children in open cases by placement', 'RECEPTION_CENTRE', '2']);
    expect(summaryEn).toContainEqual(['AP I.18', 'Monitoring visits', '', String(figures.monitoringVisits)]);
    const summaryBg = csvLines((await download(`${figures.csvPath}&lang=bg`, 'DAZD')).text);
    expect(summaryBg[0]).toEqual(['Мярка от Плана за действие', 'Показател', 'Група', 'Брой']);
    expect(summaryBg).toContainEqual(['ПД II.6', 'Координирани случаи', '', String(figures.casesCoordinated)]);

    // ASP (co-responsible for AP II.8) reads the same figures, in GraphQL and as CSV; the download is in the access log.
    expect(await summary(from, to, 'ASP')).toEqual(figures);
    expect(await open(['SEX', 'AGE_GROUP'], 'ASP')).toEqual(bySexAndAge);
    const aspCsv = await download(bySexAndAge.csvPath, 'ASP', undefined, { 'x-request-id': 'child-indicator-csv-asp' });
    expect(aspCsv.status).toBe(200);
    expect(aspCsv.text).toBe(en.text);
    const logged = await sql<{ operation_type: string; operation_name: string; role: string }>(
      "select operation_type, operation_name, role from audit_log where request_id = 'child-indicator-csv-asp'",
    );
    expect(logged).toEqual([{ operation_type: 'report', operation_name: `GET ${bySexAndAge.csvPath}`, role: 'ASP' }]);
    expect((await download(figures.csvPath, 'ASP')).status).toBe(200);
    // ... but not the adults' statistics (STATS): the children's class is its own.
    const asp = await as('ASP');
    refused(await asp.request(AgreementStatisticsTotalDocument), 'FORBIDDEN');
    refused(await asp.request(IndicatorTotalDocument, { query: { indicator: 'EMPLOYED', from, to } }), 'FORBIDDEN');
    expect((await download(`/reports/indicator.csv?indicator=EMPLOYED&from=${from}&to=${to}`, 'ASP')).status).toBe(403);
    // Another national body with STATS reads them too.
    expect((await summary(from, to, 'NSORB')).casesCoordinated).toBe(figures.casesCoordinated);

    // National figures: a municipality and RZI (their statistics are local) may not, in GraphQL or CSV.
    for (const [role, unit] of [
      ['MUNICIPALITY', 'VAR01'],
      ['RZI', 'VAR'],
    ] as const) {
      const client = await as(role, unit);
      const s = await askSummary(client, from, to);
      refused(s, 'FORBIDDEN');
      expect(s.data?.childCaseIndicators ?? null, role).toBeNull();
      const b = await askBreakdown(client, 'CHILDREN_IN_OPEN_CASES', from, to, ['SEX']);
      refused(b, 'FORBIDDEN');
      expect(b.data?.childCaseBreakdown ?? null, role).toBeNull();
      for (const path of [bySexAndAge.csvPath, figures.csvPath]) {
        const csv = await download(path, role, unit);
        expect(csv.status, `${role} ${path}`).toBe(403);
        expect(csv.text).not.toMatch(/FEMALE|Children|Cases/);
      }
    }
    expect((await download(bySexAndAge.csvPath, null)).status).toBe(401);
    const badDimension = await download(`/reports/child-indicator.csv?indicator=REFERRALS&from=${from}&to=${to}&groupBy=CLOSING_REASON`, 'DAZD');
    expect(badDimension.status).toBe(400);
    expect(JSON.parse(badDimension.text).errors[0].extensions.field).toBe('groupBy');
    expect((await download(`/reports/child-indicator.csv?indicator=NOPE&from=${from}&to=${to}`, 'DAZD')).status).toBe(400);

    await closeTheYear([...f, ...m, ...a, ...u, ...q], 2005);
  });
});
