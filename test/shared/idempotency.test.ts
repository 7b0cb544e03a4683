import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  ConcludeAgreementDocument,
  MeasureArea,
  MeasureIdsDocument,
  OffenceKind,
  RegisterBeneficiaryDocument,
  ReportOffenceIdDocument,
} from '../gql/graphql.js';
import { type GraphQLClient, ok, refused } from '../support/client.js';
import { aBeneficiaryInput } from '../support/builders.js';
import { aMunicipality, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { municipalityRecords } from '../../src/domain/reference-data.js';

// docs/api-guide.md, "Retrying safely": the adults' creating mutations take an idempotency key as the
// children's do (test/children/merge.test.ts has the key's rules in full). A retry returns the record
// the first request created; the same key with another input is refused. This file's municipality is
// one no other file names (aMunicipality).
const hub = useTestHub();

describe('idempotency keys on the adults’ creating mutations (docs/api-guide.md, "Retrying safely")', () => {
  it('registerBeneficiary, concludeAgreement, addMeasure and reportOffence retried with their key return the first record; nothing is created twice', async () => {
    const code = aMunicipality(municipalityRecords.map((m) => m.code));
    const sar = await hub().as({ role: 'SAR' });

    // SAR registers a person; the answer is lost, and the request is sent again.
    const person = { ...aBeneficiaryInput(), idempotencyKey: randomUUID() };
    const first = ok(await sar.request(RegisterBeneficiaryDocument, { input: person }), 'register').registerBeneficiary.id;
    expect(ok(await sar.request(RegisterBeneficiaryDocument, { input: person }), 'register again').registerBeneficiary.id).toBe(first);
    // The same key for another person: refused, not a second record under the first's key.
    refused(
      await sar.request(RegisterBeneficiaryDocument, { input: { ...aBeneficiaryInput(), idempotencyKey: person.idempotencyKey } }),
      'CONFLICT',
      'idempotencyKey',
    );

    // The mayor concludes the agreement twice with one key: one agreement.
    const mayor = await registeredMunicipality(hub(), code);
    const family = await forwardedFamily(hub(), code);
    const conclude = { applicationId: family.applicationId, familyMemberIds: [], idempotencyKey: randomUUID() };
    const agreement = ok(await mayor.request(ConcludeAgreementDocument, { input: conclude }), 'conclude').concludeAgreement;
    expect(ok(await mayor.request(ConcludeAgreementDocument, { input: conclude }), 'conclude again').concludeAgreement.id).toBe(agreement.id);

    // A measure added twice with one key: one measure in the plan.
    const planId = agreement.plans!.find((p) => p.beneficiary?.id === family.holderId)!.id;
    const measure = { planId, area: MeasureArea.Language, description: 'Bulgarian course', responsibleInstitutionCode: 'MON', idempotencyKey: randomUUID() };
    const added = ok(await mayor.request(AddMeasureDocument, { input: measure }), 'add').addMeasure.id;
    expect(ok(await mayor.request(AddMeasureDocument, { input: measure }), 'add again').addMeasure.id).toBe(added);
    const measures = ok(await mayor.request(MeasureIdsDocument, { first: 50, filter: { planId } }), 'measures').measures.edges;
    expect(measures.map((e) => e.node.id)).toEqual([added]);

    // MVR reports an offence twice with one key: one report.
    const mvr = await hub().as({ role: 'MVR' });
    const offence = {
      beneficiaryId: family.holderId,
      kind: OffenceKind.AdministrativeOffence,
      description: 'A traffic offence.',
      committedOn: todayInSofia(),
      idempotencyKey: randomUUID(),
    };
    const report = (client: GraphQLClient) => client.request(ReportOffenceIdDocument, { input: offence });
    const reported = ok(await report(mvr), 'report').reportOffence.id;
    expect(ok(await report(mvr), 'report again').reportOffence.id).toBe(reported);
    const [{ n }] = await hub()
      .orm.em.getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from offence_report where beneficiary_id = ?', [family.holderId]);
    expect(n).toBe(1);
  });
});
