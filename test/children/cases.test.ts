import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, addYears, compareDates, todayInSofia } from '../../src/shared/dates.js';
import { GraphQLClient, type GraphQLResponse, ok } from '../support/client.js';
import { errorsByPath } from '../support/children.js';
import { useTestHub } from '../support/hub.js';
import { concludedAgreement } from '../support/flows.js';
import {
  AddCaseParticipantDocument,
  AddCaseParticipantInstitutionDocument,
  AdvanceChildCaseStatusDocument,
  AppointRepresentativeDocument,
  type CaseArea,
  CaseReferralsDocument,
  type CaseStatus,
  ChildCaseAgeAssessmentsDocument,
  type ChildCaseFieldsFragment,
  ChildCaseCarePartsDocument,
  ChildCaseIdDocument,
  ChildCaseIdNameDocument,
  ChildCaseIdsDocument,
  type ChildCaseIdsQuery,
  ChildCaseIdStatusDocument,
  ChildCaseIdStatusNameDocument,
  ChildCaseLinksDocument,
  ChildCaseMissingSinceDocument,
  ChildCaseParticipantCodesAndNameDocument,
  ChildCaseParticipantCodesDocument,
  ChildCasePlacementEndsDocument,
  ChildCasePlacementsDocument,
  ChildCaseReferralIdsDocument,
  ChildCasesTotalDocument,
  ChildCaseSeenByMunicipalityDocument,
  CloseChildCaseDocument,
  CloseChildCaseRecordDocument,
  FamilyRelation,
  type OpenCaseInput,
  OpenChildCaseRecordDocument,
  type PlacementKind,
  RecordAgeAssessmentMethodDocument,
  RecordPlacementDetailsDocument,
  type ReferCaseInput,
  ReferChildCaseConsentDocument,
  ReferChildCasePartiesDocument,
  type ReferralKind,
  type ReferralStatus,
  ReportChildFoundDocument,
  ReportChildFoundSinceDocument,
  ReportChildMissingSinceDocument,
  RespondToReferralDocument,
  RespondToReferralOnDocument,
} from '../gql/graphql.js';
import { receivedAbout } from '../support/notifications.js';

// Unaccompanied children: cases of the coordination mechanism (src/modules/children), through the
// live API: opening, who sees which case (scopes.childCase), which parts of it (case-areas.ts, by
// area), referrals, missing-child and coming-of-age notifications, status and placements.
//
// The database is shared with other test files: every check is narrowed to the cases, referrals and
// notifications this file creates. Placements use municipalities of province BLG, which no other
// test file places children in, and RZI-BLG is only referred cases here.
const hub = useTestHub({ notifications: true });
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -60);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

// ---------------------------------------------------------------------------------------------
// Helpers

const openInput = (extra: Partial<OpenCaseInput> = {}): OpenCaseInput => ({
  separation: 'UNACCOMPANIED',
  identifiedWhere: 'Border police, Kalotina checkpoint',
  identifiedOn: IDENTIFIED_ON,
  givenName: 'Ahmad',
  familyName: 'Karimi',
  declaredBirthDate: addYears(IDENTIFIED_ON, -15),
  nationality: 'AF',
  languages: ['Dari', 'Pashto'],
  ...extra,
});

function open(client: GraphQLClient, extra: Partial<OpenCaseInput> = {}) {
  return client.request(OpenChildCaseRecordDocument, { input: openInput(extra) });
}

/** A fresh case opened by MVR (participants: DAZD and MVR). */
async function aCase(extra: Partial<OpenCaseInput> = {}): Promise<ChildCaseFieldsFragment> {
  return ok(await open(await as('MVR'), extra), 'openChildCase').openChildCase;
}

/** Every case id the client sees in childCases, paging through. */
async function listedCaseIds(client: GraphQLClient): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse<ChildCaseIdsQuery> = await client.request(ChildCaseIdsDocument, { after });
    const page = ok(res, 'childCases').childCases;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  return ids;
}

