import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddCaseParticipantDocument,
  AppointRepresentativeKindDocument,
  CaseReferralsPageIdsDocument,
  ChildCaseNameAndNeedAreasDocument,
  ChildCasePlacementProvidersDocument,
  ChildCaseRiskDocument,
  type ConsentBasis,
  type OpenCaseInput,
  OpenChildCaseAtRiskDocument,
  RecordChildNeedDocument,
  type ReferCaseInput,
  ReferChildCaseStatusDocument,
  RespondToReferralDocument,
  RevokeChildReferralDocument,
  UpdateChildCaseRiskDocument,
} from '../gql/graphql.js';
import { GraphQLClient, ok, refused } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

// Issue 21.6: the mechanism takes cases of accompanied third-country children at risk (AP II.6), and
// partner organisations (IOM, UNHCR, UNICEF: institutions NGO-iom, NGO-unhcr, NGO-unicef) take part in
// a case by a referral they accept, on consent, seeing only the areas it shares (AP I.21, II.7).
// Every case here is this file's own; no inbox is read (partner organisations have none).
const hub = useTestHub();
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -10);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

const open = (client: GraphQLClient, input: Pick<OpenCaseInput, 'separation'> & Partial<OpenCaseInput>) =>
  client.request(OpenChildCaseAtRiskDocument, {
    input: { identifiedWhere: 'Reception centre, Voenna Rampa', identifiedOn: IDENTIFIED_ON, givenName: `Partner ${randomUUID().slice(0, 8)}`, ...input },
  });

const read = (client: GraphQLClient, id: string) => client.request(ChildCaseNameAndNeedAreasDocument, { id });

