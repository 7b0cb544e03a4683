import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import { forgetOldKeys, KEY_DAYS } from '../../src/shared/idempotency.js';
import {
  AddCaseParticipantDocument,
  type CaseArea,
  ChildCaseMatchIdsDocument,
  ChildCaseMergeDocument,
  type ChildCaseMergeQuery,
  ChildCaseMethodologicalSupportDocument,
  ChildCaseNeedIdsDocument,
  CloseChildCaseDocument,
  MergeChildCasesStatusDocument,
  type OpenCaseInput,
  OpenChildCaseDocument,
  RecordBestInterestsAssessmentDocument,
  RecordChildNeedDocument,
  RecordMethodologicalSupportDetailsDocument,
  type RecordMethodologicalSupportInput,
  ReferChildCaseDocument,
  type ReferralKind,
  ReopenChildCaseDocument,
  ReportChildFoundDocument,
  ReportChildMissingDocument,
  RespondToReferralDocument,
} from '../gql/graphql.js';
import { GraphQLClient, ok, refused } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// One child, one record (issue 21.4): DAZD merges a second record of a child into the case kept; the
// mutations that create records take an idempotency key, so a retried request does not make a second
// one. AP II.6: DAZD records its methodological support on a case.
//
// The database and the inboxes are shared with other test files: every case here carries a name made
// for this run, and notifications are read narrowed by subject (this file's own cases).
const hub = useTestHub({ notifications: true });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -20);

const as = (role: Role, unit?: string) => hub().as({ role, unit });
const unique = () => `Merge ${randomUUID().slice(0, 8)}`;

const open = (client: GraphQLClient, input: Partial<OpenCaseInput>) =>
  client.request(OpenChildCaseDocument, {
    input: { separation: 'UNACCOMPANIED', identifiedWhere: 'Border police, Kapitan Andreevo', identifiedOn: IDENTIFIED_ON, nationality: 'AF', ...input },
  });
async function aCase(by: Role, givenName: string) {
  return ok(await open(await as(by), { givenName }), `open by ${by}`).openChildCase.id;
}

const merge = (client: GraphQLClient, keptCaseId: string, duplicateCaseId: string, reason = 'The same fingerprints in the Eurodac record.') =>
  client.request(MergeChildCasesStatusDocument, { input: { keptCaseId, duplicateCaseId, reason } });

type CaseView = ChildCaseMergeQuery['childCase'];
const view = async (client: GraphQLClient, id: string) => ok(await client.request(ChildCaseMergeDocument, { id }), 'childCase').childCase;
const current = (c: CaseView) =>
  c.participants
    .filter((p) => !p.leftOn)
    .map((p) => p.institution.code)
    .sort();