async function addParticipant(caseId: string, code: string, role = 'takes part') {
  const dazd = await as('DAZD');
  return ok(await dazd.request(AddCaseParticipantInstitutionDocument, { caseId, institutionCode: code, role }), `addCaseParticipant ${code}`);
}

/** A referral of the type that fits its first shared area, on the representative's consent. */
const TYPE_OF: Record<string, ReferralKind> = {
  HEALTH: 'HEALTH',
  EDUCATION: 'EDUCATION',
  PSYCHOLOGICAL: 'PSYCHOSOCIAL',
  CARE: 'CARE',
  LEGAL: 'LEGAL',
  IDENTITY: 'PROTECTION',
};
const refer = async (client: GraphQLClient, caseId: string, toInstitutionCode: string, sharedAreas: CaseArea[], reason = 'health screening') => {
  await appointRepresentative(caseId);
  return client.request(ReferChildCasePartiesDocument, {
    input: { caseId, toInstitutionCode, type: TYPE_OF[sharedAreas[0]!], reason, sharedAreas, consent: 'REPRESENTATIVE' },
  });
};

/** A representative's consent needs an appointed representative (issue 21.3): DAZD appoints one. */
async function appointRepresentative(caseId: string) {
  const appointed = await (await as('DAZD')).request(AppointRepresentativeDocument, {
    input: { caseId, kind: 'LEGAL_REPRESENTATIVE', name: 'Maria Ivanova' },
  });
  expect(appointed.errors, JSON.stringify(appointed.errors)).toBeUndefined();
}

const respond = (client: GraphQLClient, id: string, status: ReferralStatus, response?: string) =>
  client.request(RespondToReferralOnDocument, { id, status, response });

const advance = (client: GraphQLClient, caseId: string, status: CaseStatus) => client.request(AdvanceChildCaseStatusDocument, { caseId, status });

const place = (client: GraphQLClient, caseId: string, municipalityCode: string, fromDate: string, kind: PlacementKind = 'SOCIAL_SERVICE') =>
  client.request(RecordPlacementDetailsDocument, { input: { caseId, kind, provider: `Centre in ${municipalityCode}`, municipalityCode, fromDate } });

// ---------------------------------------------------------------------------------------------

