import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AddCaseParticipantDocument,
  AdvanceChildCaseStatusDocument,
  ChildCaseEpisodeDatesDocument,
  ChildCaseGivenNameDocument,
  ChildCaseHistoryAndClosingDocument,
  ChildCaseHistoryDocument,
  ChildCaseIdDocument,
  ChildCaseMissingEpisodesDocument,
  ChildCasePlacementIdsDocument,
  ChildCaseSearchDocument,
  CloseChildCaseDocument,
  FilteredChildCaseIdsDocument,
  type OpenCaseInput,
  OpenChildCaseDocument,
  RecordPlacementDocument,
  ReopenChildCaseClosingDocument,
  ReportChildFoundStatusDocument,
  ReportChildMissingSinceDocument,
} from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse, ok } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// Issue 21.1, missing children end to end (docs/children.md, "Missing"), through the live API:
// reporting a child missing brings MVR into the case to search (AP II.7, AP I.21), the episodes are
// kept, the child found is told (CHILD_FOUND), and a case closed as WENT_MISSING opens again.
//
// The database is shared with other test files: every check is narrowed to the cases and
// notifications this file creates. The one placement is in SML31, which no other test file names.
const hub = useTestHub({ notifications: true });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -40);
const MUNICIPALITY = 'SML31';

const as = (role: Role, unit?: string) => hub().as({ role, unit });

/** The first error's code, field and Bulgarian message. */
const refusal = (res: GraphQLResponse<unknown>) => {
  const e = res.errors?.[0]?.extensions ?? {};
  return { code: e.code, field: e.field, messageBg: typeof e.messageBg === 'string' && e.messageBg.length > 0 };
};

/** A fresh case opened by SAR: DAZD and SAR take part, MVR does not. */
async function aCase(givenName: string) {
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Reception centre Harmanli',
    identifiedOn: IDENTIFIED_ON,
    givenName,
    familyName: 'Rahimi',
    declaredBirthDate: addYears(IDENTIFIED_ON, -14),
    nationality: 'AF',
  };
  return ok(await (await as('SAR')).request(OpenChildCaseDocument, { input }), 'openChildCase').openChildCase.id;
}

const missing = (client: GraphQLClient, caseId: string, since?: string) => client.request(ReportChildMissingSinceDocument, { caseId, since });
const found = (client: GraphQLClient, caseId: string, foundOn?: string, note?: string) =>
  client.request(ReportChildFoundStatusDocument, { caseId, foundOn, note });