describe('children: one child, one record — merging, idempotency keys (issue 21.4); methodological support (AP II.6)', () => {
  it('issue 21.4, AP II.6: DAZD merges a duplicate: it closes as DUPLICATE, points to the kept case, and its participants and open referrals move to the kept case', async () => {
    const name = unique();
    const dazd = await as('DAZD');
    const kept = await aCase('SAR', name);
    const duplicate = await aCase('MVR', name);
    // An accepted referral on the duplicate (MVR → NKBTH), and a pending one (MVR → MON).
    const refer = async (to: string, type: ReferralKind, sharedAreas: CaseArea[]) =>
      ok(
        await (await as('MVR')).request(ReferChildCaseDocument, {
          input: {
            caseId: duplicate,
            toInstitutionCode: to,
            type,
            reason: 'support',
            sharedAreas,
            consent: 'BEST_INTERESTS_WITHOUT_CONSENT',
            consentNote: 'urgent',
          },
        }),
        `refer to ${to}`,
      ).referChildCase.id;
    const toNkbth = await refer('NKBTH', 'PROTECTION', ['IDENTITY']);
    ok(await (await as('NKBTH')).request(RespondToReferralDocument, { id: toNkbth, status: 'ACCEPTED' }), 'NKBTH accepts');
    const toMon = await refer('MON', 'PROTECTION', ['IDENTITY']);
    // Before: MVR and NKBTH do not see the kept case.
    expect(GraphQLClient.codes(await (await as('MVR')).request(ChildCaseMergeDocument, { id: kept }))).toEqual(['NOT_FOUND']);
    expect(GraphQLClient.codes(await (await as('NKBTH')).request(ChildCaseMergeDocument, { id: kept }))).toEqual(['NOT_FOUND']);

    const merged = ok(await merge(dazd, kept, duplicate), 'merge').mergeChildCases;
    expect(merged).toEqual({ id: kept, status: 'IDENTIFIED' });

    const dup = await view(dazd, duplicate);
    expect(dup).toMatchObject({ status: 'CLOSED', closingReason: 'DUPLICATE', closedOn: today, mergedInto: { id: kept } });
    expect(dup.statusHistory.at(-1)).toMatchObject({ fromStatus: 'IDENTIFIED', toStatus: 'CLOSED', closingReason: 'DUPLICATE' });
    expect(dup.statusHistory.at(-1)!.note).toContain(kept);
    // The referrals still open moved with the hand-off they carry; the duplicate keeps none.
    expect(dup.referrals).toEqual([]);
    const k = await view(dazd, kept);
    expect(k.referrals.map((r) => r.id).sort()).toEqual([toNkbth, toMon].sort());
    // MVR (which identified the duplicate) and NKBTH (by its accepted referral) take part in the kept case now.
    expect(current(k)).toEqual(['DAZD', 'MVR', 'NKBTH', 'SAR']);
    expect((await view(await as('MVR'), kept)).id).toBe(kept);
    expect((await view(await as('NKBTH'), kept)).id).toBe(kept);
    // MON's referral is still pending, now on the kept case: MON answers it there.
    ok(await (await as('MON')).request(RespondToReferralDocument, { id: toMon, status: 'DECLINED', response: 'not ours' }), 'MON answers');

    // Those taking part in either are told (not DAZD, which merged).
    for (const role of ['SAR', 'MVR', 'NKBTH'] as const) {
      const told = await receivedAbout(await as(role), 'CASES_MERGED', kept);
      expect(told, role).toHaveLength(1);
      expect(told[0]!.content?.merged).toMatchObject({ keptCaseId: kept, duplicateCaseId: duplicate });
    }
    expect(await receivedAbout(dazd, 'CASES_MERGED', kept)).toEqual([]);

    // A merged case is settled: it is no longer offered as a match, and it is not reopened or merged again.
    const matches = ok(await dazd.request(ChildCaseMatchIdsDocument, { input: { givenName: name } }), 'matches').childCaseMatches;
    expect(matches.map((m) => m.childCase.id)).toEqual([kept]);
    const reopen = await dazd.request(ReopenChildCaseDocument, { caseId: duplicate, reason: 'mistake' });
    refused(reopen, 'CONFLICT');
    expect(reopen.errors![0]!.extensions?.mergedInto).toBe(kept);
    refused(await merge(dazd, kept, duplicate), 'CONFLICT', 'duplicateCaseId');
    refused(await merge(dazd, duplicate, kept), 'CONFLICT', 'keptCaseId');
  });

  it('issue 21.4: only DAZD merges; a case is not merged into itself, a missing child’s case is not merged away, an open duplicate not into a closed case; closeChildCase takes no DUPLICATE; a refusal leaves both as they were', async () => {
    const name = unique();
    const dazd = await as('DAZD');
    const a = await aCase('SAR', name);
    const b = await aCase('SAR', name);
    refused(await merge(await as('SAR'), a, b), 'FORBIDDEN');
    refused(await merge(dazd, a, a), 'BAD_USER_INPUT', 'duplicateCaseId');
    // An unknown id: NOT_FOUND, naming which.
    refused(await merge(dazd, a, randomUUID()), 'NOT_FOUND', 'duplicateCaseId');

    // The duplicate's child is missing: its search would lose its case.
    ok(await dazd.request(ReportChildMissingDocument, { caseId: b }), 'missing');
    refused(await merge(dazd, a, b), 'CONFLICT', 'duplicateCaseId');
    ok(await dazd.request(ReportChildFoundDocument, { caseId: b }), 'found');

    // The kept case is closed and the duplicate open: the open one is kept instead (or the other reopened).
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: a, reason: 'FAMILY_REUNIFICATION' } }), 'close a');
    refused(await merge(dazd, a, b), 'CONFLICT', 'keptCaseId');
    refused(await dazd.request(CloseChildCaseDocument, { input: { caseId: b, reason: 'DUPLICATE' } }), 'BAD_USER_INPUT', 'reason');
    // Nothing was written by the refusals: b is open, with no merge.
    expect(await view(dazd, b)).toMatchObject({ status: 'IDENTIFIED', closingReason: null, mergedInto: null });

    // The other way round it is allowed: a closed duplicate into the open case keeps its closing day.
    const closedOn = (await view(dazd, a)).closedOn;
    ok(await merge(dazd, b, a), 'merge a into b');
    expect(await view(dazd, a)).toMatchObject({ status: 'CLOSED', closingReason: 'DUPLICATE', closedOn, mergedInto: { id: b } });
    expect((await view(dazd, a)).statusHistory.at(-1)).toMatchObject({ fromStatus: 'CLOSED', toStatus: 'CLOSED', closingReason: 'DUPLICATE' });
  });

  it('issue 21.4: a retried openChildCase with the same idempotency key returns the first case, even when the retries race; another input with the key is refused; keys are per institution', async () => {
    const name = unique();
    const key = randomUUID();
    const sar = await as('SAR');
    const first = ok(await open(sar, { givenName: name, idempotencyKey: key }), 'first').openChildCase.id;
    // Retried (e.g. the answer was lost): the same case, nothing new.
    expect(ok(await open(sar, { givenName: name, idempotencyKey: key }), 'retry').openChildCase.id).toBe(first);
    // Two at once with a new key: one case between them.
    const racing = randomUUID();
    const both = await Promise.all([open(sar, { givenName: name, idempotencyKey: racing }), open(sar, { givenName: name, idempotencyKey: racing })]);
    const raced = both.map((r) => ok(r, 'race').openChildCase.id);
    expect(raced[0]).toBe(raced[1]);
    expect(raced[0]).not.toBe(first);
    // The same key with another input: refused, nothing created.
    refused(await open(sar, { givenName: `${name} Other`, idempotencyKey: key }), 'CONFLICT', 'idempotencyKey');
    // Another institution's key space: the same key makes its own case.
    const byMvr = ok(await open(await as('MVR'), { givenName: name, idempotencyKey: key }), 'MVR').openChildCase.id;
    expect(byMvr).not.toBe(first);
    // Without a key each request creates: three distinct cases of this name carry keys, two do not.
    ok(await open(sar, { givenName: name }), 'no key');
    const [{ n }] = await hub().orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from child_case where given_name = ?', [name]);
    expect(n).toBe(4);
  });

  it('issue 21.4: a key is remembered for KEY_DAYS days; then it is forgotten and creates anew', async () => {
    const sar = await as('SAR');
    const name = unique();
    const [old, fresh] = [randomUUID(), randomUUID()];
    const oldCase = ok(await open(sar, { givenName: name, idempotencyKey: old }), 'old').openChildCase.id;
    const freshCase = ok(await open(sar, { givenName: name, idempotencyKey: fresh }), 'fresh').openChildCase.id;
    // The first key dates from a day past the period (this file's own row).
    const sql = hub().orm.em.getConnection();
    await sql.execute(`update idempotency_key set created_at = now() - interval '${KEY_DAYS + 1} days' where key = ?`, [old]);
    // The hub's own sweep may forget it first: what is left is checked, not who deleted it.
    await forgetOldKeys(hub().orm.em.fork());
    const left = await sql.execute<{ key: string }[]>('select key from idempotency_key where key in (?, ?)', [old, fresh]);
    expect(left.map((r) => r.key)).toEqual([fresh]);
    expect(ok(await open(sar, { givenName: name, idempotencyKey: fresh }), 'fresh again').openChildCase.id).toBe(freshCase);
    expect(ok(await open(sar, { givenName: name, idempotencyKey: old }), 'old again').openChildCase.id).not.toBe(oldCase);
  });

  it('issue 21.4: a key names one mutation: a need retried is one need; the key of a need is refused on an assessment', async () => {
    const dazd = await as('DAZD');
    const caseId = await aCase('SAR', unique());
    const key = randomUUID();
    const need = () =>
      dazd.request(RecordChildNeedDocument, {
        input: { caseId, area: 'EDUCATION', description: 'School enrolment.', idempotencyKey: key },
      });
    const once = ok(await need(), 'need').recordChildNeed.id;
    expect(ok(await need(), 'need again').recordChildNeed.id).toBe(once);
    const needs = ok(await dazd.request(ChildCaseNeedIdsDocument, { id: caseId }), 'needs').childCase.needs;
    expect(needs.map((n) => n.id)).toEqual([once]);
    const bia = await dazd.request(RecordBestInterestsAssessmentDocument, {
      input: { caseId, kind: 'RAPID', findings: 'f', recommendations: 'r', idempotencyKey: key },
    });
    refused(bia, 'CONFLICT', 'idempotencyKey');
  });

  it('AP II.6: DAZD records its methodological support on a case; those seeing best interests read it, others do not; only DAZD records it', async () => {
    const dazd = await as('DAZD');
    const caseId = await aCase('SAR', unique());
    const input: RecordMethodologicalSupportInput = {
      caseId,
      summary: 'Case conference on the care plan.',
      givenToInstitutionCode: 'ASP',
      givenOn: addDays(today, -1),
    };
    const support = ok(await dazd.request(RecordMethodologicalSupportDetailsDocument, { input }), 'support').recordMethodologicalSupport;
    expect(support).toMatchObject({ givenOn: addDays(today, -1), summary: input.summary, givenBy: { code: 'DAZD' }, givenTo: { code: 'ASP' } });
    refused(await (await as('SAR')).request(RecordMethodologicalSupportDetailsDocument, { input }), 'FORBIDDEN');
    refused(
      await dazd.request(RecordMethodologicalSupportDetailsDocument, { input: { ...input, givenToInstitutionCode: 'NOPE' } }),
      'BAD_USER_INPUT',
      'givenToInstitutionCode',
    );
    refused(
      await dazd.request(RecordMethodologicalSupportDetailsDocument, { input: { ...input, givenOn: addDays(IDENTIFIED_ON, -1) } }),
      'BAD_USER_INPUT',
      'givenOn',
    );

    // SAR identified the child and sees BEST_INTERESTS.
    const bySar = ok(await (await as('SAR')).request(ChildCaseMethodologicalSupportDocument, { id: caseId }), 'SAR');
    expect(bySar.childCase.methodologicalSupport).toEqual([{ summary: input.summary }]);
    // MON, brought in for education, does not see that area.
    ok(await dazd.request(AddCaseParticipantDocument, { caseId, institutionCode: 'MON', role: 'schooling' }), 'MON joins');
    const byMon = await (await as('MON')).request(ChildCaseMethodologicalSupportDocument, { id: caseId });
    expect(byMon.data?.childCase?.methodologicalSupport ?? null).toBeNull();
    expect(GraphQLClient.codes(byMon)).toEqual(['FORBIDDEN']);
  });
});
