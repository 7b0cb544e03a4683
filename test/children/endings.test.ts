import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { childrenService } from '../../src/modules/children/children.service.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddCaseParticipantDocument,
  AppointRepresentativeDocument,
  type CaseArea,
  ChildCaseNeedAreasDocument,
  ChildCaseParticipantsDocument,
  ChildCaseReferralRevocationsDocument,
  type ConsentBasis,
  type OpenCaseInput,
  OpenChildCaseDocument,
  RecordChildNeedDocument,
  RecordMonitoringVisitDocument,
  RecordVisitFollowUpDocument,
  ReferChildCaseStatusDocument,
  type ReferralKind,
  type ReferralStatus,
  RemoveCaseParticipantDocument,
  RespondToReferralDocument,
  RevokeChildReferralDetailsDocument,
} from '../gql/graphql.js';
import { GraphQLClient, ok, refused } from '../support/client.js';
import { listedCase } from '../support/children.js';
import { useTestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// Access to a child's case ends (issue 21.3): a referral can be revoked, a finished one stops sharing
// unless its recipient still takes part for another reason, DAZD can remove a participant (AP II.6–7);
// a representative's consent needs an appointed representative; an overdue visit follow-up is told
// (AP I.18). Every loss of access is read back through GraphQL as the institution that lost it.
//
// The database and the inboxes are shared with other test files: notifications are read narrowed by
// subject (this file's own cases, referrals and visits), so RZI-SML and SML02 may be shared too.
const hub = useTestHub({ notifications: true });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -15);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

async function aCase(name: string, by: Role = 'SAR', representative = true) {
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Reception centre, Harmanli',
    identifiedOn: IDENTIFIED_ON,
    givenName: name,
    nationality: 'SY',
  };
  const opened = ok(await (await as(by)).request(OpenChildCaseDocument, { input }), 'openChildCase').openChildCase;
  if (representative)
    ok(
      await (await as('DAZD')).request(AppointRepresentativeDocument, { input: { caseId: opened.id, kind: 'GUARDIAN', name: 'Maria Ivanova' } }),
      'appointRepresentative',
    );
  return opened.id;
}

type ReferInput = { type: ReferralKind; sharedAreas: CaseArea[]; consent?: ConsentBasis; consentNote?: string };
const refer = (client: GraphQLClient, caseId: string, to: string, input: ReferInput) =>
  client.request(ReferChildCaseStatusDocument, {
    input: { caseId, toInstitutionCode: to, reason: 'support', consent: 'REPRESENTATIVE', ...input },
  });
const respond = (client: GraphQLClient, id: string, status: ReferralStatus) => client.request(RespondToReferralDocument, { id, status });
const revoke = (client: GraphQLClient, id: string, reason: string) => client.request(RevokeChildReferralDetailsDocument, { id, reason });
const remove = (client: GraphQLClient, caseId: string, code: string, reason: string) =>
  client.request(RemoveCaseParticipantDocument, { caseId, institutionCode: code, reason });

const need = async (caseId: string, area: CaseArea) =>
  ok(await (await as('DAZD')).request(RecordChildNeedDocument, { input: { caseId, area, description: `${area} need` } }), `need ${area}`).recordChildNeed.id;

/** What the client reads of the case: its needs' areas, or the error code when the case is out of its view. */
async function seen(client: GraphQLClient, caseId: string): Promise<string[] | string> {
  const res = await client.request(ChildCaseNeedAreasDocument, { id: caseId });
  if (res.errors?.length) return GraphQLClient.codes(res).join(',');
  return res.data!.childCase.needs.map((n) => n.area).sort();
}

const participants = async (caseId: string) =>
  ok(await (await as('DAZD')).request(ChildCaseParticipantsDocument, { id: caseId }), 'participants').childCase.participants;

