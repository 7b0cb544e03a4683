import { describe, expect, it } from 'vitest';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AgreementDocument,
  AgreementsDocument,
  AgreementStatus,
  ConcludeAgreementDocument,
  ExtendAgreementDocument,
  FamilyRelation,
  TerminateAgreementDocument,
  TerminationGround,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const today = todayInSofia();
const family = {
  spouse: { relation: FamilyRelation.Spouse, input: { birthDate: '1988-02-02', givenNameLatin: 'Spouse' } },
  child: { relation: FamilyRelation.Child, input: { birthDate: addYears(today, -9), givenNameLatin: 'Child' } },
};

describe('concluding an agreement (Art. 3)', () => {
  it('makes one common agreement for the family: adults join, each child gets a plan, for one year', async () => {
    const turns18Today = addYears(today, -18);
    const { agreement, family: f } = await concludedAgreement(hub(), 'PVN03', {
      holder: { birthDate: '1980-01-01' },
      relatives: {
        ...family,
        // A person whose 18th birthday is the day of signing is an adult: no child's plan (Art. 3(5)).
        eldest: { relation: FamilyRelation.Child, input: { birthDate: turns18Today, givenNameLatin: 'Eldest' } },
      },
    });
    expect(agreement).toMatchObject({ status: 'ACTIVE', signedOn: today, endsOn: addYears(today, 1), version: 1, municipality: { code: 'PVN03' } });
    const roleOf = (id: string) => agreement.members!.find((m) => m.beneficiary?.id === id)?.role;
    const planOf = (id: string) => agreement.plans!.find((p) => p.beneficiary?.id === id)?.kind;
    expect(roleOf(f.holderId)).toBe('HOLDER');
    expect(roleOf(f.relatives.spouse!)).toBe('ADULT_FAMILY_MEMBER'); // Art. 3(4)
    expect(roleOf(f.relatives.child!)).toBe('CHILD');
    expect(roleOf(f.relatives.eldest!)).toBe('ADULT_FAMILY_MEMBER');
    expect(planOf(f.holderId)).toBe('ADULT');
    expect(planOf(f.relatives.child!)).toBe('CHILD'); // Art. 3(5)
    expect(planOf(f.relatives.eldest!)).toBe('ADULT');
    expect(agreement.plans!.filter((p) => p.kind === 'CHILD')).toHaveLength(1);
  });

  it('refuses a family member SAR has not recorded as family, and an application forwarded elsewhere', async () => {
    const mayor = await registeredMunicipality(hub(), 'PVN08');
    const mine = await forwardedFamily(hub(), 'PVN08');
    const stranger = await forwardedFamily(hub(), 'PVN08');
    const res = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: mine.applicationId, familyMemberIds: [stranger.holderId] } });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('familyMemberIds');

    await registeredMunicipality(hub(), 'PVN10');
    const elsewhere = await forwardedFamily(hub(), 'PVN10');
    const notMine = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: elsewhere.applicationId, familyMemberIds: [] } });
    expect(GraphQLClient.codes(notMine)).toEqual(['NOT_FOUND']);
  });

  it('refuses an applicant still in the protection procedure (Art. 3(1)) and an applicant under 18', async () => {
    const mayor = await registeredMunicipality(hub(), 'PVN11');
    const pending = await forwardedFamily(hub(), 'PVN11', {
      holder: { protectionKind: null, protectionDecisionNumber: null, protectionDecisionDate: null, protectionDecisionServedOn: null },
    });
    const res = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: pending.applicationId, familyMemberIds: [] } });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toMatch(/Art\. 3\(1\)/);

    const minor = await forwardedFamily(hub(), 'PVN11', { holder: { birthDate: addYears(today, -17) } });
    const child = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: minor.applicationId, familyMemberIds: [] } });
    expect(GraphQLClient.codes(child)).toEqual(['BAD_USER_INPUT']);
    expect(child.errors?.[0]?.message).toMatch(/under 18/);
  });

  it('refuses to sign twice on one application (CONFLICT) and to sign before SAR forwarded the applicant', async () => {
    const { mayor, family: f } = await concludedAgreement(hub(), 'PVN16');
    const again = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: f.applicationId, familyMemberIds: [] } });
    expect(GraphQLClient.codes(again)).toEqual(['CONFLICT']);
    const next = await forwardedFamily(hub(), 'PVN16');
    const early = await mayor.request(ConcludeAgreementDocument, {
      input: { applicationId: next.applicationId, familyMemberIds: [], signedOn: addDays(today, -1) },
    });
    expect(GraphQLClient.codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors?.[0]?.extensions?.field).toBe('signedOn');
  });

  it('is refused to SAR (FORBIDDEN): only the mayor concludes agreements', async () => {
    await registeredMunicipality(hub(), 'PVN21');
    const f = await forwardedFamily(hub(), 'PVN21', {});
    const sar = await hub().as({ role: 'SAR' });
    const res = await sar.request(ConcludeAgreementDocument, { input: { applicationId: f.applicationId, familyMemberIds: [] } });
    expect(GraphQLClient.codes(res)).toEqual(['FORBIDDEN']);
  }, 30_000);
});

