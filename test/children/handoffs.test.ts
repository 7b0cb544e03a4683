import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddCaseParticipantDocument,
  AppointRepresentativeDocument,
  AssessmentsAwaitingApprovalDocument,
  CaseReferralIdsDocument,
  CaseReferralsPageDocument,
  CloseChildCaseDocument,
  DecideBestInterestsAssessmentApprovalDocument,
  DecideBestInterestsAssessmentDocument,
  type OpenCaseInput,
  OpenChildCaseDocument,
  RecordBestInterestsAssessmentDocument,
  RecordPlacementDocument,
  ReferChildCaseStatusDocument,
  type ReferralStatus,
  RespondToReferralDocument,
} from '../gql/graphql.js';
import { GraphQLClient, ok } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// Hand-offs between the institutions of a child's case are told to the other side (issue 21.3):
// the referrer learns the answer (AP II.7), the assessing institution DAZD's decision (AP I.15.1),
// the municipalities a placement concerns (AP II.7), the participants a closure (AP II.6).
//
// The database and the inboxes are shared with other test files: every notification is read narrowed
// by kind and subject (this file's own cases and referrals). Placements use municipalities of
// province KRZ, which no other children's test places in (inboxes are narrowed by case anyway).
const hub = useTestHub({ notifications: true });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -20);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

async function aCase(name: string) {
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Border police, Kapitan Andreevo',
    identifiedOn: IDENTIFIED_ON,
    givenName: name,
    nationality: 'AF',
  };
  const opened = ok(await (await as('SAR')).request(OpenChildCaseDocument, { input }), 'openChildCase').openChildCase;
  // Referrals here are on the representative's consent, which needs an appointed one (issue 21.3).
  ok(
    await (await as('DAZD')).request(AppointRepresentativeDocument, { input: { caseId: opened.id, kind: 'GUARDIAN', name: 'Maria Ivanova' } }),
    'appointRepresentative',
  );
  return opened;
}

const refer = (client: GraphQLClient, caseId: string, to: string, reason: string) =>
  client.request(ReferChildCaseStatusDocument, {
    input: { caseId, toInstitutionCode: to, type: 'HEALTH', reason, sharedAreas: ['HEALTH'], consent: 'REPRESENTATIVE' },
  });
const respond = (client: GraphQLClient, id: string, status: ReferralStatus, response?: string) =>
  client.request(RespondToReferralDocument, { id, status, response });

const place = async (caseId: string, municipalityCode: string, fromDate: string) =>
  ok(
    await (await as('DAZD')).request(RecordPlacementDocument, {
      input: { caseId, kind: 'SOCIAL_SERVICE', provider: `Centre in ${municipalityCode}`, municipalityCode, fromDate },
    }),
    `recordPlacement ${municipalityCode}`,
  ).recordPlacement;

/** Due by the hub default: end of day three days on, so at least two days from now. */
const dueByDefault = (dueBy: string) => expect(new Date(dueBy).getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);