describe('children: access to a case ends (issue 21.3)', () => {
  it('issue 21.3, AP II.7: a revoked referral shares nothing from then on: the recipient loses the case and its areas at once, and is told', async () => {
    const caseId = await aCase('Rami');
    const dazd = await as('DAZD');
    const rzi = await as('RZI', 'SML');
    await need(caseId, 'HEALTH');
    const referral = ok(await refer(dazd, caseId, 'RZI-SML', { type: 'HEALTH', sharedAreas: ['HEALTH'] }), 'refer').referChildCase;
    ok(await respond(rzi, referral.id, 'ACCEPTED'), 'accept');
    expect(await seen(rzi, caseId)).toEqual(['HEALTH']);
    expect(await listedCase(rzi, caseId)).toBe(true);

    // Only the referrer (or DAZD) revokes: not the recipient, and an institution the referral does not concern does not find it.
    refused(await revoke(rzi, referral.id, 'no longer needed'), 'FORBIDDEN', 'referralId');
    refused(await revoke(await as('MON'), referral.id, 'no longer needed'), 'NOT_FOUND', 'referralId');
    refused(await revoke(dazd, referral.id, '   '), 'BAD_USER_INPUT', 'reason');
    expect(await seen(rzi, caseId)).toEqual(['HEALTH']);

    const revoked = ok(await revoke(dazd, referral.id, 'the child moved to another province'), 'revoke').revokeChildReferral;
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedOn: today, revokeReason: 'the child moved to another province', revokedBy: { code: 'DAZD' } });
    expect(await seen(rzi, caseId)).toBe('NOT_FOUND');
    expect(await listedCase(rzi, caseId)).toBe(false);
    // The participation the referral brought is kept, ended, with who ended it and why.
    const rziPart = (await participants(caseId)).find((p) => p.institution.code === 'RZI-SML');
    expect(rziPart).toMatchObject({ leftOn: today, endedBy: { code: 'DAZD' }, endReason: 'the referral was revoked: the child moved to another province' });

    const told = await receivedAbout(rzi, 'REFERRAL_REVOKED', referral.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ subjectType: 'Referral', sender: { code: 'DAZD' }, recipient: { code: 'RZI-SML' } });
    expect(told[0]!.content?.revoked).toMatchObject({ id: referral.id, caseId, revokedOn: today, reason: 'the child moved to another province' });

    // Revoked is final: neither revoked again nor answered.
    refused(await revoke(dazd, referral.id, 'again'), 'CONFLICT', 'referralId');
    refused(await respond(rzi, referral.id, 'DONE'), 'BAD_USER_INPUT', 'status');

    // A pending referral is revoked by its referrer too; it never opened anything.
    const pending = ok(await refer(dazd, caseId, 'RZI-SML', { type: 'HEALTH', sharedAreas: ['HEALTH'] }), 'refer again').referChildCase;
    ok(await revoke(dazd, pending.id, 'sent by mistake'), 'revoke pending');
    refused(await respond(rzi, pending.id, 'ACCEPTED'), 'BAD_USER_INPUT', 'status');
    expect(await seen(rzi, caseId)).toBe('NOT_FOUND');
  });

  it('issue 21.3, AP II.7: a referral reported done stops sharing; one whose recipient still takes part for another reason keeps its areas', async () => {
    const dazd = await as('DAZD');
    // MON takes part only by the referral: done, it loses the case.
    const first = await aCase('Lina');
    await need(first, 'EDUCATION');
    const mon = await as('MON');
    const toMon = ok(await refer(dazd, first, 'MON', { type: 'PSYCHOSOCIAL', sharedAreas: ['PSYCHOLOGICAL'] }), 'refer MON').referChildCase;
    await need(first, 'PSYCHOLOGICAL');
    ok(await respond(mon, toMon.id, 'ACCEPTED'), 'MON accepts');
    expect(await seen(mon, first)).toEqual(['EDUCATION', 'PSYCHOLOGICAL']);
    ok(await respond(mon, toMon.id, 'DONE'), 'MON done');
    expect(await seen(mon, first)).toBe('NOT_FOUND');
    expect((await participants(first)).find((p) => p.institution.code === 'MON')).toMatchObject({
      leftOn: today,
      endReason: 'the referral was finished',
      endedBy: { code: 'MON' },
    });

    // MVR identified the child and takes part for that: the done referral's HEALTH stays shared with it.
    const second = await aCase('Omar', 'MVR');
    await need(second, 'HEALTH');
    const mvr = await as('MVR');
    expect(await seen(mvr, second)).toEqual([]);
    const toMvr = ok(await refer(dazd, second, 'MVR', { type: 'HEALTH', sharedAreas: ['HEALTH'] }), 'refer MVR').referChildCase;
    ok(await respond(mvr, toMvr.id, 'ACCEPTED'), 'MVR accepts');
    ok(await respond(mvr, toMvr.id, 'DONE'), 'MVR done');
    expect(await seen(mvr, second)).toEqual(['HEALTH']);
    expect((await participants(second)).find((p) => p.institution.code === 'MVR')).toMatchObject({ role: 'identified the child', leftOn: null });

    // Two referrals to one institution: the participation rests on the one still accepted when the first is done.
    const third = await aCase('Sara');
    await need(third, 'EDUCATION');
    await need(third, 'PSYCHOLOGICAL');
    const a = ok(await refer(dazd, third, 'MON', { type: 'PSYCHOSOCIAL', sharedAreas: ['PSYCHOLOGICAL'] }), 'refer a').referChildCase;
    const b = ok(await refer(dazd, third, 'MON', { type: 'EDUCATION', sharedAreas: ['EDUCATION'] }), 'refer b').referChildCase;
    ok(await respond(mon, a.id, 'ACCEPTED'), 'accept a');
    ok(await respond(mon, b.id, 'ACCEPTED'), 'accept b');
    ok(await respond(mon, a.id, 'DONE'), 'a done');
    // Still a participant (by b): a's PSYCHOLOGICAL stays shared beside b's EDUCATION (MON's own area).
    expect(await seen(mon, third)).toEqual(['EDUCATION', 'PSYCHOLOGICAL']);
    ok(await respond(mon, b.id, 'DONE'), 'b done');
    expect(await seen(mon, third)).toBe('NOT_FOUND');
  });

  it('issue 21.3, AP II.6: DAZD removes a participant: it sees the case no more, its referrals are revoked, it is told; DAZD itself is not removed', async () => {
    const caseId = await aCase('Yusuf', 'MVR');
    const dazd = await as('DAZD');
    const mvr = await as('MVR');
    const mon = await as('MON');
    ok(await dazd.request(AddCaseParticipantDocument, { caseId, institutionCode: 'MON', role: 'school' }), 'add MON');
    const pending = ok(await refer(dazd, caseId, 'MON', { type: 'PSYCHOSOCIAL', sharedAreas: ['PSYCHOLOGICAL'] }), 'refer MON').referChildCase;
    expect(await seen(mon, caseId)).toEqual([]);

    // Only DAZD removes (the policy), only a current participant, never DAZD, always with a reason.
    refused(await remove(mvr, caseId, 'MON', 'not needed'), 'FORBIDDEN');
    refused(await remove(dazd, caseId, 'DAZD', 'not needed'), 'BAD_USER_INPUT', 'institutionCode');
    refused(await remove(dazd, caseId, 'RZI-SML', 'not needed'), 'BAD_USER_INPUT', 'institutionCode');
    refused(await remove(dazd, caseId, 'MON', ''), 'BAD_USER_INPUT', 'reason');

    const removed = ok(await remove(dazd, caseId, 'MON', 'the child left school age provision'), 'remove MON');
    expect(removed.removeCaseParticipant).toMatchObject({
      institution: { code: 'MON' },
      leftOn: today,
      endReason: 'the child left school age provision',
      endedBy: { code: 'DAZD' },
    });
    expect(await seen(mon, caseId)).toBe('NOT_FOUND');
    expect(await listedCase(mon, caseId)).toBe(false);
    const referral = ok(await dazd.request(ChildCaseReferralRevocationsDocument, { id: caseId }), 'referrals').childCase.referrals.find(
      (r) => r.id === pending.id,
    );
    expect(referral).toMatchObject({ status: 'REVOKED', revokeReason: 'the participation ended: the child left school age provision' });
    refused(await respond(mon, pending.id, 'ACCEPTED'), 'BAD_USER_INPUT', 'status');

    const told = await receivedAbout(mon, 'PARTICIPATION_ENDED', caseId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ subjectType: 'ChildCase', sender: { code: 'DAZD' }, recipient: { code: 'MON' } });
    expect(told[0]!.content?.participation).toEqual({ caseId, role: 'school', leftOn: today, reason: 'the child left school age provision' });

    // Removing MVR, which identified the child, closes the case to it too; DAZD can bring MON back (a new participation).
    ok(await remove(dazd, caseId, 'MVR', 'no longer involved'), 'remove MVR');
    expect(await seen(mvr, caseId)).toBe('NOT_FOUND');
    refused(await remove(dazd, caseId, 'MON', 'again'), 'BAD_USER_INPUT', 'institutionCode');
    ok(await dazd.request(AddCaseParticipantDocument, { caseId, institutionCode: 'MON', role: 'school again' }), 're-add MON');
    expect(await seen(mon, caseId)).toEqual([]);
    const mons = (await participants(caseId)).filter((p) => p.institution.code === 'MON');
    expect(mons.map((p) => [p.role, p.leftOn])).toEqual([
      ['school', today],
      ['school again', null],
    ]);
  });

  it("issue 21.3: a representative's consent needs an appointed representative; without consent only with the reason", async () => {
    const caseId = await aCase('Nour', 'SAR', false);
    const dazd = await as('DAZD');
    for (const consent of ['REPRESENTATIVE', 'CHILD_AND_REPRESENTATIVE'] as const) {
      const res = await refer(dazd, caseId, 'MON', { type: 'EDUCATION', sharedAreas: ['EDUCATION'], consent });
      refused(res, 'BAD_USER_INPUT', 'consent');
      expect(res.errors![0]!.extensions?.messageBg).toMatch(/представител/);
    }
    ok(
      await refer(dazd, caseId, 'MON', {
        type: 'EDUCATION',
        sharedAreas: ['EDUCATION'],
        consent: 'BEST_INTERESTS_WITHOUT_CONSENT',
        consentNote: 'school enrolment deadline',
      }),
      'without consent',
    );
    ok(await dazd.request(AppointRepresentativeDocument, { input: { caseId, kind: 'LEGAL_REPRESENTATIVE', name: 'Petar Petrov' } }), 'appoint');
    for (const consent of ['REPRESENTATIVE', 'CHILD_AND_REPRESENTATIVE'] as const) {
      ok(await refer(dazd, caseId, 'MON', { type: 'EDUCATION', sharedAreas: ['EDUCATION'], consent }), consent);
    }
  });

  it('issue 21.3, AP I.18: a visit whose follow-up is past due and not recorded is told to DAZD and SAR, once; one followed up is not', async () => {
    const dazd = await as('DAZD');
    const visit = async (centre: string, followUpDueOn: string) =>
      ok(
        await dazd.request(RecordMonitoringVisitDocument, {
          input: {
            centre,
            municipalityCode: 'SML02',
            visitedOn: addDays(today, -10),
            findings: 'Crowded rooms.',
            recommendations: 'Separate rooms for children.',
            followUpDueOn,
          },
        }),
        centre,
      ).recordMonitoringVisit.id;
    // Due in five days, so the hub's own sweep (which runs as of today) leaves them; the check runs as of day six.
    const overdue = await visit('Centre A', addDays(today, 5));
    const followed = await visit('Centre B', addDays(today, 5));
    const notYet = await visit('Centre C', addDays(today, 6));
    ok(await dazd.request(RecordVisitFollowUpDocument, { id: followed, followUp: 'Rooms separated.' }), 'follow-up');
    const asOfDaySix = () =>
      hub()
        .hubEm()
        .transactional((em) => childrenService.notifyOverdueFollowUps(em, addDays(today, 6)));
    await asOfDaySix();
    await asOfDaySix();
    for (const role of ['DAZD', 'SAR'] as const) {
      const client = await as(role);
      const told = await receivedAbout(client, 'VISIT_FOLLOW_UP_OVERDUE', overdue);
      expect(told, role).toHaveLength(1);
      expect(told[0]).toMatchObject({ subjectType: 'MonitoringVisit', sender: null, recipient: { code: role } });
      expect(told[0]!.content?.visit).toMatchObject({ id: overdue, centre: 'Centre A', municipalityCode: 'SML02', followUpDueOn: addDays(today, 5) });
      expect(await receivedAbout(client, 'VISIT_FOLLOW_UP_OVERDUE', followed)).toEqual([]);
      expect(await receivedAbout(client, 'VISIT_FOLLOW_UP_OVERDUE', notYet)).toEqual([]);
    }

    // The hub's sweep sends it as of today: a follow-up due yesterday.
    const lateToday = await visit('Centre D', addDays(today, -1));
    await hub().notifications!.sweep();
    expect(await receivedAbout(dazd, 'VISIT_FOLLOW_UP_OVERDUE', lateToday)).toHaveLength(1);
  });
});