describe('extension (Art. 3(3))', () => {
  it('extends once by one year with written consent; a second extension is refused', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'RSE03');
    const input = { agreementId: agreement.id, version: agreement.version, consentOn: today, consentReference: 'Consent No. 17/2026' };
    const extended = await mayor.request(ExtendAgreementDocument, { input });
    expect(extended.errors).toBeUndefined();
    expect(extended.data?.extendAgreement).toMatchObject({
      status: 'EXTENDED',
      endsOn: addYears(today, 2),
      extendedOn: today,
      extensionConsentOn: today,
      version: 2,
    });

    const second = await mayor.request(ExtendAgreementDocument, { input: { ...input, version: 2 } });
    expect(GraphQLClient.codes(second)).toEqual(['CONFLICT']);
    expect(second.errors?.[0]?.message).toMatch(/Art\. 3\(3\).*once only/);
  });

  it('refuses an extension without a consent document (BAD_USER_INPUT) and with a stale version (CONFLICT)', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'RSE04');
    const noConsent = await mayor.request(ExtendAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, consentOn: today, consentReference: '  ' },
    });
    expect(GraphQLClient.codes(noConsent)).toEqual(['BAD_USER_INPUT']);
    expect(noConsent.errors?.[0]?.extensions?.field).toBe('consentReference');
    const stale = await mayor.request(ExtendAgreementDocument, { input: { agreementId: agreement.id, version: 0, consentOn: today, consentReference: 'C-1' } });
    expect(GraphQLClient.codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.field).toBe('version');
    const unchanged = await mayor.request(AgreementDocument, { id: agreement.id });
    expect(unchanged.data?.agreement).toMatchObject({ status: 'ACTIVE', endsOn: addYears(today, 1), version: 1 });
  });

  it("refuses another municipality's agreement with NOT_FOUND", async () => {
    const { agreement } = await concludedAgreement(hub(), 'RSE05');
    const other = await registeredMunicipality(hub(), 'RSE08');
    const res = await other.request(ExtendAgreementDocument, { input: { agreementId: agreement.id, version: 1, consentOn: today, consentReference: 'C-2' } });
    expect(GraphQLClient.codes(res)).toEqual(['NOT_FOUND']);
    expect(GraphQLClient.codes(await other.request(AgreementDocument, { id: agreement.id }))).toEqual(['NOT_FOUND']);
    const list = await other.request(AgreementsDocument, { first: 100 });
    expect(list.data?.agreements.edges.map((e) => e.node.id)).not.toContain(agreement.id);
  });
});

