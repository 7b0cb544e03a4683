import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/institutions.js';
import { municipalityRecords, provinceRecords } from '../../src/domain/reference-data.js';
import {
  AddCaseParticipantDocument,
  AddMeasureDocument,
  AppointRepresentativeDocument,
  FamilyRelation,
  FileObjectionDocument,
  MeasureArea,
  OpenChildCaseDocument,
  RecordPlacementDocument,
  RecordSecurityAssessmentIdDocument,
  ReferChildCaseDocument,
  ReportChildMissingDocument,
  RespondToReferralDocument,
} from '../gql/graphql.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { ORACLE } from '../support/scope-oracle.js';

// Property: whoever asks, and however, no list ever holds a row outside the asker's scope, and
// totalCount never counts one. The oracle (test/support/scope-oracle.ts) restates the policy's
// row scopes in plain SQL, independently of src/modules/scopes.ts.
const hub = useTestHub();
const WITH_DATA = ['LOV33', 'LOV34', 'VID37'];

const unitFor = (role: Role): fc.Arbitrary<string | null> => {
  if (role === 'MUNICIPALITY') return fc.oneof(fc.constantFrom(...WITH_DATA), fc.constantFrom(...municipalityRecords.map((m) => m.code)));
  if (role === 'RZI' || role === 'RZOK' || role === 'GOVERNOR') return fc.constantFrom('LOV', 'VID', ...provinceRecords.map((p) => p.code));
  if (role === 'NGO') return fc.constantFrom('unhcr', 'caritas', 'nobody');
  // ASP: the central administration, or a regional directorate (issue 21.3).
  if (role === 'ASP') return fc.constantFrom(null, 'LOV', 'VID', 'SOF');
  return fc.constant(null);
};
const query = fc.record({
  first: fc.integer({ min: 1, max: 100 }),
  provinceCode: fc.option(fc.constantFrom('LOV', 'VID', 'SOF'), { nil: undefined }),
});

