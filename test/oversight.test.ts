import { describe, expect, it } from 'vitest';
import { addDays, todayInSofia } from '../src/shared/dates.js';
import {
  DecideObjectionDocument,
  FileObjectionDocument,
  ObjectionOutcome,
  ObjectionsDocument,
  OffenceKind,
  OffenceReportsDocument,
  ReportOffenceDocument,
} from './gql/graphql.js';
import { registerBeneficiary } from './support/builders.js';
import { GraphQLClient } from './support/client.js';
import { concludedAgreement, registeredMunicipality } from './support/flows.js';
import { useTestHub } from './support/hub.js';

const hub = useTestHub();
const today = todayInSofia();

describe('offence reports (Art. 24(2))', () => {
  it('MVR reports an offence; the mayor of the agreement sees it; another mayor does not', async () => {
    const { mayor, family } = await concludedAgreement(hub(), 'SLV11');
    const mvr = await hub().as({ role: 'MVR', purpose: 'Art. 24(2)' });
    const res = await mvr.request(ReportOffenceDocument, {
      input: { beneficiaryId: family.holderId, kind: OffenceKind.AdministrativeOffence, description: 'Public disturbance', committedOn: addDays(today, -2) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.reportOffence).toMatchObject({ kind: 'ADMINISTRATIVE_OFFENCE', reportedOn: today, municipality: { code: 'SLV11' } });
    const id = res.data!.reportOffence.id;

    const inbox = await mayor.request(OffenceReportsDocument, { first: 100 });
    expect(inbox.data?.offenceReports.edges.map((e) => e.node.id)).toContain(id);
    const other = await registeredMunicipality(hub(), 'SLV16');
    const otherInbox = await other.request(OffenceReportsDocument, { first: 100 });
    expect(otherInbox.data?.offenceReports.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('refuses a report about a person with no agreement (no mayor to inform), and a report by a municipality', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const loner = await registerBeneficiary(sar);
    const mvr = await hub().as({ role: 'MVR' });
    // Outside MVR's scope (no agreement): not found, as for any row outside scope.
    const res = await mvr.request(ReportOffenceDocument, {
      input: { beneficiaryId: loner, kind: OffenceKind.Crime, description: 'Theft', committedOn: today },
    });
    expect(GraphQLClient.codes(res)).toEqual(['NOT_FOUND']);
    const { mayor, family } = await concludedAgreement(hub(), 'SLV20');
    const byMayor = await mayor.request(ReportOffenceDocument, {
      input: { beneficiaryId: family.holderId, kind: OffenceKind.Crime, description: 'x', committedOn: today },
    });
    expect(GraphQLClient.codes(byMayor)).toEqual(['FORBIDDEN']);
  });
});

describe('objections to the regional governor (Art. 18)', () => {
  it('the governor of the province records and decides an objection once; the municipality sees the outcome', async () => {
    const { mayor, agreement, family } = await concludedAgreement(hub(), 'JAM03');
    const governor = await hub().as({ role: 'GOVERNOR', unit: 'JAM', purpose: 'Art. 18' });
    const filed = await governor.request(FileObjectionDocument, {
      input: { agreementId: agreement.id, filedById: family.holderId, activity: 'Housing was not provided (Art. 14 p.1).' },
    });
    expect(filed.data?.fileObjection).toMatchObject({ outcome: 'PENDING', filedOn: today, agreementId: agreement.id });
    const objectionId = filed.data!.fileObjection.id;

    const decided = await governor.request(DecideObjectionDocument, {
      input: { objectionId, outcome: ObjectionOutcome.Upheld, decision: 'The mayor is to provide housing within 14 days.' },
    });
    expect(decided.data?.decideObjection).toMatchObject({ outcome: 'UPHELD', decidedOn: today });
    const twice = await governor.request(DecideObjectionDocument, {
      input: { objectionId, outcome: ObjectionOutcome.Rejected, decision: 'Changed my mind.' },
    });
    expect(GraphQLClient.codes(twice)).toEqual(['CONFLICT']);

    const seen = await mayor.request(ObjectionsDocument, { first: 100 });
    expect(seen.data?.objections.edges.find((e) => e.node.id === objectionId)?.node.outcome).toBe('UPHELD');
  });

  it("another province's governor cannot record or decide it (NOT_FOUND); a non-party cannot object", async () => {
    const { agreement, family } = await concludedAgreement(hub(), 'JAM07');
    const elsewhere = await hub().as({ role: 'GOVERNOR', unit: 'SLV' });
    const res = await elsewhere.request(FileObjectionDocument, {
      input: { agreementId: agreement.id, filedById: family.holderId, activity: 'x' },
    });
    expect(GraphQLClient.codes(res)).toEqual(['NOT_FOUND']);

    const governor = await hub().as({ role: 'GOVERNOR', unit: 'JAM' });
    const stranger = await registerBeneficiary(await hub().as({ role: 'SAR' }));
    const notParty = await governor.request(FileObjectionDocument, {
      input: { agreementId: agreement.id, filedById: stranger, activity: 'x' },
    });
    expect(GraphQLClient.codes(notParty)).toEqual(['BAD_USER_INPUT']);
    expect(notParty.errors?.[0]?.extensions?.field).toBe('filedById');

    const filed = await governor.request(FileObjectionDocument, {
      input: { agreementId: agreement.id, filedById: family.holderId, activity: 'No language classes.' },
    });
    const decidedElsewhere = await elsewhere.request(DecideObjectionDocument, {
      input: { objectionId: filed.data!.fileObjection.id, outcome: ObjectionOutcome.Rejected, decision: 'x' },
    });
    expect(GraphQLClient.codes(decidedElsewhere)).toEqual(['NOT_FOUND']);
    const pending = await governor.request(ObjectionsDocument, { outcome: ObjectionOutcome.Pending, first: 100 });
    expect(pending.data?.objections.edges.map((e) => e.node.id)).toContain(filed.data!.fileObjection.id);
  });
});
