import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import {
  AgreementStatisticsDocument,
  ConcludeAgreementDocument,
  ProtectionKind,
  Sex,
  type AgreementDimension,
  type AgreementStatisticsFilter,
  type RegisterBeneficiaryInput,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// docs/policy.md, "Aggregates", through the live API: `agreementStatistics` counts agreements in
// the caller's scope, grouped by the dimensions asked for, published by the cell-key method
// (src/modules/statistics/cell-key.ts) with small groups suppressed (default threshold 5). To check the
// counts exactly, this file's agreements have their record keys set to 0 (beforeAll): every cell key is
// then 0, whose deviation is 0 (docs/indicators.md), so each figure is the true count, suppressed under
// the threshold. The perturbation with random keys, and the differencing attacks, are in differencing.test.ts.
// The test database is shared by every file of the run, so all counts are restricted to province VTR
// (Veliko Tarnovo): no other test file uses any of its municipalities.
const hub = useTestHub();
const PROVINCE = 'VTR';
const M1 = 'VTR04'; // Veliko Tarnovo: 7 SY holders, 2 AF holders
const M2 = 'VTR06'; // Gorna Oryahovitsa: 6 SY holders
const OTHER_PROVINCE = 'DOB';
const THRESHOLD = 5;

// The holders (all born 1990-04-12, so AGE_35_64; all agreements ACTIVE, signed today):
//   M1: 7 × SY, FEMALE, REFUGEE_STATUS;  2 × AF, MALE, REFUGEE_STATUS
//   M2: 3 × SY, FEMALE, REFUGEE_STATUS;  3 × SY, MALE, HUMANITARIAN_STATUS
const SEED: { municipality: string; count: number; holder: Partial<RegisterBeneficiaryInput> }[] = [
  { municipality: M1, count: 7, holder: { citizenship: 'SY', sex: Sex.Female, protectionKind: ProtectionKind.RefugeeStatus } },
  { municipality: M1, count: 2, holder: { citizenship: 'AF', sex: Sex.Male, protectionKind: ProtectionKind.RefugeeStatus } },
  { municipality: M2, count: 3, holder: { citizenship: 'SY', sex: Sex.Female, protectionKind: ProtectionKind.RefugeeStatus } },
  { municipality: M2, count: 3, holder: { citizenship: 'SY', sex: Sex.Male, protectionKind: ProtectionKind.HumanitarianStatus } },
];

beforeAll(async () => {
  const mayors: Record<string, GraphQLClient> = { [M1]: await registeredMunicipality(hub(), M1), [M2]: await registeredMunicipality(hub(), M2) };
  const one = async (municipality: string, holder: Partial<RegisterBeneficiaryInput>) => {
    const family = await forwardedFamily(hub(), municipality, { holder: { birthDate: '1990-04-12', ...holder } });
    const concluded = await mayors[municipality]!.request(ConcludeAgreementDocument, {
      input: { applicationId: family.applicationId, familyMemberIds: [] },
    });
    if (concluded.data?.concludeAgreement.status !== 'ACTIVE') throw new Error(`concludeAgreement failed: ${JSON.stringify(concluded.errors)}`);
  };
  // A few at a time: each agreement is independent (its own holder and application).
  const jobs = SEED.flatMap(({ municipality, count, holder }) => Array.from({ length: count }, () => () => one(municipality, holder)));
  for (let i = 0; i < jobs.length; i += 5) await Promise.all(jobs.slice(i, i + 5).map((job) => job()));
  await hub().orm.em.getConnection().execute('update agreement set record_key = 0 where municipality_code in (?, ?)', [M1, M2]);
}, 60_000);

interface Cell {
  citizenship: string | null;
  protectionKind: string | null;
  sex: string | null;
  ageGroup: string | null;
  provinceCode: string | null;
  municipalityCode: string | null;
  status: string | null;
  count: number | null;
  suppressed: boolean;
}
interface Stats {
  groupBy: string[];
  threshold: number;
  total: number | null;
  cells: Cell[];
}
const DIMENSION_FIELD: Record<string, keyof Cell> = {
  CITIZENSHIP: 'citizenship',
  PROTECTION_KIND: 'protectionKind',
  SEX: 'sex',
  AGE_GROUP: 'ageGroup',
  PROVINCE: 'provinceCode',
  MUNICIPALITY: 'municipalityCode',
  STATUS: 'status',
};

const as = (role: Role, unit?: string) => hub().as({ role, unit });

function ask(client: GraphQLClient, groupBy: AgreementDimension[], filter?: AgreementStatisticsFilter) {
  return client.request(AgreementStatisticsDocument, { groupBy, filter });
}

/** The statistics, which must come without errors. */
async function stats(client: GraphQLClient, groupBy: AgreementDimension[], filter?: AgreementStatisticsFilter): Promise<Stats> {
  const res = await ask(client, groupBy, filter);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.agreementStatistics;
}

/** A cell with the given dimension values (all other dimension fields null) and count. */
const cell = (values: Partial<Cell>, count: number | null): Cell => ({
  citizenship: null,
  protectionKind: null,
  sex: null,
  ageGroup: null,
  provinceCode: null,
  municipalityCode: null,
  status: null,
  ...values,
  count,
  suppressed: count === null,
});

/** What must hold of any answer: a suppressed cell shows no count, a published one (and a published total other than 0) is not small. */
function expectSafe(s: Stats) {
  expect(s.threshold).toBe(THRESHOLD);
  for (const c of s.cells) {
    if (c.suppressed) expect(c.count).toBeNull();
    else expect(c.count).toBeGreaterThanOrEqual(s.threshold);
  }
  if (s.total !== null && s.total !== 0) expect(s.total).toBeGreaterThanOrEqual(s.threshold);
}

describe('agreementStatistics: counts and small-cell suppression', () => {
  it('a national body by citizenship in the province: AF (2) is suppressed, SY 13 and the total 15 published', async () => {
    const s = await stats(await as('COORDINATOR'), ['CITIZENSHIP'], { provinceCode: PROVINCE });
    // AF = 2 < 5 is suppressed. SY and the total stay published: with random keys each is perturbed on
    // its own records' keys, so 15 − 13 is not AF's count (differencing.test.ts).
    expect(s).toEqual({
      groupBy: ['CITIZENSHIP'],
      threshold: THRESHOLD,
      total: 15,
      cells: [cell({ citizenship: 'AF' }, null), cell({ citizenship: 'SY' }, 13)],
    });
    expectSafe(s);
  });

  it('by municipality and citizenship: M1/SY 7 and M2/SY 6 published, M1/AF 2 suppressed', async () => {
    const s = await stats(await as('COORDINATOR'), ['MUNICIPALITY', 'CITIZENSHIP'], { provinceCode: PROVINCE });
    expect(s.groupBy).toEqual(['MUNICIPALITY', 'CITIZENSHIP']);
    expect(s.total).toBe(15);
    expect(s.cells).toEqual([
      cell({ municipalityCode: M1, citizenship: 'AF' }, null),
      cell({ municipalityCode: M1, citizenship: 'SY' }, 7),
      cell({ municipalityCode: M2, citizenship: 'SY' }, 6),
    ]);
    expectSafe(s);
  });

  it('scopes the counts: a municipality its own, RZI its province, other provinces nothing; ASP, ADMIN and anonymous refused', async () => {
    // MUNICIPALITY M2, no filter: its own 6 agreements only.
    const m2 = await as('MUNICIPALITY', M2);
    expect(await stats(m2, ['CITIZENSHIP'])).toEqual({
      groupBy: ['CITIZENSHIP'],
      threshold: THRESHOLD,
      total: 6,
      cells: [cell({ citizenship: 'SY' }, 6)],
    });
    // ...and asking for M1 gets nothing of M1: no cells, and the total of no agreements (0 < 5) is null.
    // None of M1 in M2's scope: a published zero (zero singles out no one).
    expect(await stats(m2, ['CITIZENSHIP'], { municipalityCode: M1 })).toEqual({ groupBy: ['CITIZENSHIP'], threshold: THRESHOLD, total: 0, cells: [] });
    expect(await stats(m2, [], { municipalityCode: M1 })).toEqual({ groupBy: [], threshold: THRESHOLD, total: 0, cells: [] });
    // MUNICIPALITY M1 sees its 9 (7 SY, 2 AF): AF suppressed, SY 7 and the total 9 published.
    expect(await stats(await as('MUNICIPALITY', M1), ['CITIZENSHIP'])).toEqual({
      groupBy: ['CITIZENSHIP'],
      threshold: THRESHOLD,
      total: 9,
      cells: [cell({ citizenship: 'AF' }, null), cell({ citizenship: 'SY' }, 7)],
    });

    // RZI of the province: all 15, with the filter and without it (its scope is the province).
    const rzi = await as('RZI', PROVINCE);
    expect(await stats(rzi, [], { provinceCode: PROVINCE })).toEqual({ groupBy: [], threshold: THRESHOLD, total: 15, cells: [] });
    expect((await stats(rzi, [])).total).toBe(15);
    const byMunicipality = await stats(rzi, ['MUNICIPALITY'], { provinceCode: PROVINCE });
    expect(byMunicipality.cells).toEqual([cell({ municipalityCode: M1 }, 9), cell({ municipalityCode: M2 }, 6)]);
    expect(byMunicipality.total).toBe(15);

    // RZI of another province asking about ours: nothing.
    const otherRzi = await as('RZI', OTHER_PROVINCE);
    expect(await stats(otherRzi, ['CITIZENSHIP'], { provinceCode: PROVINCE })).toEqual({
      groupBy: ['CITIZENSHIP'],
      threshold: THRESHOLD,
      total: 0,
      cells: [],
    });
    expect((await stats(otherRzi, [], { municipalityCode: M1 })).total).toBe(0);

    // Roles without STATS (ASP, ADMIN; also RZOK, AZ, MON per the matrix): FORBIDDEN on the query field.
    for (const role of ['ASP', 'ADMIN', 'RZOK', 'AZ', 'MON'] as const) {
      const res = await ask(await as(role, role === 'RZOK' ? PROVINCE : undefined), ['CITIZENSHIP'], { provinceCode: PROVINCE });
      expect(GraphQLClient.codes(res), role).toEqual(['FORBIDDEN']);
      expect(res.errors![0]!.extensions?.field, role).toBe('Query.agreementStatistics');
      expect(res.errors![0]!.path, role).toEqual(['agreementStatistics']);
      expect(res.data ?? null, role).toBeNull();
    }

    // No token: UNAUTHENTICATED, and no data.
    const anonymous = await ask(hub().anonymous, ['CITIZENSHIP'], { provinceCode: PROVINCE });
    expect(GraphQLClient.codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.errors![0]!.path).toEqual(['agreementStatistics']);
    expect(anonymous.data ?? null).toBeNull();
  });

  it('validates the filter: unknown municipality or province codes, signedFrom after signedTo', async () => {
    const coordinator = await as('COORDINATOR');
    const badMunicipality = await ask(coordinator, ['CITIZENSHIP'], { municipalityCode: 'XXX99' });
    expect(GraphQLClient.codes(badMunicipality)).toEqual(['BAD_USER_INPUT']);
    expect(badMunicipality.errors![0]!.extensions?.field).toBe('filter.municipalityCode');
    expect(badMunicipality.errors![0]!.message).toMatch(/filter\.municipalityCode.*'XXX99'/);

    const badProvince = await ask(coordinator, ['CITIZENSHIP'], { provinceCode: 'XXX' });
    expect(GraphQLClient.codes(badProvince)).toEqual(['BAD_USER_INPUT']);
    expect(badProvince.errors![0]!.extensions?.field).toBe('filter.provinceCode');

    const reversed = await ask(coordinator, ['CITIZENSHIP'], { provinceCode: PROVINCE, signedFrom: '2026-02-01', signedTo: '2026-01-01' });
    expect(GraphQLClient.codes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(reversed.errors![0]!.extensions?.field).toBe('filter.signedTo');
    expect(reversed.errors![0]!.message).toMatch(/signedTo.*before signedFrom/);

    // The same day on both ends is a valid (one-day) period.
    const sameDay = await ask(coordinator, [], { provinceCode: PROVINCE, signedFrom: '2026-01-01', signedTo: '2026-01-01' });
    expect(sameDay.errors).toBeUndefined();
  });

  it('groups by sex, age group, protection kind, status and province: those fields set, the others null, counts consistent', async () => {
    const groupBy: AgreementDimension[] = ['SEX', 'AGE_GROUP', 'PROTECTION_KIND', 'STATUS', 'PROVINCE'];
    const s = await stats(await as('COORDINATOR'), groupBy, { provinceCode: PROVINCE });
    expect(s.groupBy).toEqual(groupBy);
    expect(s.cells.length).toBeGreaterThan(0);
    for (const c of s.cells) {
      for (const [dimension, field] of Object.entries(DIMENSION_FIELD)) {
        if (groupBy.some((g) => g === dimension)) expect(c[field], `${dimension} of ${JSON.stringify(c)}`).not.toBeNull();
        else expect(c[field], `${dimension} of ${JSON.stringify(c)}`).toBeNull();
      }
    }
    expectSafe(s);

    // Exactly: FEMALE/REFUGEE_STATUS 10; MALE/REFUGEE_STATUS 2 (the AF holders) and MALE/HUMANITARIAN_STATUS 3,
    // both under 5: suppressed; the total 15 is published.
    const common = { ageGroup: 'AGE_35_64', status: 'ACTIVE', provinceCode: PROVINCE };
    expect(s.total).toBe(15);
    expect(s.cells).toEqual([
      cell({ sex: 'FEMALE', protectionKind: 'REFUGEE_STATUS', ...common }, 10),
      cell({ sex: 'MALE', protectionKind: 'HUMANITARIAN_STATUS', ...common }, null),
      cell({ sex: 'MALE', protectionKind: 'REFUGEE_STATUS', ...common }, null),
    ]);
  });
});