describe('unaccompanied children: cases of the coordination mechanism', () => {
  it('1. opening: MVR opens a case (IDENTIFIED, DAZD coordinates); ASP and MON may not; bad input is refused', async () => {
    const mvr = await as('MVR');
    const input = openInput({ givenName: 'Omar', familyName: 'Haidari', nationality: 'SY', languages: ['Arabic', 'Kurdish'] });
    const res = await mvr.request(OpenChildCaseRecordDocument, { input });
    const c = ok(res, 'openChildCase').openChildCase;

    expect(c.status).toBe('IDENTIFIED');
    expect(c.separation).toBe('UNACCOMPANIED');
    expect(c.identifiedOn).toBe(IDENTIFIED_ON);
    expect(c.identifiedWhere).toBe(input.identifiedWhere);
    expect([c.givenName, c.familyName, c.nationality]).toEqual(['Omar', 'Haidari', 'SY']);
    expect(c.languages).toEqual(['Arabic', 'Kurdish']);
    expect(c.declaredBirthDate).toBe(input.declaredBirthDate);
    expect(c.namesDeclared).toBe(true);
    expect(c.statusHistory).toEqual([{ fromStatus: null, toStatus: 'IDENTIFIED', changedOn: IDENTIFIED_ON, note: null }]);
    // DAZD coordinates; MVR takes part as the identifying institution.
    expect(c.participants.map((p) => p.institution.code).sort()).toEqual(['DAZD', 'MVR']);
    expect(c.participants.find((p) => p.institution.code === 'DAZD')!.role).toMatch(/coordinates/);
    // The AGE area, which MVR reads: 18 years after the declared birth date.
    expect(c.comesOfAgeOn).toBe(addYears(input.declaredBirthDate as string, 18));

    // Only DAZD, MVR and SAR open cases.
    for (const role of ['ASP', 'MON'] as const) {
      const refused = await open(await as(role));
      expect(GraphQLClient.codes(refused), role).toEqual(['FORBIDDEN']);
      expect(refused.data?.openChildCase ?? null).toBeNull();
    }

    const badNationality = await open(mvr, { nationality: 'Syria' });
    expect(GraphQLClient.codes(badNationality)).toEqual(['BAD_USER_INPUT']);
    expect(badNationality.errors![0]!.extensions?.field).toBe('nationality');

    const bornLater = await open(mvr, { identifiedOn: IDENTIFIED_ON, declaredBirthDate: addDays(IDENTIFIED_ON, 1) });
    expect(GraphQLClient.codes(bornLater)).toEqual(['BAD_USER_INPUT']);
    expect(bornLater.errors![0]!.extensions?.field).toBe('declaredBirthDate');
  });

  it('2. scope: a non-participant gets NOT_FOUND and does not list the case; DAZD and the participant MVR see it', async () => {
    const c = await aCase();

    for (const role of ['SAR', 'MON', 'ASP'] as const) {
      const client = await as(role);
      const res = await client.request(ChildCaseIdStatusDocument, { id: c.id });
      expect(GraphQLClient.codes(res), role).toEqual(['NOT_FOUND']);
      expect(res.data?.childCase ?? null).toBeNull();
      expect(await listedCaseIds(client), role).not.toContain(c.id);
    }

    const dazd = await as('DAZD');
    expect(ok(await dazd.request(ChildCaseIdStatusNameDocument, { id: c.id }), 'DAZD childCase').childCase).toEqual({
      id: c.id,
      status: 'IDENTIFIED',
      givenName: 'Ahmad',
    });
    expect(await listedCaseIds(dazd)).toContain(c.id);

    const mvr = await as('MVR');
    expect(ok(await mvr.request(ChildCaseIdStatusDocument, { id: c.id }), 'MVR childCase').childCase).toEqual({ id: c.id, status: 'IDENTIFIED' });
    expect(await listedCaseIds(mvr)).toContain(c.id);
  });

  it('3. areas: MVR reads identity and age but not care; MON, added by DAZD, reads the case but not its identity', async () => {
    const c = await aCase();
    const mvr = await as('MVR');

    const res = await mvr.request(ChildCaseCarePartsDocument, { id: c.id });
    // The CARE parts are refused, each on its own path; the rest of the case arrives.
    expect(errorsByPath(res)).toEqual({ 'childCase.placements': 'FORBIDDEN', 'childCase.representatives': 'FORBIDDEN' });
    expect(res.errors).toHaveLength(2);
    expect(res.data?.childCase).toEqual({
      id: c.id,
      status: 'IDENTIFIED',
      givenName: 'Ahmad',
      nationality: 'AF',
      ageAssessments: [],
      placements: null,
      representatives: null,
    });

    // MON takes part once DAZD adds it: education and language only.
    const mon = await as('MON');
    expect(GraphQLClient.codes(await mon.request(ChildCaseIdDocument, { id: c.id }))).toEqual(['NOT_FOUND']);
    await addParticipant(c.id, 'MON', 'school enrolment');
    const seen = await mon.request(ChildCaseParticipantCodesAndNameDocument, { id: c.id });
    expect(errorsByPath(seen)).toEqual({ 'childCase.givenName': 'FORBIDDEN' });
    expect(seen.data?.childCase).toMatchObject({ id: c.id, status: 'IDENTIFIED', givenName: null });
    expect(seen.data!.childCase.participants.map((p) => p.institution.code).sort()).toEqual(['DAZD', 'MON', 'MVR']);
    expect(await listedCaseIds(mon)).toContain(c.id);
  });

  it('4. referrals: the recipient sees the case once it accepts; one shares only what it sees; answers once; only its recipient answers', async () => {
    const c = await aCase();
    const dazd = await as('DAZD');
    const rzi = await as('RZI', 'BLG');

    const referred = ok(await refer(dazd, c.id, 'RZI-BLG', ['HEALTH']), 'referChildCase').referChildCase;
    expect(referred).toMatchObject({ status: 'PENDING', sharedAreas: ['HEALTH'], from: { code: 'DAZD' }, to: { code: 'RZI-BLG' } });

    // Pending: RZI-BLG sees the referral, not the case.
    const pending = ok(await rzi.request(CaseReferralsDocument), 'caseReferrals').caseReferrals.find((r) => r.id === referred.id);
    expect(pending).toEqual({ id: referred.id, status: 'PENDING', sharedAreas: ['HEALTH'], childCase: null });
    expect(GraphQLClient.codes(await rzi.request(ChildCaseIdDocument, { id: c.id }))).toEqual(['NOT_FOUND']);

    // The recipient is told of the referral.
    const told = await receivedAbout(rzi, 'CHILD_REFERRAL', referred.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ subjectType: 'Referral', sender: { code: 'DAZD' }, recipient: { code: 'RZI-BLG' } });
    expect(told[0]!.content?.referral).toMatchObject({ id: referred.id, caseId: c.id, sharedAreas: ['HEALTH'] });

    // Accepted: RZI-BLG takes part and reads the case (its identity stays closed to it).
    const accepted = ok(await respond(rzi, referred.id, 'ACCEPTED'), 'respondToReferral').respondToReferral;
    expect(accepted).toEqual({ id: referred.id, status: 'ACCEPTED', respondedOn: today });
    const read = await rzi.request(ChildCaseParticipantCodesDocument, { id: c.id });
    expect(ok(read, 'RZI childCase').childCase.id).toBe(c.id);
    expect(read.data!.childCase.participants.map((p) => p.institution.code)).toContain('RZI-BLG');
    expect(errorsByPath(await rzi.request(ChildCaseIdNameDocument, { id: c.id }))).toEqual({ 'childCase.givenName': 'FORBIDDEN' });
    const after = ok(await rzi.request(CaseReferralsDocument), 'caseReferrals').caseReferrals.find((r) => r.id === referred.id);
    expect(after).toEqual({ id: referred.id, status: 'ACCEPTED', sharedAreas: ['HEALTH'], childCase: { id: c.id } });
    expect(await listedCaseIds(rzi)).toContain(c.id);

    // Answered once: ACCEPTED cannot become DECLINED.
    const twice = await respond(rzi, referred.id, 'DECLINED');
    expect(GraphQLClient.codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors![0]!.extensions?.field).toBe('status');

    // A participant shares only the areas it sees: MON does not see IDENTITY.
    await addParticipant(c.id, 'MON', 'school enrolment');
    const mon = await as('MON');
    const overShared = await refer(mon, c.id, 'ASP', ['IDENTITY', 'EDUCATION'], 'psychological support');
    expect(GraphQLClient.codes(overShared)).toEqual(['BAD_USER_INPUT']);
    expect(overShared.errors![0]!.extensions?.field).toBe('sharedAreas');
    expect(overShared.errors![0]!.message).toMatch(/sharedAreas/);
    expect(overShared.errors![0]!.message).toMatch(/IDENTITY/);

    // What MON sees it may share; only the recipient (ASP) answers, another institution gets NOT_FOUND.
    const toAsp = ok(await refer(mon, c.id, 'ASP', ['EDUCATION'], 'psychological support'), 'MON referChildCase').referChildCase;
    expect(toAsp).toMatchObject({ status: 'PENDING', from: { code: 'MON' }, to: { code: 'ASP' } });
    for (const [role, unit] of [
      ['RZI', 'BLG'],
      ['SAR', undefined],
    ] as const) {
      const stranger = await respond(await as(role, unit), toAsp.id, 'ACCEPTED');
      expect(GraphQLClient.codes(stranger), role).toEqual(['NOT_FOUND']);
    }
    const declined = ok(await respond(await as('ASP'), toAsp.id, 'DECLINED', 'no psychologist free this month'), 'ASP respondToReferral').respondToReferral;
    expect(declined.status).toBe('DECLINED');
    expect(GraphQLClient.codes(await (await as('ASP')).request(ChildCaseIdDocument, { id: c.id }))).toEqual(['NOT_FOUND']);
  });

  it('5. missing child: MVR and DAZD are told at once (within 4 hours), the reporter excepted; once; found; MON may not report', async () => {
    const c = await aCase({ givenName: 'Bilal', familyName: 'Noori' });
    const dazd = await as('DAZD');
    const mvr = await as('MVR');

    // DAZD reports: MVR is told (DAZD, the reporter, is not).
    const reported = ok(await dazd.request(ReportChildMissingSinceDocument, { caseId: c.id }), 'reportChildMissing');
    expect(reported.reportChildMissing).toEqual({ id: c.id, missingSince: today });
    expect(ok(await mvr.request(ChildCaseMissingSinceDocument, { id: c.id }), 'MVR childCase').childCase).toEqual({ missingSince: today });

    const toMvr = await receivedAbout(mvr, 'CHILD_MISSING', c.id);
    expect(toMvr).toHaveLength(1);
    const n = toMvr[0]!;
    expect(n).toMatchObject({ subjectType: 'ChildCase', sender: { code: 'DAZD' }, recipient: { code: 'MVR' } });
    const dueIn = Date.parse(n.dueBy) - Date.parse(n.createdAt);
    expect(dueIn).toBeGreaterThan(0);
    expect(dueIn).toBeLessThanOrEqual(4 * 3_600_000 + 60_000);
    expect(Math.abs(Date.parse(n.dueBy) - (Date.now() + 4 * 3_600_000))).toBeLessThan(5 * 60_000);
    expect(n.content?.child).toMatchObject({ givenName: 'Bilal', familyName: 'Noori', missingSince: today });
    expect(n.content?.case).toMatchObject({ id: c.id });
    expect(await receivedAbout(dazd, 'CHILD_MISSING', c.id)).toEqual([]);

    // Reported once.
    const again = await mvr.request(ReportChildMissingSinceDocument, { caseId: c.id });
    expect(GraphQLClient.codes(again)).toEqual(['BAD_USER_INPUT']);

    // Found: missingSince cleared.
    const found = ok(await dazd.request(ReportChildFoundSinceDocument, { caseId: c.id }), 'reportChildFound');
    expect(found.reportChildFound).toEqual({ id: c.id, missingSince: null });

    // MVR reports it missing again: now DAZD is told (MVR, the reporter, is not told twice).
    ok(await mvr.request(ReportChildMissingSinceDocument, { caseId: c.id }), 'MVR reportChildMissing');
    const toDazd = await receivedAbout(dazd, 'CHILD_MISSING', c.id);
    expect(toDazd).toHaveLength(1);
    expect(toDazd[0]).toMatchObject({ sender: { code: 'MVR' }, recipient: { code: 'DAZD' } });
    expect(Date.parse(toDazd[0]!.dueBy) - Date.parse(toDazd[0]!.createdAt)).toBeLessThanOrEqual(4 * 3_600_000 + 60_000);
    expect(toDazd[0]!.content?.child).toMatchObject({ givenName: 'Bilal', familyName: 'Noori' });
    expect(await receivedAbout(mvr, 'CHILD_MISSING', c.id)).toHaveLength(1);

    // MON has no MISSING area (even taking part).
    await addParticipant(c.id, 'MON', 'school enrolment');
    const mon = await as('MON');
    expect(GraphQLClient.codes(await mon.request(ReportChildFoundSinceDocument, { caseId: c.id }))).toEqual(['FORBIDDEN']);
    ok(await dazd.request(ReportChildFoundSinceDocument, { caseId: c.id }), 'reportChildFound');
    expect(GraphQLClient.codes(await mon.request(ReportChildMissingSinceDocument, { caseId: c.id }))).toEqual(['FORBIDDEN']);
    expect(ok(await dazd.request(ChildCaseMissingSinceDocument, { id: c.id }), 'DAZD childCase').childCase).toEqual({ missingSince: null });
  });

  it('6. age assessment and coming of age: the lower bound decides; a child turning 18 within 30 days is notified to DAZD once', async () => {
    const c = await aCase();
    const mvr = await as('MVR');
    const assessed = ok(
      await mvr.request(RecordAgeAssessmentMethodDocument, {
        input: { caseId: c.id, method: 'MULTIDISCIPLINARY', minAge: 17, maxAge: 19, outcome: 'MINOR' },
      }),
      'recordAgeAssessment',
    ).recordAgeAssessment;
    expect(assessed).toMatchObject({ method: 'MULTIDISCIPLINARY', assessedOn: today, minAge: 17, maxAge: 19, disputed: false, outcome: 'MINOR' });
    const read = ok(await mvr.request(ChildCaseAgeAssessmentsDocument, { id: c.id }), 'MVR childCase').childCase;
    expect(read).toEqual({ comesOfAgeOn: addYears(today, 1), ageAssessments: [{ id: assessed.id, minAge: 17, maxAge: 19, outcome: 'MINOR' }] });

    const inverted = await mvr.request(RecordAgeAssessmentMethodDocument, {
      input: { caseId: c.id, method: 'INTERVIEW', minAge: 19, maxAge: 17, outcome: 'MINOR' },
    });
    expect(GraphQLClient.codes(inverted)).toEqual(['BAD_USER_INPUT']);
    expect(inverted.errors![0]!.extensions?.field).toBe('minAge');

    // A child who turns 18 in 10 days.
    const declaredBirthDate = addDays(addYears(today, -18), 10);
    const turning = await aCase({ identifiedOn: today, declaredBirthDate });
    const turnsOn = addYears(declaredBirthDate, 18);
    expect(turning.comesOfAgeOn).toBe(turnsOn);
    expect(compareDates(turnsOn, today)).toBeGreaterThan(0);
    expect(compareDates(turnsOn, addDays(today, 30))).toBeLessThanOrEqual(0);

    const dazd = await as('DAZD');
    await hub().notifications!.sweep();
    const first = await receivedAbout(dazd, 'CHILD_COMING_OF_AGE', turning.id);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ subjectType: 'ChildCase', sender: null, recipient: { code: 'DAZD' } });
    expect(first[0]!.content?.case).toMatchObject({ id: turning.id });
    expect(first[0]!.content?.comesOfAgeOn).toBe(turnsOn);

    await hub().notifications!.sweep();
    expect((await receivedAbout(dazd, 'CHILD_COMING_OF_AGE', turning.id)).map((n) => n.id)).toEqual([first[0]!.id]);
    // The case assessed to come of age in a year is not notified.
    expect(await receivedAbout(dazd, 'CHILD_COMING_OF_AGE', c.id)).toEqual([]);
  });

  it('7. status and closing: DAZD moves a case forward only, closes it with a reason; a closed case takes no writes', async () => {
    const c = await aCase();
    const dazd = await as('DAZD');

    expect(ok(await advance(dazd, c.id, 'ASSESSED'), 'advance ASSESSED').advanceChildCase.status).toBe('ASSESSED');
    expect(ok(await advance(dazd, c.id, 'PLACED'), 'advance PLACED').advanceChildCase.status).toBe('PLACED');

    const backwards = await advance(dazd, c.id, 'ASSESSED');
    expect(GraphQLClient.codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors![0]!.extensions?.field).toBe('status');
    const toClosed = await advance(dazd, c.id, 'CLOSED');
    expect(GraphQLClient.codes(toClosed)).toEqual(['BAD_USER_INPUT']);
    expect(toClosed.errors![0]!.message).toMatch(/closeCase|reason/);

    expect(GraphQLClient.codes(await advance(await as('MVR'), c.id, 'CARE_PLAN'))).toEqual(['FORBIDDEN']);

    const closed = ok(
      await dazd.request(CloseChildCaseRecordDocument, {
        input: { caseId: c.id, reason: 'FAMILY_REUNIFICATION', note: 'mother found in Germany' },
      }),
      'closeChildCase',
    ).closeChildCase;
    expect(closed).toMatchObject({ status: 'CLOSED', closingReason: 'FAMILY_REUNIFICATION', closedOn: today });
    expect(closed.statusHistory.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'IDENTIFIED'],
      ['IDENTIFIED', 'ASSESSED'],
      ['ASSESSED', 'PLACED'],
      ['PLACED', 'CLOSED'],
    ]);
    expect(closed.statusHistory.at(-1)!.note).toBe('mother found in Germany');

    const write = await place(dazd, c.id, 'BLG01', today);
    expect(GraphQLClient.codes(write)).toEqual(['CONFLICT']);
    expect(GraphQLClient.codes(await advance(dazd, c.id, 'CARE_PLAN'))).toEqual(['CONFLICT']);
    const participant = await dazd.request(AddCaseParticipantDocument, { caseId: c.id, institutionCode: 'MON', role: 'school' });
    expect(GraphQLClient.codes(participant)).toEqual(['CONFLICT']);
    expect(GraphQLClient.codes(await dazd.request(ReportChildFoundDocument, { caseId: c.id }))).toEqual(['CONFLICT']);
  });

  it("7b. referrals go only to institutions that take part in children's cases; a participant sees only its own referrals; a closed case takes no answer", async () => {
    const c = await aCase();
    const dazd = await as('DAZD');
    await appointRepresentative(c.id);
    const referTo = (client: GraphQLClient, to: string, sharedAreas: CaseArea[], extra: Partial<ReferCaseInput> = {}) =>
      client.request(ReferChildCaseConsentDocument, {
        input: { caseId: c.id, toInstitutionCode: to, type: TYPE_OF[sharedAreas[0]!], reason: 'needs', sharedAreas, consent: 'REPRESENTATIVE', ...extra },
      });
    for (const to of ['AZ', 'DANS']) {
      const res = await referTo(dazd, to, ['LEGAL']);
      expect(GraphQLClient.codes(res), to).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions?.field).toBe('toInstitutionCode');
    }
    // A referral shares only what its type allows: a CARE referral does not carry the health area.
    const beyondType = await referTo(dazd, 'ASP', ['CARE', 'HEALTH']);
    expect(GraphQLClient.codes(beyondType)).toEqual(['BAD_USER_INPUT']);
    expect(beyondType.errors![0]!.extensions?.field).toBe('sharedAreas');
    // Without consent only for the child's best interests, and then with the reason.
    const noReason = await referTo(dazd, 'ASP', ['CARE'], { consent: 'BEST_INTERESTS_WITHOUT_CONSENT' });
    expect(GraphQLClient.codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0]!.extensions?.field).toBe('consentNote');
    const toAsp = (
      await referTo(dazd, 'ASP', ['CARE'], { consent: 'BEST_INTERESTS_WITHOUT_CONSENT', consentNote: 'no representative appointed yet; urgent placement' })
    ).data!;
    expect(toAsp.referChildCase).toMatchObject({ consent: 'BEST_INTERESTS_WITHOUT_CONSENT', consentNote: 'no representative appointed yet; urgent placement' });
    expect(toAsp.referChildCase.id).toBeTruthy();
    // MVR takes part (it identified the child) but sees no referral that is not to or from it.
    const seen = await (await as('MVR')).request(ChildCaseReferralIdsDocument, { id: c.id });
    expect(seen.data).toEqual({ childCase: { referrals: [] } });
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: c.id, reason: 'OTHER' } }), 'close');
    const answer = await (await as('ASP')).request(RespondToReferralDocument, { id: toAsp.referChildCase.id, status: 'ACCEPTED' });
    expect(GraphQLClient.codes(answer)).toEqual(['CONFLICT']);
  });

  it('8. placement: a new placement ends the current one; the municipality placed in now reads care, the one before does not see the case', async () => {
    const c = await aCase();
    const dazd = await as('DAZD');
    const firstFrom = addDays(IDENTIFIED_ON, 1);
    const secondFrom = addDays(IDENTIFIED_ON, 20);

    const first = ok(await place(dazd, c.id, 'BLG01', firstFrom, 'RECEPTION_CENTRE'), 'first placement').recordPlacement;
    expect(first).toMatchObject({ kind: 'RECEPTION_CENTRE', fromDate: firstFrom, toDate: null, municipality: { code: 'BLG01' } });
    const second = ok(await place(dazd, c.id, 'BLG03', secondFrom, 'FOSTER_FAMILY'), 'second placement').recordPlacement;
    expect(second).toMatchObject({ kind: 'FOSTER_FAMILY', fromDate: secondFrom, toDate: null, municipality: { code: 'BLG03' } });

    const placements = ok(await dazd.request(ChildCasePlacementsDocument, { id: c.id }), 'DAZD placements').childCase;
    expect(placements).toEqual({
      placements: [
        { id: first.id, fromDate: firstFrom, toDate: secondFrom, municipality: { code: 'BLG01' } },
        { id: second.id, fromDate: secondFrom, toDate: null, municipality: { code: 'BLG03' } },
      ],
    });

    // The municipality the child lives in now: not a participant, it sees the case and its care, not its identity.
    const current = await as('MUNICIPALITY', 'BLG03');
    const seen = await current.request(ChildCaseSeenByMunicipalityDocument, { id: c.id });
    expect(errorsByPath(seen)).toEqual({ 'childCase.givenName': 'FORBIDDEN' });
    expect(seen.data?.childCase).toMatchObject({
      id: c.id,
      givenName: null,
      placements: [
        { id: first.id, toDate: secondFrom },
        { id: second.id, toDate: null },
      ],
    });
    expect(seen.data!.childCase.participants.map((p) => p.institution.code)).not.toContain('MUNICIPALITY-BLG03');
    expect(await listedCaseIds(current)).toContain(c.id);

    // The municipality of the ended placement does not see it.
    const before = await as('MUNICIPALITY', 'BLG01');
    expect(GraphQLClient.codes(await before.request(ChildCaseIdDocument, { id: c.id }))).toEqual(['NOT_FOUND']);
    expect(await listedCaseIds(before)).not.toContain(c.id);
  });

  it('9. a case links to the child’s beneficiary record and integration plan once protection is granted; closing ends the care', async () => {
    const { agreement, family } = await concludedAgreement(hub(), 'BLG11', {
      relatives: { child: { relation: FamilyRelation.Child, input: { birthDate: addYears(today, -12) } } },
    });
    const childId = family.relatives.child!;
    const childPlan = agreement.plans!.find((p) => p.kind === 'CHILD')!.id;
    const dazd = await as('DAZD');
    const opened = ok(await open(dazd, { beneficiaryId: childId }), 'openChildCase').openChildCase;
    const seen = await dazd.request(ChildCaseLinksDocument, { id: opened.id });
    expect(seen.errors, JSON.stringify(seen.errors)).toBeUndefined();
    expect(seen.data!.childCase).toEqual({ beneficiary: { id: childId }, integrationPlan: { id: childPlan } });

    ok(await place(dazd, opened.id, 'BLG13', today), 'recordPlacement');
    ok(await dazd.request(CloseChildCaseDocument, { input: { caseId: opened.id, reason: 'CAME_OF_AGE' } }), 'close');
    const after = await dazd.request(ChildCasePlacementEndsDocument, { id: opened.id });
    expect(after.data!.childCase.placements).toEqual([{ toDate: today }]);
  });
  it('10. only a role that reads the MISSING area of its cases may filter on missing (the filter would tell which are)', async () => {
    const missingOnly = { first: 1, filter: { missing: true } };
    for (const [role, unit] of [
      ['RZI', 'BLG'],
      ['SAR', null],
      ['MON', null],
    ] as const) {
      const refused = await (await as(role, unit ?? undefined)).request(ChildCasesTotalDocument, missingOnly);
      expect(GraphQLClient.codes(refused), role).toEqual(['FORBIDDEN']);
      expect(refused.errors![0]!.extensions).toMatchObject({ field: 'filter.missing' });
    }
    for (const [role, unit] of [
      ['DAZD', null],
      ['MVR', null],
      ['MUNICIPALITY', 'BLG01'],
    ] as const) {
      const answer = await (await as(role, unit ?? undefined)).request(ChildCasesTotalDocument, missingOnly);
      expect(answer.errors, role).toBeUndefined();
    }
  });
});
