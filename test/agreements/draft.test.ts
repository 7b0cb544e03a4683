import { describe, expect, it } from 'vitest';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AgreementsDocument,
  AgreementStatus,
  ConcludeAgreementDocument,
  ExtendAgreementDocument,
  FamilyRelation,
  SignAgreementDocument,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const today = todayInSofia();

describe('draft agreements', () => {
  it('a draft has members but no plans; signing starts the term and draws up the plans (Art. 3(2), 3(5))', async () => {
    const mayor = await registeredMunicipality(hub(), 'MON12');
    const f = await forwardedFamily(hub(), 'MON12', {
      relatives: { child: { relation: FamilyRelation.Child, input: { birthDate: addYears(today, -8) } } },
    });
    const planned = addDays(today, 7);
    const draft = await mayor.request(ConcludeAgreementDocument, {
      input: { applicationId: f.applicationId, familyMemberIds: [f.relatives.child!], draft: true, signedOn: planned },
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data?.concludeAgreement).toMatchObject({ status: 'DRAFT', signedOn: planned, plans: [] });
    expect(draft.data!.concludeAgreement.members!.map((m) => m.role).sort()).toEqual(['CHILD', 'HOLDER']);
    const id = draft.data!.concludeAgreement.id;

    // A draft is not in force: it cannot be extended, and a second conclusion on the application waits for it.
    const extend = await mayor.request(ExtendAgreementDocument, { input: { agreementId: id, version: 1, consentOn: today, consentReference: 'x' } });
    expect(GraphQLClient.codes(extend)).toEqual(['CONFLICT']);
    const twice = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: f.applicationId, familyMemberIds: [] } });
    expect(GraphQLClient.codes(twice)).toEqual(['CONFLICT']);
    const drafts = await mayor.request(AgreementsDocument, { filter: { status: AgreementStatus.Draft, municipalityCode: 'MON12' } });
    expect(drafts.data?.agreements.edges.map((e) => e.node.id)).toEqual([id]);

    const signed = await mayor.request(SignAgreementDocument, { input: { agreementId: id, version: 1 } });
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.signAgreement).toMatchObject({ status: 'ACTIVE', signedOn: today, endsOn: addYears(today, 1), version: 2 });
    expect(signed.data?.signAgreement.plans?.map((p) => p.kind).sort()).toEqual(['ADULT', 'CHILD']);
    const again = await mayor.request(SignAgreementDocument, { input: { agreementId: id, version: 2 } });
    expect(GraphQLClient.codes(again)).toEqual(['CONFLICT']);
  });

  it('a family member who turns 18 between the draft and the signing is signed on as an adult, without a child’s plan', async () => {
    const mayor = await registeredMunicipality(hub(), 'MON14');
    const f = await forwardedFamily(hub(), 'MON14', {
      // 18 today: under 18 on the day the draft was planned for (yesterday).
      relatives: { son: { relation: FamilyRelation.Child, input: { birthDate: addYears(today, -18) } } },
      submittedOn: addDays(today, -4),
      forwardedOn: addDays(today, -3),
    });
    const draft = await mayor.request(ConcludeAgreementDocument, {
      input: { applicationId: f.applicationId, familyMemberIds: [f.relatives.son!], draft: true, signedOn: addDays(today, -1) },
    });
    expect(draft.data!.concludeAgreement.members!.find((m) => m.beneficiary?.id === f.relatives.son)?.role).toBe('CHILD');
    const signed = await mayor.request(SignAgreementDocument, { input: { agreementId: draft.data!.concludeAgreement.id, version: 1 } });
    expect(signed.data!.signAgreement.members!.find((m) => m.beneficiary?.id === f.relatives.son)?.role).toBe('ADULT_FAMILY_MEMBER');
    expect(signed.data?.signAgreement.plans?.find((p) => p.beneficiary?.id === f.relatives.son)?.kind).toBe('ADULT');
  });
});
