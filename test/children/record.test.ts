import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import { anLnch } from '../support/builders.js';
import {
  AddCaseParticipantDocument,
  AdvanceChildCaseDocument,
  AppointRepresentativeDocument,
  ChildCaseChangesDocument,
  type ChildCaseChangesQuery,
  ChildCaseIdentifiedByDocument,
  ChildCaseRecordedByDocument,
  ChildCaseVersionComesOfAgeDocument,
  type OpenCaseInput,
  OpenChildCaseVersionDocument,
  RecordAgeAssessmentDocument,
  RecordChildNeedVersionDocument,
  RecordPlacementDocument,
  RegisterBeneficiaryIdDocument,
  UpdateChildCaseDocument,
  type UpdateChildCaseInput,
  UpdateChildNeedDocument,
  type UpdateChildNeedInput,
} from '../gql/graphql.js';
import { GraphQLClient, ok, refused } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

// The child's record kept accurate (issue 21.2): identity and profile corrected on the version read,
// with a change log each reader sees by area; a beneficiary record linked later (within the linker's
// own view); a need's plan and status updated; who identified, assessed, recorded and changed each
// part shown. Every case here is this file's own; nothing is placed.
const hub = useTestHub();
const today = todayInSofia();
const IDENTIFIED_ON = addDays(today, -30);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

async function aCase(by: Role, extra: Partial<OpenCaseInput> = {}) {
  const input: OpenCaseInput = {
    separation: 'UNACCOMPANIED',
    identifiedWhere: 'Border police, Lesovo',
    identifiedOn: IDENTIFIED_ON,
    givenName: 'Ahmad',
    nationality: 'AF',
    ...extra,
  };
  return ok(await (await as(by)).request(OpenChildCaseVersionDocument, { input }), 'openChildCase').openChildCase;
}

const update = (client: GraphQLClient, input: UpdateChildCaseInput) => client.request(UpdateChildCaseDocument, { input });

type Change = ChildCaseChangesQuery['childCase']['changes'][number];
const changes = async (client: GraphQLClient, caseId: string) =>
  ok(await client.request(ChildCaseChangesDocument, { id: caseId }), 'changes').childCase.changes;

const addParticipant = async (caseId: string, code: string) =>
  ok(await (await as('DAZD')).request(AddCaseParticipantDocument, { caseId, institutionCode: code, role: 'supports' }), `add ${code}`);

const aBeneficiary = async (birthDate: string) =>
  ok(
    await (await as('SAR')).request(RegisterBeneficiaryIdDocument, {
      input: { lnch: anLnch(), givenNameLatin: 'Ahmad', familyNameLatin: 'Karimi', birthDate, sex: 'MALE', citizenship: 'AF' },
    }),
    'registerBeneficiary',
  ).registerBeneficiary.id;