describe('children: hand-offs are told (issue 21.3)', () => {
  it('issue 21.3, AP II.7: the referrer is told each answer (accepted, done, declined with its reason); a decline needs the reason', async () => {
    const c = await aCase('Farid');
    const dazd = await as('DAZD');
    const rzi = await as('RZI', 'KRZ');
    const first = ok(await refer(dazd, c.id, 'RZI-KRZ', 'dental check'), 'refer').referChildCase;

    // A decline without its reason (missing or blank) is refused, in Bulgarian too; the referral stays pending.
    for (const response of [undefined, '   ']) {
      const bare = await respond(rzi, first.id, 'DECLINED', response);
      expect(GraphQLClient.codes(bare)).toEqual(['BAD_USER_INPUT']);
      expect(bare.errors![0]!.extensions).toMatchObject({ field: 'response' });
      expect(bare.errors![0]!.extensions?.messageBg).toMatch(/отказ/);
    }

    ok(await respond(rzi, first.id, 'ACCEPTED', 'appointment next week'), 'accept');
    const accepted = await receivedAbout(dazd, 'REFERRAL_ANSWERED', first.id);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ subjectType: 'Referral', sender: { code: 'RZI-KRZ' }, recipient: { code: 'DAZD' } });
    expect(accepted[0]!.content?.answer).toMatchObject({
      id: first.id,
      caseId: c.id,
      status: 'ACCEPTED',
      respondedOn: today,
      response: 'appointment next week',
    });
    dueByDefault(accepted[0]!.dueBy);

    ok(await respond(rzi, first.id, 'DONE'), 'done');
    const answers = await receivedAbout(dazd, 'REFERRAL_ANSWERED', first.id);
    expect(answers.map((n) => n.content?.answer.status).sort()).toEqual(['ACCEPTED', 'DONE']);

    const second = ok(await refer(dazd, c.id, 'RZI-KRZ', 'vaccinations'), 'refer again').referChildCase;
    ok(await respond(rzi, second.id, 'DECLINED', 'done by the reception centre’s doctor already'), 'decline');
    const declined = await receivedAbout(dazd, 'REFERRAL_ANSWERED', second.id);
    expect(declined).toHaveLength(1);
    expect(declined[0]!.content?.answer).toMatchObject({ status: 'DECLINED', response: 'done by the reception centre’s doctor already' });
    // The answer goes to the referrer only, not to the institution answering.
    expect(await receivedAbout(rzi, 'REFERRAL_ANSWERED', second.id)).toEqual([]);
  });

  it('issue 21.3, AP I.15.1: DAZD’s decision on a full assessment, approved or returned, is told to the institution that made it', async () => {
    const c = await aCase('Zarina');
    const sar = await as('SAR');
    const dazd = await as('DAZD');
    const record = async () =>
      ok(
        await sar.request(RecordBestInterestsAssessmentDocument, {
          input: { caseId: c.id, kind: 'FULL', findings: 'attends school, wishes to stay', recommendations: 'foster family' },
        }),
        'record',
      ).recordBestInterestsAssessment;

    const returned = await record();
    ok(
      await dazd.request(DecideBestInterestsAssessmentApprovalDocument, { id: returned.id, approval: 'RETURNED', note: 'interview the representative too' }),
      'return',
    );
    const approved = await record();
    ok(await dazd.request(DecideBestInterestsAssessmentApprovalDocument, { id: approved.id, approval: 'APPROVED' }), 'approve');

    const told = await receivedAbout(sar, 'ASSESSMENT_DECIDED', c.id);
    expect(told).toHaveLength(2);
    const byId = Object.fromEntries(told.map((n) => [n.content?.decision.id, n]));
    expect(byId[returned.id]).toMatchObject({ sender: { code: 'DAZD' }, recipient: { code: 'SAR' } });
    expect(byId[returned.id]!.content?.decision).toMatchObject({ approval: 'RETURNED', decidedOn: today, note: 'interview the representative too' });
    expect(byId[approved.id]!.content?.decision).toMatchObject({ approval: 'APPROVED', note: null });
    expect(byId[approved.id]!.content?.case).toMatchObject({ id: c.id });
  });

  it('issue 21.3, AP II.7: a placement is told to the new municipality (where, with whom) and to the previous one if another (only that the child moved)', async () => {
    const c = await aCase('Omid');
    const first = addDays(today, -10);
    const second = addDays(today, -5);
    await place(c.id, 'KRZ08', first);
    await place(c.id, 'KRZ14', second);
    // A move within the same municipality tells it once, as the new placement, not as a move out.
    await place(c.id, 'KRZ14', today);

    const krz1 = await receivedAbout(await as('MUNICIPALITY', 'KRZ08'), 'CHILD_PLACED', c.id);
    expect(krz1.map((n) => Object.keys(n.content ?? {}).sort())).toEqual(
      expect.arrayContaining([
        ['case', 'placement'],
        ['case', 'movedOut'],
      ]),
    );
    expect(krz1).toHaveLength(2);
    const movedOut = krz1.find((n) => n.content?.movedOut)!;
    expect(movedOut.content).toEqual({ case: expect.objectContaining({ id: c.id }), movedOut: { municipalityCode: 'KRZ08', on: second } });
    expect(movedOut.sender).toEqual({ code: 'DAZD' });

    const krz2 = await receivedAbout(await as('MUNICIPALITY', 'KRZ14'), 'CHILD_PLACED', c.id);
    expect(krz2).toHaveLength(2);
    expect(krz2.every((n) => n.content?.placement && !n.content?.movedOut)).toBe(true);
    expect(krz2.map((n) => n.content?.placement.fromDate).sort()).toEqual([second, today].sort());
    expect(krz2[0]!.content?.placement).toMatchObject({ municipalityCode: 'KRZ14', provider: 'Centre in KRZ14', kind: 'SOCIAL_SERVICE' });
  });

  it('issue 21.3, AP II.6: a closure is told to every participant of the case but the one closing it', async () => {
    const c = await aCase('Nasrin');
    const dazd = await as('DAZD');
    ok(await dazd.request(AddCaseParticipantDocument, { caseId: c.id, institutionCode: 'MON', role: 'school enrolment' }), 'addCaseParticipant');
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: c.id, reason: 'FAMILY_REUNIFICATION' } }), 'close');

    for (const role of ['SAR', 'MON'] as const) {
      const told = await receivedAbout(await as(role), 'CASE_CLOSED', c.id);
      expect(told, role).toHaveLength(1);
      expect(told[0]).toMatchObject({ sender: { code: 'DAZD' }, recipient: { code: role } });
      expect(told[0]!.content).toMatchObject({ case: { id: c.id, status: 'CLOSED' }, closing: { closedOn: today, reason: 'FAMILY_REUNIFICATION' } });
    }
    expect(await receivedAbout(dazd, 'CASE_CLOSED', c.id)).toEqual([]);
  });
});

