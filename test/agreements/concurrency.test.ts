import { describe, expect, it } from 'vitest';
import { addYears, todayInSofia } from '../../src/shared/dates.js';
import { ApplyForAgreementDocument, AgreementDocument, AgreementsDocument, ConcludeAgreementDocument, ExtendAgreementDocument } from '../gql/graphql.js';
import { registerBeneficiary } from '../support/builders.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Each mutation is one transaction; rows a rule depends on are locked, so racing requests cannot
// both pass a check that only one of them may pass.
const hub = useTestHub();
const today = todayInSofia();

describe('concurrent writes', () => {
  it('two mayors’ clerks concluding on the same application at once: one agreement, the other CONFLICT', async () => {
    const mayor = await registeredMunicipality(hub(), 'MON07');
    const { applicationId } = await forwardedFamily(hub(), 'MON07');
    const results = await Promise.all([1, 2, 3].map(() => mayor.request(ConcludeAgreementDocument, { input: { applicationId, familyMemberIds: [] } })));
    const codes = results.map((r) => GraphQLClient.codes(r)[0] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const list = await mayor.request(AgreementsDocument, { filter: { municipalityCode: 'MON07' } });
    expect(list.data?.agreements.totalCount).toBe(1);
  });

  it('two applications of one person at once: one is recorded, the other CONFLICT', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const applicantId = await registerBeneficiary(sar);
    const results = await Promise.all([1, 2].map(() => sar.request(ApplyForAgreementDocument, { input: { applicantId } })));
    expect(results.map((r) => GraphQLClient.codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('two extensions with the same version at once: extended once, the loser gets CONFLICT and changes nothing', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'MON11');
    const input = { agreementId: agreement.id, version: 1, consentOn: today, consentReference: 'C-race' };
    const results = await Promise.all([1, 2].map(() => mayor.request(ExtendAgreementDocument, { input })));
    expect(results.map((r) => GraphQLClient.codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const after = await mayor.request(AgreementDocument, { id: agreement.id });
    expect(after.data?.agreement).toMatchObject({ status: 'EXTENDED', endsOn: addYears(today, 2), version: 2 });
  });
});