describe("children: the child's record kept accurate (issue 21.2)", () => {
  it('issue 21.2, AP II.7: identity and profile updated on the version read; a stale version is a CONFLICT; each change is logged with who and why', async () => {
    const c = await aCase('MVR', { languages: ['ps'] });
    const dazd = await as('DAZD');
    const updated = ok(
      await update(dazd, {
        caseId: c.id,
        version: c.version,
        givenName: 'Ahmed',
        sex: 'MALE',
        languages: ['ps', 'fa'],
        nationality: null,
        note: 'documents found',
      }),
      'update',
    ).updateChildCase;
    expect(updated).toMatchObject({ givenName: 'Ahmed', sex: 'MALE', languages: ['ps', 'fa'], nationality: null, version: c.version + 1 });

    // The version read before is stale now: refused, in Bulgarian too, and nothing changes.
    const stale = await update(dazd, { caseId: c.id, version: c.version, givenName: 'Ahmet' });
    refused(stale, 'CONFLICT', 'version');
    expect(stale.errors![0]!.extensions?.messageBg).toMatch(/променен/);
    // Bad values name their field; a field the record cannot be without is not cleared.
    refused(await update(dazd, { caseId: c.id, version: updated.version, nationality: 'XX' }), 'BAD_USER_INPUT', 'nationality');
    refused(await update(dazd, { caseId: c.id, version: updated.version, separation: null }), 'BAD_USER_INPUT', 'separation');
    refused(
      await update(dazd, { caseId: c.id, version: updated.version, declaredBirthDate: addDays(IDENTIFIED_ON, 1) }),
      'BAD_USER_INPUT',
      'declaredBirthDate',
    );
    // The same values again change nothing: no new version, no log entry.
    const same = ok(await update(dazd, { caseId: c.id, version: updated.version, givenName: 'Ahmed', languages: ['ps', 'fa'] }), 'same').updateChildCase;
    expect(same.version).toBe(updated.version);
    ok(await update(await as('MVR'), { caseId: c.id, version: updated.version, separation: 'SEPARATED' }), 'MVR separation');

    const log = await changes(dazd, c.id);
    expect(log.map((ch) => [ch.field, ch.area, ch.fromValue, ch.toValue, ch.changedBy.code, ch.note])).toEqual([
      // One update's fields by name, the updates in the order made.
      ['givenName', 'IDENTITY', 'Ahmad', 'Ahmed', 'DAZD', 'documents found'],
      ['languages', 'IDENTITY', ['ps'], ['ps', 'fa'], 'DAZD', 'documents found'],
      ['nationality', 'IDENTITY', 'AF', null, 'DAZD', 'documents found'],
      ['sex', 'IDENTITY', null, 'MALE', 'DAZD', 'documents found'],
      ['separation', null, 'UNACCOMPANIED', 'SEPARATED', 'MVR', null],
    ]);
    expect(log.every((ch) => ch.subjectType === 'ChildCase' && ch.subjectId === c.id && ch.changedOn === today)).toBe(true);

    // MON takes part without the IDENTITY area: it reads only the change every participant reads,
    // not who identified the child, and may not update the identity at all (the policy).
    await addParticipant(c.id, 'MON');
    const mon = await as('MON');
    expect((await changes(mon, c.id)).map((ch) => ch.field)).toEqual(['separation']);
    const identifiedBy = await mon.request(ChildCaseIdentifiedByDocument, { id: c.id });
    expect(GraphQLClient.codes(identifiedBy)).toEqual(['FORBIDDEN']);
    refused(await update(mon, { caseId: c.id, version: updated.version + 1, givenName: 'X' }), 'FORBIDDEN');
    const byMvr = ok(await (await as('MVR')).request(ChildCaseIdentifiedByDocument, { id: c.id }), 'MVR');
    expect(byMvr.childCase.identifiedBy).toEqual({ code: 'MVR' });
  });

  it('issue 21.2, AP I.21: a new declared birth date recomputes when the child comes of age, by the age rule, and the log says so (AGE area)', async () => {
    const c = await aCase('SAR', { declaredBirthDate: addYears(today, -14) });
    const dazd = await as('DAZD');
    const born = addYears(today, -16);
    const updated = ok(await update(dazd, { caseId: c.id, version: c.version, declaredBirthDate: born }), 'birth date').updateChildCase;
    expect(updated).toMatchObject({ declaredBirthDate: born, comesOfAgeOn: addYears(born, 18) });
    const log = await changes(dazd, c.id);
    expect(log.map((ch) => [ch.field, ch.area, ch.fromValue, ch.toValue])).toEqual([
      ['comesOfAgeOn', 'AGE', addYears(addYears(today, -14), 18), addYears(born, 18)],
      ['declaredBirthDate', 'IDENTITY', addYears(today, -14), born],
    ]);

    // An age assessment decides over the declared date (the age rule): a later declared date does not move it.
    ok(
      await dazd.request(RecordAgeAssessmentDocument, {
        input: { caseId: c.id, method: 'INTERVIEW', minAge: 15, maxAge: 17, outcome: 'MINOR', assessedOn: today },
      }),
      'assessment',
    );
    const assessed = ok(await dazd.request(ChildCaseVersionComesOfAgeDocument, { id: c.id }), 'read').childCase;
    expect(assessed.comesOfAgeOn).toBe(addYears(today, 3));
    const later = ok(await update(dazd, { caseId: c.id, version: assessed.version, declaredBirthDate: addYears(today, -13) }), 'later').updateChildCase;
    expect(later.comesOfAgeOn).toBe(addYears(today, 3));
    // Cleared, the assessment alone decides.
    const cleared = ok(await update(dazd, { caseId: c.id, version: later.version, declaredBirthDate: null }), 'cleared').updateChildCase;
    expect(cleared).toMatchObject({ declaredBirthDate: null, comesOfAgeOn: addYears(today, 3) });
  });

  it("issue 21.2: the beneficiary record is linked later, only one in the linker's view (else NOT_FOUND), and unlinked with null", async () => {
    const c = await aCase('SAR');
    const dazd = await as('DAZD');
    const child = await aBeneficiary(addYears(today, -12));
    const adult = await aBeneficiary(addYears(today, -35));
    // DAZD's view of beneficiaries is children (and parents of children with a plan): not this adult.
    refused(await update(dazd, { caseId: c.id, version: c.version, beneficiaryId: adult }), 'NOT_FOUND', 'beneficiaryId');
    refused(
      await dazd.request(OpenChildCaseVersionDocument, { input: { separation: 'SEPARATED', identifiedWhere: 'Sofia', beneficiaryId: adult } }),
      'NOT_FOUND',
      'beneficiaryId',
    );
    const linked = ok(await update(dazd, { caseId: c.id, version: c.version, beneficiaryId: child }), 'link').updateChildCase;
    expect(linked.beneficiary).toEqual({ id: child });
    const unlinked = ok(await update(dazd, { caseId: c.id, version: linked.version, beneficiaryId: null }), 'unlink').updateChildCase;
    expect(unlinked.beneficiary).toBeNull();
    expect((await changes(dazd, c.id)).map((ch) => [ch.field, ch.fromValue, ch.toValue])).toEqual([
      ['beneficiary', null, child],
      ['beneficiary', child, null],
    ]);
  });

  it("issue 21.2, AP II.8: a need's plan and status are updated in an area the caller sees, on the version read; the log keeps each change for that area's readers", async () => {
    const c = await aCase('SAR');
    const dazd = await as('DAZD');
    await addParticipant(c.id, 'MON');
    await addParticipant(c.id, 'RZI-PDV');
    const need = ok(
      await dazd.request(RecordChildNeedVersionDocument, {
        input: { caseId: c.id, area: 'EDUCATION', description: 'Enrol in school', plan: 'Grade 5 in the autumn' },
      }),
      'need',
    ).recordChildNeed;
    expect(need).toMatchObject({ status: 'OPEN', recordedBy: { code: 'DAZD' }, changedBy: null, changedOn: null });
    const updateNeed = async (role: Role, input: UpdateChildNeedInput, unit?: string) => (await as(role, unit)).request(UpdateChildNeedDocument, { input });

    // RZI takes part for health: the education need is not in its view at all.
    refused(await updateNeed('RZI', { needId: need.id, version: need.version, status: 'MET' }, 'PDV'), 'NOT_FOUND', 'needId');
    refused(await updateNeed('MON', { needId: need.id, version: need.version, description: '  ' }), 'BAD_USER_INPUT', 'description');
    const met = ok(await updateNeed('MON', { needId: need.id, version: need.version, status: 'MET', plan: null, note: 'enrolled' }), 'MET').updateChildNeed;
    expect(met).toMatchObject({
      status: 'MET',
      plan: null,
      changedOn: today,
      changedBy: { code: 'MON' },
      recordedBy: { code: 'DAZD' },
      version: need.version + 1,
    });
    refused(await updateNeed('MON', { needId: need.id, version: need.version, status: 'OPEN' }), 'CONFLICT', 'version');

    const expected = [
      ['ChildNeed', need.id, 'EDUCATION', 'plan', 'Grade 5 in the autumn', null, 'MON', 'enrolled'],
      ['ChildNeed', need.id, 'EDUCATION', 'status', 'OPEN', 'MET', 'MON', 'enrolled'],
    ];
    const rows = (log: Change[]) =>
      log.map((ch) => [ch.subjectType, ch.subjectId, ch.area, ch.field, ch.fromValue, ch.toValue, ch.changedBy.code, ch.note]).sort();
    expect(rows(await changes(dazd, c.id))).toEqual(expected);
    expect(rows(await changes(await as('MON'), c.id))).toEqual(expected);
    expect(await changes(await as('RZI', 'PDV'), c.id)).toEqual([]);
  });

  it('issue 21.2: who changed the status, assessed the age, appointed the representative and placed the child is shown', async () => {
    const c = await aCase('SAR');
    const dazd = await as('DAZD');
    const sar = await as('SAR');
    ok(await dazd.request(AdvanceChildCaseDocument, { caseId: c.id, status: 'ASSESSED' }), 'advance');
    ok(
      await sar.request(RecordAgeAssessmentDocument, {
        input: { caseId: c.id, method: 'DOCUMENTS', minAge: 12, maxAge: 13, outcome: 'MINOR' },
      }),
      'age',
    );
    ok(
      await dazd.request(AppointRepresentativeDocument, {
        input: { caseId: c.id, kind: 'GUARDIAN', name: 'Maria Ivanova' },
      }),
      'representative',
    );
    ok(
      await sar.request(RecordPlacementDocument, {
        input: { caseId: c.id, kind: 'RECEPTION_CENTRE', provider: 'Reception centre', municipalityCode: 'PDV07' },
      }),
      'placement',
    );
    const read = ok(await dazd.request(ChildCaseRecordedByDocument, { id: c.id }), 'read').childCase;
    expect(read.statusHistory).toEqual([
      { toStatus: 'IDENTIFIED', changedBy: { code: 'SAR' } },
      { toStatus: 'ASSESSED', changedBy: { code: 'DAZD' } },
    ]);
    expect(read.ageAssessments).toEqual([{ assessedBy: { code: 'SAR' } }]);
    expect(read.representatives).toEqual([{ recordedBy: { code: 'DAZD' } }]);
    expect(read.placements).toEqual([{ recordedBy: { code: 'SAR' } }]);
  });
});