describe('issue 21.1: missing children, end to end', () => {
  it('issue 21.1 (AP II.7, AP I.21): a child reported missing is opened to MVR, which reads identity, age and the episode, and records the child found', async () => {
    const id = await aCase('Zaki');
    const [dazd, mvr] = [await as('DAZD'), await as('MVR')];
    // Before the report MVR takes no part: the case is not in its scope.
    expect(GraphQLClient.codes(await mvr.request(ChildCaseIdDocument, { id }))).toEqual(['NOT_FOUND']);

    const since = addDays(today, -2);
    expect(ok(await missing(dazd, id, since), 'reportChildMissing').reportChildMissing.missingSince).toBe(since);

    // What MVR needs to search: the child's identity, age, and the missing episode.
    const seen = ok(await mvr.request(ChildCaseSearchDocument, { id }), 'MVR childCase').childCase;
    expect(seen).toMatchObject({ givenName: 'Zaki', familyName: 'Rahimi', nationality: 'AF', comesOfAgeOn: addYears(IDENTIFIED_ON, 4), missingSince: since });
    expect(seen.missingEpisodes).toEqual([{ since, foundOn: null, foundNote: null, reportedBy: { code: 'DAZD' }, foundBy: null }]);
    expect(seen.participants).toContainEqual({ role: 'searches for the missing child (AP I.21)', institution: { code: 'MVR' } });
    // Only its areas: not the child's care.
    expect(GraphQLClient.codes(await mvr.request(ChildCasePlacementIdsDocument, { id }))).toEqual(['FORBIDDEN']);
    // It is listed too, and the alert reached it.
    const listed = ok(await mvr.request(FilteredChildCaseIdsDocument, { first: 100, filter: { missing: true } }), 'childCases').childCases;
    expect(listed.edges.map((e) => e.node.id)).toContain(id);
    expect(await receivedAbout(mvr, 'CHILD_MISSING', id)).toHaveLength(1);

    // MVR records the child found: the episode ends and is kept.
    const done = ok(await found(mvr, id, today, 'Found at Sofia central station'), 'MVR reportChildFound').reportChildFound;
    expect(done).toMatchObject({ id, missingSince: null, status: 'IDENTIFIED' });
    const after = ok(await dazd.request(ChildCaseMissingEpisodesDocument, { id }), 'DAZD childCase').childCase;
    expect(after.missingEpisodes).toEqual([
      { since, foundOn: today, foundNote: 'Found at Sofia central station', reportedBy: { code: 'DAZD' }, foundBy: { code: 'MVR' } },
    ]);
  });

  it('issue 21.1 (AP I.21): every episode is kept, the open one is missingSince; a found report is checked; the episodes are of the MISSING area', async () => {
    const id = await aCase('Farid');
    const dazd = await as('DAZD');
    const first = addDays(today, -20);
    ok(await missing(dazd, id, first), 'first report');
    // Found before the child went missing, or in the future: refused, in Bulgarian too.
    expect(refusal(await found(dazd, id, addDays(first, -1)))).toEqual({ code: 'BAD_USER_INPUT', field: 'foundOn', messageBg: true });
    expect(refusal(await found(dazd, id, addDays(today, 1)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'foundOn' });
    ok(await found(dazd, id, addDays(first, 3)), 'first found');
    // Not missing now: nothing to find.
    expect(refusal(await found(dazd, id))).toEqual({ code: 'BAD_USER_INPUT', field: 'caseId', messageBg: true });

    // ASP takes part and reports the second time (its areas include MISSING).
    ok(await dazd.request(AddCaseParticipantDocument, { caseId: id, institutionCode: 'ASP', role: 'social work' }), 'addCaseParticipant ASP');
    const second = addDays(today, -5);
    ok(await missing(await as('ASP'), id, second), 'second report');
    expect(refusal(await missing(dazd, id))).toEqual({ code: 'BAD_USER_INPUT', field: 'caseId', messageBg: true });

    const c = ok(await dazd.request(ChildCaseMissingEpisodesDocument, { id }), 'DAZD childCase').childCase;
    expect(c.missingSince).toBe(second);
    expect(c.missingEpisodes).toEqual([
      { since: first, foundOn: addDays(first, 3), foundNote: null, reportedBy: { code: 'DAZD' }, foundBy: { code: 'DAZD' } },
      { since: second, foundOn: null, foundNote: null, reportedBy: { code: 'ASP' }, foundBy: null },
    ]);
    // SAR takes part but does not see the MISSING area: the episodes are refused like missingSince.
    const sar = ok(await (await as('SAR')).request(ChildCaseGivenNameDocument, { id }), 'SAR childCase').childCase;
    expect(sar.givenName).toBe('Farid');
    const refused = await (await as('SAR')).request(ChildCaseEpisodeDatesDocument, { id });
    expect(GraphQLClient.codes(refused)).toEqual(['FORBIDDEN']);
  });

  it('issue 21.1 (AP II.7, AP I.21): CHILD_FOUND goes to DAZD and MVR with the child, and to the reporter with the episode only, within 24 hours', async () => {
    const id = await aCase('Jamal');
    const dazd = await as('DAZD');
    // Placed in a municipality, which then reports the child missing (its areas: care and missing).
    ok(
      await dazd.request(RecordPlacementDocument, {
        input: {
          caseId: id,
          kind: 'SOCIAL_SERVICE',
          provider: 'Centre for children, Smolyan region',
          municipalityCode: MUNICIPALITY,
          fromDate: addDays(IDENTIFIED_ON, 5),
        },
      }),
      'recordPlacement',
    );
    const mayor = await as('MUNICIPALITY', MUNICIPALITY);
    const since = addDays(today, -1);
    ok(await missing(mayor, id, since), 'municipality reportChildMissing');
    const mvr = await as('MVR');
    ok(await found(mvr, id, today, 'Found in Plovdiv'), 'MVR reportChildFound');

    const episode = { since, reportedBy: `MUNICIPALITY-${MUNICIPALITY}`, foundOn: today, foundBy: 'MVR', foundNote: 'Found in Plovdiv' };
    const toDazd = await receivedAbout(dazd, 'CHILD_FOUND', id);
    expect(toDazd).toHaveLength(1);
    expect(toDazd[0]).toMatchObject({ subjectType: 'ChildCase', sender: { code: 'MVR' }, recipient: { code: 'DAZD' } });
    expect(toDazd[0]!.content).toMatchObject({ case: { id }, child: { givenName: 'Jamal', familyName: 'Rahimi' }, episode });
    const dueIn = Date.parse(toDazd[0]!.dueBy) - Date.parse(toDazd[0]!.createdAt);
    expect(dueIn).toBeGreaterThan(23 * 3_600_000);
    expect(dueIn).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);

    // The reporter learns the child is found, not the child's identity (outside its areas).
    const toMayor = await receivedAbout(mayor, 'CHILD_FOUND', id);
    expect(toMayor).toHaveLength(1);
    expect(toMayor[0]!.content).toMatchObject({ case: { id }, episode });
    expect(toMayor[0]!.content).not.toHaveProperty('child');
    // MVR found the child: it is the sender, not told its own news.
    expect(await receivedAbout(mvr, 'CHILD_FOUND', id)).toEqual([]);

    // Found by DAZD the next time: MVR, alerted, is told; DAZD is not.
    ok(await missing(mayor, id), 'second report');
    ok(await found(dazd, id), 'DAZD reportChildFound');
    const toMvr = await receivedAbout(mvr, 'CHILD_FOUND', id);
    expect(toMvr).toHaveLength(1);
    expect(toMvr[0]).toMatchObject({ sender: { code: 'DAZD' }, content: { child: { givenName: 'Jamal' }, episode: { foundBy: 'DAZD' } } });
    expect(await receivedAbout(mayor, 'CHILD_FOUND', id)).toHaveLength(2);
  });

  it('issue 21.1 (AP I.21, AP II.6): a case closed as WENT_MISSING opens again when the child is found; DAZD reopens a closed case with a reason; the history shows both', async () => {
    const id = await aCase('Idris');
    const dazd = await as('DAZD');
    ok(await dazd.request(AdvanceChildCaseStatusDocument, { caseId: id, status: 'ASSESSED' }), 'advance');
    // WENT_MISSING only for a child reported missing.
    expect(refusal(await dazd.request(CloseChildCaseDocument, { input: { caseId: id, reason: 'WENT_MISSING' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      messageBg: true,
    });
    ok(await missing(dazd, id, addDays(today, -3)), 'reportChildMissing');
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: id, reason: 'WENT_MISSING', note: 'Not found within the term.' } }), 'close');

    // MVR, alerted, still reads the closed case and records the child found: the case opens again.
    const mvr = await as('MVR');
    const done = ok(await found(mvr, id, today, 'Returned to the centre'), 'found on a closed case').reportChildFound;
    expect(done).toMatchObject({ status: 'ASSESSED', missingSince: null });
    const c = ok(await dazd.request(ChildCaseHistoryAndClosingDocument, { id }), 'DAZD childCase').childCase;
    expect(c).toMatchObject({ status: 'ASSESSED', closingReason: null, closedOn: null });
    expect(c.statusHistory.slice(-2)).toEqual([
      { fromStatus: 'ASSESSED', toStatus: 'CLOSED', changedOn: today, note: 'Not found within the term.', closingReason: 'WENT_MISSING' },
      { fromStatus: 'CLOSED', toStatus: 'ASSESSED', changedOn: today, note: 'reopened: the child was found (AP I.21)', closingReason: null },
    ]);

    // An open case is not reopened; only DAZD reopens; a reason is required.
    expect(refusal(await dazd.request(ReopenChildCaseClosingDocument, { caseId: id, reason: 'again' }))).toEqual({
      code: 'CONFLICT',
      field: 'caseId',
      messageBg: true,
    });
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: id, reason: 'TRANSFER_TO_ANOTHER_STATE' } }), 'close again');
    expect(GraphQLClient.codes(await mvr.request(ReopenChildCaseClosingDocument, { caseId: id, reason: 'back' }))).toEqual(['FORBIDDEN']);
    expect(refusal(await dazd.request(ReopenChildCaseClosingDocument, { caseId: id, reason: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const reopened = ok(
      await dazd.request(ReopenChildCaseClosingDocument, { caseId: id, reason: 'The transfer did not take place.' }),
      'reopenChildCase',
    ).reopenChildCase;
    expect(reopened).toMatchObject({ status: 'ASSESSED', closingReason: null, closedOn: null });
    const h = ok(await dazd.request(ChildCaseHistoryDocument, { id }), 'history').childCase.statusHistory;
    expect(h.at(-2)).toMatchObject({ toStatus: 'CLOSED', closingReason: 'TRANSFER_TO_ANOTHER_STATE' });
    expect(h.at(-1)).toEqual({
      fromStatus: 'CLOSED',
      toStatus: 'ASSESSED',
      changedOn: today,
      note: 'reopened: The transfer did not take place.',
      closingReason: null,
    });
  });

  it('issue 21.1 (AP I.21): a case closed for another reason while the child is missing ends the episode when found, and stays closed', async () => {
    const id = await aCase('Nasir');
    const dazd = await as('DAZD');
    ok(await missing(dazd, id), 'reportChildMissing');
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: id, reason: 'CAME_OF_AGE' } }), 'close');
    const done = ok(await found(await as('MVR'), id), 'found').reportChildFound;
    expect(done).toMatchObject({ status: 'CLOSED', missingSince: null });
    // Closed, and nothing missing now: no new report, no second found.
    expect(refusal(await missing(dazd, id))).toEqual({ code: 'CONFLICT', field: 'caseId', messageBg: true });
    expect(refusal(await found(dazd, id))).toEqual({ code: 'CONFLICT', field: 'caseId', messageBg: true });
  });
});