/** Measures of every kind of row: each role's areas, children's, health, assigned to NGOs; one objection. */
beforeAll(async () => {
  const child = { relation: FamilyRelation.Child, input: { birthDate: '2018-01-01' } };
  for (const [i, code] of WITH_DATA.entries()) {
    const { mayor, agreement, family } = await concludedAgreement(hub(), code, { relatives: { child } });
    const adultPlan = agreement.plans!.find((p) => p.kind === 'ADULT')!.id;
    const childPlan = agreement.plans!.find((p) => p.kind === 'CHILD')!.id;
    const rzi = await hub().as({ role: 'RZI', unit: code.slice(0, 3) });
    const own = `MUNICIPALITY-${code}`;
    const measures: [typeof mayor, string, MeasureArea, string, string?][] = [
      [mayor, adultPlan, MeasureArea.SocialAssistance, 'ASP'],
      [mayor, adultPlan, MeasureArea.Employment, 'AZ'],
      [mayor, adultPlan, MeasureArea.Education, own, 'unhcr'],
      [mayor, adultPlan, MeasureArea.Housing, own, 'caritas'],
      [mayor, childPlan, MeasureArea.Language, i === 0 ? 'ASP' : own],
      [rzi, adultPlan, MeasureArea.Healthcare, `RZI-${code.slice(0, 3)}`],
      [rzi, childPlan, MeasureArea.Healthcare, `RZI-${code.slice(0, 3)}`],
    ];
    for (const [client, planId, area, responsibleInstitutionCode, partnerOrganisation] of measures) {
      const res = await client.request(AddMeasureDocument, { input: { planId, area, description: area, responsibleInstitutionCode, partnerOrganisation } });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    }
    const dans = await hub().as({ role: 'DANS' });
    const assessed = await dans.request(RecordSecurityAssessmentIdDocument, {
      input: { beneficiaryId: family.holderId, riskLevel: 'NONE', summary: 'No risks identified.' },
    });
    expect(assessed.errors, JSON.stringify(assessed.errors)).toBeUndefined();
    // A child's case identified by MVR, placed in this municipality, referred to MON.
    const opened = await (await hub().as({ role: 'MVR' })).request(OpenChildCaseDocument, {
      input: { separation: 'UNACCOMPANIED', identifiedWhere: 'border', givenName: 'A', declaredBirthDate: '2012-01-01' },
    });
    expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
    const caseId = opened.data!.openChildCase.id;
    const dazd = await hub().as({ role: 'DAZD' });
    const placed = await dazd.request(RecordPlacementDocument, {
      input: { caseId, kind: 'SOCIAL_SERVICE', provider: 'Centre', municipalityCode: code },
    });
    expect(placed.errors, JSON.stringify(placed.errors)).toBeUndefined();
    // ASP takes part in the cases placed in LOV33 and VID37: its regional directorates see their province's only (issue 21.3).
    if (i !== 1) {
      const joined = await dazd.request(AddCaseParticipantDocument, { caseId, institutionCode: 'ASP', role: 'social services' });
      expect(joined.errors, JSON.stringify(joined.errors)).toBeUndefined();
    }
    if (i === 1) {
      const appointed = await dazd.request(AppointRepresentativeDocument, {
        input: { caseId, kind: 'GUARDIAN', name: 'Maria Ivanova' },
      });
      expect(appointed.errors, JSON.stringify(appointed.errors)).toBeUndefined();
      const referred = await dazd.request(ReferChildCaseDocument, {
        input: { caseId, toInstitutionCode: 'MON', type: 'EDUCATION', reason: 'school', sharedAreas: ['EDUCATION'], consent: 'REPRESENTATIVE' },
      });
      expect(referred.errors, JSON.stringify(referred.errors)).toBeUndefined();
      const referralId = referred.data!.referChildCase.id;
      const accepted = await (await hub().as({ role: 'MON' })).request(RespondToReferralDocument, { id: referralId, status: 'ACCEPTED' });
      expect(accepted.errors, JSON.stringify(accepted.errors)).toBeUndefined();
    }
    if (i === 2) {
      // Issue 21.1 (AP II.7, I.21): a case SAR identified, placed here, reported missing by the
      // municipality: MVR takes part from the report (a participant, as the oracle has it).
      const sarCase = await (await hub().as({ role: 'SAR' })).request(OpenChildCaseDocument, {
        input: { separation: 'SEPARATED', identifiedWhere: 'reception centre', givenName: 'B', declaredBirthDate: '2013-01-01' },
      });
      expect(sarCase.errors, JSON.stringify(sarCase.errors)).toBeUndefined();
      const missingId = sarCase.data!.openChildCase.id;
      const placedHere = await dazd.request(RecordPlacementDocument, {
        input: { caseId: missingId, kind: 'FOSTER_FAMILY', provider: 'Family', municipalityCode: code },
      });
      expect(placedHere.errors, JSON.stringify(placedHere.errors)).toBeUndefined();
      const reported = await (await hub().as({ role: 'MUNICIPALITY', unit: code })).request(ReportChildMissingDocument, { caseId: missingId });
      expect(reported.errors, JSON.stringify(reported.errors)).toBeUndefined();
    }
    if (i === 0) {
      const governor = await hub().as({ role: 'GOVERNOR', unit: code.slice(0, 3) });
      const res = await governor.request(FileObjectionDocument, { input: { agreementId: agreement.id, filedById: family.holderId, activity: 'Housing' } });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    }
  }
}, 120_000);

describe('row scopes (property)', () => {
  // Every role and every list, each with random units, page sizes and filters.
  it.each(ROLES.flatMap((role) => Object.keys(ORACLE).map((list) => [role, list] as const)))(
    '%s: %s never holds or counts a row outside the scope',
    async (role, list) => {
      const sql = hub().orm.em.fork().getConnection();
      await fc.assert(
        fc.asyncProperty(unitFor(role), query, async (unit, q0) => {
          const q = { ...q0, list };
          const filter = q.list === 'agreements' && q.provinceCode ? `, filter: { provinceCode: "${q.provinceCode}" }` : '';
          const client = await hub().as({ role, unit: unit ?? undefined });
          // Built from the random list, page size and filter (a static document cannot be): inline.
          const res = await client.request(`{ ${q.list}(first: ${q.first}${filter}) { totalCount edges { node { id } } } }`);
          const page = (res.data as Record<string, { totalCount: number; edges: { node: { id: string } }[] }> | null | undefined)?.[q.list];
          if (!page) return; // refused as a whole: nothing seen
          const allowed = new Set(
            (await sql.execute<{ id: string }[]>(ORACLE[q.list]!(role, unit).replace(/^select (\S+)/, 'select $1 as id'))).map((r) => r.id),
          );
          for (const { node } of page.edges) expect(allowed.has(node.id), `${role} ${unit ?? ''} saw ${q.list} ${node.id}`).toBe(true);
          expect(page.totalCount).toBeLessThanOrEqual(allowed.size);
          expect(page.edges.length).toBeLessThanOrEqual(q.first);
        }),
        { numRuns: 6 },
      );
    },
    60_000,
  );
});
