import { describe, expect, it } from 'vitest';
import { todayInSofia } from '../../src/shared/dates.js';
import { AgreementsDocument, TransferAgreementDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Issue 15: of 50 concurrent transfers of one agreement, 9 met the winner's new agreement in the
// unique index on transferred_from and answered INTERNAL_SERVER_ERROR.
const hub = useTestHub();
const today = todayInSofia();

describe('the transfer race', () => {
  it('50 transfers of one agreement at once: one moves it, every other one is CONFLICT', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'SML02');
    const receiving = await registeredMunicipality(hub(), 'SML05');
    const input = {
      agreementId: agreement.id,
      version: agreement.version,
      toMunicipalityCode: 'SML05',
      newAddress: 'Smolyan, 2 River St.',
      transferredOn: today,
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => mayor.request(TransferAgreementDocument, { input })));
    const codes = results.map((r) => GraphQLClient.codes(r)[0] ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const moved = await receiving.request(AgreementsDocument, { filter: { municipalityCode: 'SML05' } });
    expect(moved.data?.agreements.totalCount).toBe(1);
  });
});
