import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/access/principal.js';
import { municipalityRecords, provinceRecords } from '../../src/modules/reference/reference-data.js';
import { FamilyRelation } from '../gql/graphql.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Property: whoever asks, and however, no list ever holds a row outside the asker's scope, and
// totalCount never counts one. The oracle below restates statutory-views.md in plain SQL,
// independently of src/access/scopes.ts.
const hub = useTestHub();
const WITH_DATA = ['LOV33', 'LOV34', 'VID37'];

const ORACLE: Record<string, (role: Role, unit: string | null) => string> = {
  agreements: (role, unit) =>
    ['SAR', 'DANS', 'MVR', 'COORDINATOR'].includes(role)
      ? 'select id from agreement'
      : role === 'MUNICIPALITY'
        ? `select id from agreement where municipality_code = '${unit}'`
        : role === 'RZI' || role === 'RZOK'
          ? `select a.id from agreement a join municipality m on m.code = a.municipality_code where m.province_code = '${unit}'`
          : 'select null::uuid where false',
  beneficiaries: (role, unit) =>
    role === 'SAR'
      ? 'select id from beneficiary'
      : role === 'MUNICIPALITY'
        ? `select applicant_id from agreement_application where forwarded_to_code = '${unit}'
           union select m.beneficiary_id from agreement_member m join agreement a on a.id = m.agreement_id where a.municipality_code = '${unit}'`
        : role === 'MVR' || role === 'DANS'
          ? 'select beneficiary_id from agreement_member'
          : role === 'RZI' || role === 'RZOK'
            ? `select am.beneficiary_id from agreement_member am join agreement a on a.id = am.agreement_id
               join municipality m on m.code = a.municipality_code where m.province_code = '${unit}'`
            : 'select null::uuid where false',
  agreementApplications: (role, unit) =>
    role === 'SAR' ? 'select id from agreement_application' : role === 'MUNICIPALITY' ? `select id from agreement_application where forwarded_to_code = '${unit}'` : 'select null::uuid where false',
  municipalityRegister: (role, unit) =>
    role === 'SAR' ? 'select id from municipality_application' : role === 'MUNICIPALITY' ? `select id from municipality_application where municipality_code = '${unit}'` : 'select null::uuid where false',
  offenceReports: (role, unit) =>
    role === 'MVR' ? 'select id from offence_report' : role === 'MUNICIPALITY' ? `select id from offence_report where municipality_code = '${unit}'` : 'select null::uuid where false',
  objections: (role, unit) =>
    role === 'GOVERNOR'
      ? `select o.id from objection o join agreement a on a.id = o.agreement_id join municipality m on m.code = a.municipality_code where m.province_code = '${unit}'`
      : role === 'MUNICIPALITY'
        ? `select o.id from objection o join agreement a on a.id = o.agreement_id where a.municipality_code = '${unit}'`
        : 'select null::uuid where false',
};

const unitFor = (role: Role): fc.Arbitrary<string | null> => {
  if (role === 'MUNICIPALITY') return fc.oneof(fc.constantFrom(...WITH_DATA), fc.constantFrom(...municipalityRecords.map((m) => m.code)));
  if (role === 'RZI' || role === 'RZOK' || role === 'GOVERNOR') return fc.constantFrom('LOV', 'VID', ...provinceRecords.map((p) => p.code));
  if (role === 'NGO') return fc.constant('unhcr');
  return fc.constant(null);
};
const query = fc.record({
  first: fc.integer({ min: 1, max: 100 }),
  provinceCode: fc.option(fc.constantFrom('LOV', 'VID', 'SOF'), { nil: undefined }),
});

beforeAll(async () => {
  const child = { relation: FamilyRelation.Child, input: { birthDate: '2018-01-01' } };
  for (const code of WITH_DATA) await concludedAgreement(hub(), code, { relatives: { child } });
}, 120_000);

describe('row scopes (property)', () => {
  // Every role and every list, each with random units, page sizes and filters.
  it.each(ROLES.flatMap((role) => Object.keys(ORACLE).map((list) => [role, list] as const)))('%s: %s never holds or counts a row outside the scope', async (role, list) => {
    const sql = hub().orm.em.fork().getConnection();
    await fc.assert(
      fc.asyncProperty(unitFor(role), query, async (unit, q0) => {
        const q = { ...q0, list };
        const filter = q.list === 'agreements' && q.provinceCode ? `, filter: { provinceCode: "${q.provinceCode}" }` : '';
        const client = await hub().as({ role, unit: unit ?? undefined });
        const res = await client.request(`{ ${q.list}(first: ${q.first}${filter}) { totalCount edges { node { id } } } }`);
        const page = (res.data as Record<string, { totalCount: number; edges: { node: { id: string } }[] }> | null | undefined)?.[q.list];
        if (!page) return; // refused as a whole: nothing seen
        const allowed = new Set((await sql.execute<{ id: string }[]>(ORACLE[q.list]!(role, unit).replace(/^select (\S+)/, 'select $1 as id'))).map((r) => r.id));
        for (const { node } of page.edges) expect(allowed.has(node.id), `${role} ${unit ?? ''} saw ${q.list} ${node.id}`).toBe(true);
        expect(page.totalCount).toBeLessThanOrEqual(allowed.size);
        expect(page.edges.length).toBeLessThanOrEqual(q.first);
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
