import { describe, expect, it } from 'vitest';
import { addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AgreementDocument,
  AgreementDutiesDocument,
  AgreementsDocument,
  AgreementWithPredecessorDocument,
  DutyStatus,
  ExtendAgreementDocument,
  FamilyRelation,
  MayorDuty,
  RecordMayorDutyDocument,
  TransferAgreementDocument,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const today = todayInSofia();
const child = { relation: FamilyRelation.Child, input: { birthDate: addYears(today, -6), givenNameLatin: 'Small' } };

describe('transfer on a change of address (Art. 32)', () => {
  it('moves the agreement and the family once to a registered municipality, for no longer than the time left', async () => {
    const { mayor, agreement, family } = await concludedAgreement(hub(), 'SHU07', { relatives: { child } });
    const receiving = await registeredMunicipality(hub(), 'SHU10');
    const res = await mayor.request(TransferAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, toMunicipalityCode: 'SHU10', newAddress: 'Shumen, 1 Main St.' },
    });
    expect(res.errors).toBeUndefined();
    // The old municipality gets its own agreement back, TRANSFERRED; the new one is not in its scope.
    expect(res.data?.transferAgreement).toMatchObject({ status: 'TRANSFERRED', transferredOn: today, version: 2, transferredTo: null });

    const list = await receiving.request(AgreementsDocument, { filter: { municipalityCode: 'SHU10' } });
    const nextId = list.data!.agreements.edges[0]!.node.id;
    const next = (await receiving.request(AgreementWithPredecessorDocument, { id: nextId })).data!.agreement;
    expect(next).toMatchObject({
      status: 'ACTIVE',
      signedOn: today,
      endsOn: agreement.endsOn,
      municipality: { code: 'SHU10' },
      holder: { id: family.holderId },
    });
    expect(next.members!.map((m) => m.role).sort()).toEqual(['CHILD', 'HOLDER']);
    expect(next.plans?.map((p) => p.kind).sort()).toEqual(['ADULT', 'CHILD']);
    expect(next.transferredFrom).toBeNull(); // the first agreement stays the first municipality's

    const sar = await hub().as({ role: 'SAR' });
    const whole = await sar.request(AgreementWithPredecessorDocument, { id: nextId });
    expect(whole.data?.agreement.transferredFrom).toMatchObject({ id: agreement.id, status: 'TRANSFERRED' });

    // Art. 32: once only.
    await registeredMunicipality(hub(), 'SHU11');
    const again = await receiving.request(TransferAgreementDocument, {
      input: { agreementId: next.id, version: next.version, toMunicipalityCode: 'SHU11', newAddress: 'Elsewhere' },
    });
    expect(GraphQLClient.codes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.message).toMatch(/Art\. 32.*once only/);
  });

  it('does not renew the one extension: an extended agreement moved cannot be extended again', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'SHU18');
    const extended = await mayor.request(ExtendAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, consentOn: today, consentReference: 'C-9' },
    });
    expect(extended.data?.extendAgreement.status).toBe('EXTENDED');
    const receiving = await registeredMunicipality(hub(), 'SHU19');
    const moved = await mayor.request(TransferAgreementDocument, {
      input: { agreementId: agreement.id, version: 2, toMunicipalityCode: 'SHU19', newAddress: 'Novi Pazar' },
    });
    expect(moved.data?.transferAgreement.status).toBe('TRANSFERRED');
    const nextId = (await receiving.request(AgreementsDocument, { filter: { municipalityCode: 'SHU19' } })).data!.agreements.edges[0]!.node.id;
    const next = (await receiving.request(AgreementDocument, { id: nextId })).data!.agreement;
    expect(next).toMatchObject({ status: 'EXTENDED', endsOn: addYears(today, 2) });
    const res = await receiving.request(ExtendAgreementDocument, {
      input: { agreementId: nextId, version: 1, consentOn: today, consentReference: 'C-10' },
    });
    expect(GraphQLClient.codes(res)).toEqual(['CONFLICT']);
  });

  it('refuses an unregistered receiving municipality and the same municipality (BAD_USER_INPUT)', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'SHU21');
    const unregistered = await mayor.request(TransferAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, toMunicipalityCode: 'SHU22', newAddress: 'x' },
    });
    expect(GraphQLClient.codes(unregistered)).toEqual(['BAD_USER_INPUT']);
    expect(unregistered.errors?.[0]?.extensions?.field).toBe('toMunicipalityCode');
    const same = await mayor.request(TransferAgreementDocument, {
      input: { agreementId: agreement.id, version: 1, toMunicipalityCode: 'SHU21', newAddress: 'x' },
    });
    expect(GraphQLClient.codes(same)).toEqual(['BAD_USER_INPUT']);
    expect((await mayor.request(AgreementDocument, { id: agreement.id })).data?.agreement.status).toBe('ACTIVE');
  });
});

describe("the mayor's duties (Art. 14)", () => {
  it('lists items 1–14 pending from the signing, and records one done', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'SHU23');
    const before = await mayor.request(AgreementDutiesDocument, { id: agreement.id });
    const duties = before.data!.agreement.duties!;
    expect(duties.map((d) => d.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(duties[0]).toMatchObject({ duty: 'HOUSING', status: 'PENDING' });
    expect(duties[10]).toMatchObject({ duty: 'NOTIFY_MVR_AND_SAR' });
    const done = await mayor.request(RecordMayorDutyDocument, {
      input: { agreementId: agreement.id, duty: MayorDuty.PopulationRegister, status: DutyStatus.Done, note: 'Entered on arrival' },
    });
    expect(done.data?.recordMayorDuty).toMatchObject({ item: 2, status: 'DONE', statusOn: today, note: 'Entered on arrival' });
    const other = await registeredMunicipality(hub(), 'SHU25');
    const refused = await other.request(RecordMayorDutyDocument, {
      input: { agreementId: agreement.id, duty: MayorDuty.Housing, status: DutyStatus.Done },
    });
    expect(GraphQLClient.codes(refused)).toEqual(['NOT_FOUND']);
  });
});