describe('children: accompanied children at risk, partner organisations by referral (issue 21.6)', () => {
  it('issue 21.6, AP II.6: a case of an accompanied child at risk says why; the reason is in the CARE area, and only those who see CARE change it', async () => {
    const sar = await as('SAR');
    refused(await open(sar, { separation: 'ACCOMPANIED_AT_RISK' }), 'BAD_USER_INPUT', 'riskReason');
    const opened = ok(await open(sar, { separation: 'ACCOMPANIED_AT_RISK', riskReason: 'The parent is in hospital; no other carer.' }), 'open').openChildCase;
    expect(opened).toMatchObject({ separation: 'ACCOMPANIED_AT_RISK', riskReason: 'The parent is in hospital; no other carer.' });

    // A parent represents the child, and consents.
    const dazd = await as('DAZD');
    ok(await dazd.request(AppointRepresentativeKindDocument, { input: { caseId: opened.id, kind: 'PARENT', name: 'Fatima Noori' } }), 'parent');

    // MVR, brought in, reads identity but not CARE: not the reason, and it cannot change it.
    ok(await dazd.request(AddCaseParticipantDocument, { caseId: opened.id, institutionCode: 'MVR', role: 'identity' }), 'MVR joins');
    const mvr = await as('MVR');
    const byMvr = await mvr.request(ChildCaseRiskDocument, { id: opened.id });
    expect(GraphQLClient.codes(byMvr)).toEqual(['FORBIDDEN']);
    const version = byMvr.data!.childCase.version;
    refused(
      await mvr.request(UpdateChildCaseRiskDocument, { input: { caseId: opened.id, version, riskReason: 'Changed by MVR.' } }),
      'FORBIDDEN',
      'riskReason',
    );
    // SAR sees CARE; the reason cannot be cleared while the child is at risk, and goes when the child is separated.
    refused(await sar.request(UpdateChildCaseRiskDocument, { input: { caseId: opened.id, version, riskReason: null } }), 'BAD_USER_INPUT', 'riskReason');
    const separated = ok(
      await sar.request(UpdateChildCaseRiskDocument, {
        input: { caseId: opened.id, version, separation: 'SEPARATED', riskReason: null, note: 'The parent left the country.' },
      }),
      'separated',
    ).updateChildCase;
    expect(separated).toMatchObject({ separation: 'SEPARATED', riskReason: null });

    // An unaccompanied child's case needs no reason.
    expect(ok(await open(sar, { separation: 'UNACCOMPANIED' }), 'unaccompanied').openChildCase.riskReason).toBeNull();
  });

  it('issue 21.6, AP I.21, II.7: IOM takes part by a referral it accepts, on consent, and sees only the areas shared; revoked, it sees nothing', async () => {
    const dazd = await as('DAZD');
    const caseId = ok(await open(await as('SAR'), { separation: 'UNACCOMPANIED' }), 'open').openChildCase.id;
    ok(await dazd.request(AppointRepresentativeKindDocument, { input: { caseId, kind: 'GUARDIAN', name: 'Maria Ivanova' } }), 'guardian');
    for (const area of ['FAMILY_TRACING', 'HEALTH'] as const) {
      ok(await dazd.request(RecordChildNeedDocument, { input: { caseId, area, description: 'need' } }), area);
    }
    const iom = await as('NGO', 'iom');
    const unhcr = await as('NGO', 'unhcr');
    refused(await read(iom, caseId), 'NOT_FOUND');

    // A partner organisation is not brought in by DAZD, and not without consent.
    refused(await dazd.request(AddCaseParticipantDocument, { caseId, institutionCode: 'NGO-iom', role: 'tracing' }), 'BAD_USER_INPUT', 'institutionCode');
    const referral = (consent: ConsentBasis): ReferCaseInput => ({
      caseId,
      toInstitutionCode: 'NGO-iom',
      type: 'FAMILY_TRACING',
      reason: 'Tracing the family in Afghanistan.',
      sharedAreas: ['FAMILY_TRACING', 'IDENTITY'],
      consent,
      consentNote: 'urgent',
    });
    refused(await dazd.request(ReferChildCaseStatusDocument, { input: referral('BEST_INTERESTS_WITHOUT_CONSENT') }), 'BAD_USER_INPUT', 'consent');
    const referred = ok(await dazd.request(ReferChildCaseStatusDocument, { input: referral('CHILD_AND_REPRESENTATIVE') }), 'refer').referChildCase;

    // Pending: IOM lists the referral, and does not see the case yet. No inbox: nothing was sent to it.
    const listed = ok(await iom.request(CaseReferralsPageIdsDocument, { first: 50, status: 'PENDING' }), 'IOM referrals').caseReferralsPage.edges;
    expect(listed.map((e) => e.node.id)).toContain(referred.id);
    refused(await read(iom, caseId), 'NOT_FOUND');
    const [{ n }] = await hub()
      .orm.em.getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from notification where recipient_code = 'NGO-iom' and subject_id = ?", [referred.id]);
    expect(n).toBe(0);

    ok(await iom.request(RespondToReferralDocument, { id: referred.id, status: 'ACCEPTED' }), 'IOM accepts');
    // Accepted: the identity and the family-tracing need, not the health need or the care area.
    const seen = ok(await read(iom, caseId), 'IOM reads').childCase!;
    expect(seen.givenName).toMatch(/^Partner /);
    expect(seen.needs.map((x) => x.area)).toEqual(['FAMILY_TRACING']);
    refused(await iom.request(ChildCasePlacementProvidersDocument, { id: caseId }), 'FORBIDDEN');
    // It records what it finds in the area shared with it, and only there.
    ok(await iom.request(RecordChildNeedDocument, { input: { caseId, area: 'FAMILY_TRACING', description: 'An uncle found in Germany.' } }), 'IOM need');
    refused(await iom.request(RecordChildNeedDocument, { input: { caseId, area: 'HEALTH', description: 'x' } }), 'FORBIDDEN');
    // It does not hand the child on: a partner organisation makes no referrals.
    const onward = await iom.request(ReferChildCaseStatusDocument, { input: { ...referral('CHILD_AND_REPRESENTATIVE'), toInstitutionCode: 'NGO-unicef' } });
    refused(onward, 'FORBIDDEN');
    // Another organisation sees nothing of it.
    refused(await read(unhcr, caseId), 'NOT_FOUND');

    ok(await dazd.request(RevokeChildReferralDocument, { id: referred.id, reason: 'Tracing done by the Red Cross.' }), 'revoke');
    refused(await read(iom, caseId), 'NOT_FOUND');
  });
});