describe('termination (Art. 30, 31)', () => {
  it('Art. 30(2): on the death of the holder the agreement goes on for the adult family member', async () => {
    const { mayor, agreement, family: f } = await concludedAgreement(hub(), 'RSE13', { relatives: family });
    const res = await mayor.request(TerminateAgreementDocument, { input: { agreementId: agreement.id, version: 1, ground: TerminationGround.Death } });
    expect(res.errors).toBeUndefined();
    const after = res.data!.terminateAgreement;
    expect(after).toMatchObject({ status: 'ACTIVE', terminatedOn: null, holder: { id: f.relatives.spouse } });
    const holder = after.members!.find((m) => m.beneficiary?.id === f.holderId)!;
    expect(holder).toMatchObject({ leftOn: today, leftOnGround: 'DEATH' });
    expect(after.members!.find((m) => m.beneficiary?.id === f.relatives.spouse)?.role).toBe('HOLDER');
  });

  it('Art. 30(2) needs an adult family member: with only children, the agreement is terminated', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'RSE27', { relatives: { child: family.child } });
    const res = await mayor.request(TerminateAgreementDocument, { input: { agreementId: agreement.id, version: 1, ground: TerminationGround.Imprisonment } });
    expect(res.data?.terminateAgreement).toMatchObject({
      status: 'TERMINATED',
      terminationGround: 'IMPRISONMENT',
      terminationArticle: 'Art. 30(1) p.3',
      terminatedOn: today,
    });
  });

  it('Art. 31(1) p.3: the mayor ends it unilaterally when the foreigner leaves; it does not go on for the family', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'RSE33', { relatives: family });
    const res = await mayor.request(TerminateAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, ground: TerminationGround.LeftMunicipality, note: 'Moved abroad' },
    });
    expect(res.data?.terminateAgreement).toMatchObject({ status: 'TERMINATED', terminationArticle: 'Art. 31(1) p.3' });
    const again = await mayor.request(TerminateAgreementDocument, {
      input: { agreementId: agreement.id, version: 2, ground: TerminationGround.MutualConsent },
    });
    expect(GraphQLClient.codes(again)).toEqual(['CONFLICT']);
  });

  it('refuses a new holder outside a 30(2) continuation', async () => {
    const { mayor, agreement, family: f } = await concludedAgreement(hub(), 'RSE37', { relatives: family });
    const res = await mayor.request(TerminateAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, ground: TerminationGround.MutualConsent, newHolderId: f.relatives.spouse },
    });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('newHolderId');
  });

  it('is refused to SAR (FORBIDDEN): unilateral grounds are the mayor’s', async () => {
    const { agreement } = await concludedAgreement(hub(), 'HKV09');
    const sar = await hub().as({ role: 'SAR' });
    const res = await sar.request(TerminateAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, ground: TerminationGround.DutiesNotFulfilled },
    });
    expect(GraphQLClient.codes(res)).toEqual(['FORBIDDEN']);
    // SAR reads the register of agreements (Art. 13(4): all of them), but not the plans.
    const read = await sar.request(AgreementDocument, { id: agreement.id });
    expect(read.data?.agreement).toMatchObject({ status: 'ACTIVE', plans: null });
    expect(read.errors?.map((e) => e.extensions?.field)).toEqual(['Agreement.plans']);
  });
});

describe('expiry: computed on read', () => {
  it('an agreement past its last day reads COMPLETED, lists under COMPLETED, and can no longer be extended', async () => {
    const signedOn = '2023-02-01';
    const { mayor, agreement } = await concludedAgreement(hub(), 'HKV11', {
      holder: { protectionDecisionDate: '2023-01-02', protectionDecisionServedOn: '2023-01-05' },
      submittedOn: '2023-01-10',
      forwardedOn: '2023-01-20',
      signedOn,
    });
    expect(agreement).toMatchObject({ status: 'COMPLETED', endsOn: '2024-02-01' });
    const completed = await mayor.request(AgreementsDocument, { filter: { status: AgreementStatus.Completed, municipalityCode: 'HKV11' } });
    expect(completed.data?.agreements.edges.map((e) => e.node.id)).toEqual([agreement.id]);
    const active = await mayor.request(AgreementsDocument, { filter: { status: AgreementStatus.Active, municipalityCode: 'HKV11' } });
    expect(active.data?.agreements.totalCount).toBe(0);
    const res = await mayor.request(ExtendAgreementDocument, { input: { agreementId: agreement.id, version: 1, consentOn: today, consentReference: 'late' } });
    expect(GraphQLClient.codes(res)).toEqual(['CONFLICT']);
    expect(res.errors?.[0]?.message).toMatch(/completed/);
  });
});