describe('children: hand-offs are listable, a page at a time (issue 21.3)', () => {
  type Page<N> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: N }[] };
  /** Every node of a connection, `next` reading the page after a cursor (the lists are shared with other files: narrow after). */
  async function all<N>(next: (after: string | null) => Promise<Page<N>>) {
    const nodes: N[] = [];
    let after: string | null = null;
    for (let i = 0; i < 500; i++) {
      const page: Page<N> = await next(after);
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return nodes;
  }
  /** assessmentsAwaitingApproval, paging with `first`. */
  const awaitingApproval = (client: GraphQLClient, first = 2) =>
    all(
      async (after) =>
        ok(await client.request(AssessmentsAwaitingApprovalDocument, { first, after }), 'assessmentsAwaitingApproval').assessmentsAwaitingApproval,
    );
  /** caseReferralsPage (of one status, if given), paging with `first`. */
  const referralsPage = (client: GraphQLClient, status?: ReferralStatus, first = 2) =>
    all(async (after) => ok(await client.request(CaseReferralsPageDocument, { status, first, after }), 'caseReferralsPage').caseReferralsPage);

  it('issue 21.3, AP I.15.1: DAZD lists the full assessments awaiting its approval, paged, longest waiting first; decided ones leave the list; no one else may list them', async () => {
    const c = await aCase('Rahim');
    const sar = await as('SAR');
    const dazd = await as('DAZD');
    const record = async (madeOn: string) =>
      ok(
        await sar.request(RecordBestInterestsAssessmentDocument, {
          input: { caseId: c.id, kind: 'FULL', madeOn, findings: 'settled', recommendations: 'stay with the foster family' },
        }),
        'record',
      ).recordBestInterestsAssessment;
    const older = await record(addDays(today, -9));
    const newer = await record(addDays(today, -3));
    const decided = await record(addDays(today, -6));
    ok(await dazd.request(DecideBestInterestsAssessmentDocument, { id: decided.id, approval: 'APPROVED' }), 'decide');

    const listed = await awaitingApproval(dazd);
    const mine = listed.filter((a) => a.caseId === c.id);
    expect(mine).toEqual([
      { id: older.id, caseId: c.id, madeOn: addDays(today, -9), approval: 'PENDING', madeBy: { code: 'SAR' } },
      { id: newer.id, caseId: c.id, madeOn: addDays(today, -3), approval: 'PENDING', madeBy: { code: 'SAR' } },
    ]);
    expect(listed.every((a) => a.approval === 'PENDING')).toBe(true);
    // Longest waiting first across the whole list, not just this case's.
    expect(listed.map((a) => a.madeOn)).toEqual(listed.map((a) => a.madeOn).sort());

    // SAR made them, but only DAZD approves: the work list is DAZD's.
    const refused = await sar.request(AssessmentsAwaitingApprovalDocument, { first: 5 });
    expect(GraphQLClient.codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.extensions?.messageBg).toMatch(/ДАЗД/);
  });

  it('issue 21.3, AP II.7: referrals by status with their dates, paged, in the caller’s scope; caseReferrals still answers as before', async () => {
    const c = await aCase('Laila');
    const dazd = await as('DAZD');
    const rzi = await as('RZI', 'KRZ');
    const pending = ok(await refer(dazd, c.id, 'RZI-KRZ', 'hearing test'), 'refer').referChildCase;
    const accepted = ok(await refer(dazd, c.id, 'RZI-KRZ', 'eye test'), 'refer').referChildCase;
    const declined = ok(await refer(dazd, c.id, 'RZI-KRZ', 'blood test'), 'refer').referChildCase;
    ok(await respond(rzi, accepted.id, 'ACCEPTED'), 'accept');
    ok(await respond(rzi, declined.id, 'DECLINED', 'no laboratory in the district'), 'decline');

    const mineOf = <R extends { id: string }>(rows: R[]) => rows.filter((r) => [pending.id, accepted.id, declined.id].includes(r.id));

    const everyStatus = mineOf(await referralsPage(rzi));
    expect(everyStatus.map((r) => r.id).sort()).toEqual([pending.id, accepted.id, declined.id].sort());
    for (const [status, id, respondedOn] of [
      ['PENDING', pending.id, null],
      ['ACCEPTED', accepted.id, today],
      ['DECLINED', declined.id, today],
    ] as const) {
      const rows = await referralsPage(rzi, status);
      expect(
        rows.every((r) => r.status === status),
        status,
      ).toBe(true);
      expect(mineOf(rows), status).toEqual([expect.objectContaining({ id, status, referredOn: today, respondedOn })]);
    }
    expect(mineOf(await referralsPage(rzi, 'DECLINED'))[0]!.response).toBe('no laboratory in the district');

    // Scope: another province's RZI sees none of them.
    expect(mineOf(await referralsPage(await as('RZI', 'BLG'), undefined, 50))).toEqual([]);
    // The list without pages is unchanged for its callers (the console's).
    const listed = ok(await rzi.request(CaseReferralIdsDocument, { status: 'PENDING' }), 'caseReferrals').caseReferrals;
    expect(listed.map((r) => r.id)).toContain(pending.id);
  });
});
