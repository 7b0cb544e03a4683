import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureServiceDocument,
  ConcludeAgreementDocument,
  FamilyRelation,
  IndicatorFiguresDocument,
  MeasureCountDocument,
  RecordMeasureResultRecordedOnDocument,
  Sex,
  type IndicatorQuery,
  type MeasureArea,
  type MeasureService,
  type MeasureStatus,
  type RegisterBeneficiaryInput,
} from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse } from '../support/client.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { tokenFor } from '../support/principals.js';

// docs/indicators.md through the live API: `indicator(query)` counts distinct persons with a measure of
// the indicator's services that is IN_PROGRESS (recorded on or before `to`) or DONE (recorded within
// [from, to]); children only under 18 on `to`; published by the cell-key method (cell-key.ts), small
// groups suppressed. To check the definitions exactly, the persons of this file have their record keys
// set to 0 (beforeAll): every cell key is then 0, whose deviation is 0 (docs/indicators.md), so each
// figure is the true count, suppressed under the threshold. The perturbation itself is tested with
// random keys in differencing.test.ts.
// The database is shared with the other files of the run: every query is restricted to province VRC
// (Vratsa), which no other test uses. M1 = Vratsa, M2 = Mezdra.
const hub = useTestHub();
// A second hub on the same database with the smallest allowed threshold (2), to see exact small counts.
const hub2 = useTestHub({ env: { SMALL_CELL_THRESHOLD: '2' } });

const PROVINCE = 'VRC';
const M1 = 'VRC10';
const M2 = 'VRC27';
const OTHER_PROVINCE = 'SLS';

const TODAY = todayInSofia();
const day = (n: number) => addDays(TODAY, n);
// Every agreement: decision day −80, served −75, applied −70, forwarded −68, signed −65.
const SIGNED = day(-65);
// The period: 30 to 5 days ago.
const FROM = day(-30);
const TO = day(-5);

const ADULT_35 = '1980-03-15'; // 46 on TO: AGE_35_64
const ADULT_25 = addYears(TO, -25); // exactly 25 on TO: AGE_18_34

let mayors: Record<string, GraphQLClient>;

interface Made {
  holderPlan: string;
  relativePlans: Record<string, string>;
}

/** A concluded agreement in `code`, signed 65 days ago; the plans of the holder and of each named relative. */
async function anAgreement(
  code: string,
  holder: Partial<RegisterBeneficiaryInput>,
  relatives: Record<string, { relation: FamilyRelation; input: Partial<RegisterBeneficiaryInput> }> = {},
): Promise<Made> {
  const dates = { protectionDecisionDate: day(-80), protectionDecisionServedOn: day(-75) };
  const family = await forwardedFamily(hub(), code, {
    holder: { ...dates, ...holder },
    relatives: Object.fromEntries(Object.entries(relatives).map(([k, r]) => [k, { relation: r.relation, input: { ...dates, ...r.input } }])),
    submittedOn: day(-70),
    forwardedOn: day(-68),
  });
  const concluded = await mayors[code]!.request(ConcludeAgreementDocument, {
    input: { applicationId: family.applicationId, familyMemberIds: Object.values(family.relatives), signedOn: SIGNED },
  });
  const agreement = concluded.data?.concludeAgreement;
  if (!agreement) throw new Error(`concludeAgreement failed: ${JSON.stringify(concluded.errors)}`);
  const planOf = (id: string) => {
    const plan = agreement.plans!.find((p) => p.beneficiary?.id === id);
    if (!plan) throw new Error(`no plan for ${id}`);
    return plan.id;
  };
  return {
    holderPlan: planOf(family.holderId),
    relativePlans: Object.fromEntries(Object.entries(family.relatives).map(([k, id]) => [k, planOf(id)])),
  };
}

const INSTITUTION: Record<string, string> = { EMPLOYMENT: 'AZ', EDUCATION: 'MON' };

function addMeasure(client: GraphQLClient, planId: string, area: MeasureArea, service: MeasureService | null) {
  return client.request(AddMeasureServiceDocument, {
    input: { planId, area, service, description: `${area} ${service ?? 'measure'}`, responsibleInstitutionCode: INSTITUTION[area] ?? 'AZ' },
  });
}

/** A measure by the mayor of `code`, with a status recorded on a day (none: left PLANNED as added). */
async function measure(code: string, planId: string, area: MeasureArea, service: MeasureService | null, status?: MeasureStatus, recordedOn?: string) {
  const mayor = mayors[code]!;
  const added = await addMeasure(mayor, planId, area, service);
  if (!added.data?.addMeasure) throw new Error(`addMeasure failed: ${JSON.stringify(added.errors)}`);
  if (added.data.addMeasure.service !== service) throw new Error(`addMeasure stored service ${added.data.addMeasure.service}, not ${service}`);
  if (!status) return;
  const recorded = await mayor.request(RecordMeasureResultRecordedOnDocument, {
    input: { measureId: added.data.addMeasure.id, status, result: `${status} on ${recordedOn}`, recordedOn },
  });
  if (recorded.data?.recordMeasureResult.status !== status) throw new Error(`recordMeasureResult failed: ${JSON.stringify(recorded.errors)}`);
}

const F = { sex: Sex.Female };
const M = { sex: Sex.Male };

// EMPLOYED in M1. Counted (10 persons): FEMALE 5 (all 35–64); MALE 5 (3 × 35–64, 2 × 18–34).
//   F1 DONE on FROM (first day), F2–F5 DONE in the period; M1a IN_PROGRESS recorded before FROM (still
//   employed); M1b two EMPLOYED measures (DONE and IN_PROGRESS, counted once); M1c SELF_EMPLOYED DONE;
//   M1d (25) DONE in the period; M1e (25) DONE on TO (last day).
// Not counted (8 persons): DONE before the period; PLANNED (recorded in the period); area EMPLOYMENT
//   without a service; JOB_COUNSELLING (EMPLOYMENT, not an EMPLOYED service) DONE; DONE after TO;
//   IN_PROGRESS recorded after TO; NOT_DONE in the period; CANCELLED in the period.
// EMPLOYED in M2: 2 MALE persons (35–64), DONE in the period.
// Children in M1 (CHILDREN_IN_EDUCATION): counted A (MALE, 8, SCHOOL IN_PROGRESS), B (FEMALE, 4, KINDERGARTEN
//   DONE), E (FEMALE, 17 on TO, 18 today; SCHOOL IN_PROGRESS); not counted: the holders (adults with SCHOOL
//   DONE), D (18 on TO, SCHOOL DONE in the period), G (10, SCHOOL left PLANNED).
const EMP = 'EMPLOYMENT';
const inPeriod = (n: number) => addDays(FROM, n);
type Job = () => Promise<void>;
const employed =
  (holder: Partial<RegisterBeneficiaryInput>, ...measures: [MeasureService | null, MeasureStatus | undefined, string | undefined][]): Job =>
  async () => {
    const a = await anAgreement(M1, holder);
    for (const [service, status, on] of measures) await measure(M1, a.holderPlan, EMP, service, status, on);
  };

beforeAll(async () => {
  mayors = { [M1]: await registeredMunicipality(hub(), M1), [M2]: await registeredMunicipality(hub(), M2) };
  const jobs: Job[] = [
    // counted
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', FROM]),
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', inPeriod(3)]),
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', inPeriod(8)]),
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', inPeriod(12)]),
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', inPeriod(20)]),
    employed({ ...M, birthDate: ADULT_35 }, ['EMPLOYED', 'IN_PROGRESS', day(-50)]),
    employed({ ...M, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', inPeriod(2)], ['EMPLOYED', 'IN_PROGRESS', inPeriod(10)]),
    employed({ ...M, birthDate: ADULT_35 }, ['SELF_EMPLOYED', 'DONE', inPeriod(5)]),
    employed({ ...M, birthDate: ADULT_25 }, ['EMPLOYED', 'DONE', inPeriod(15)]),
    employed({ ...M, birthDate: ADULT_25 }, ['EMPLOYED', 'DONE', TO]),
    // not counted
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', day(-40)]),
    employed({ ...M, birthDate: ADULT_35 }, ['EMPLOYED', 'PLANNED', inPeriod(4)]),
    employed({ ...F, birthDate: ADULT_35 }, [null, 'DONE', inPeriod(6)]),
    employed({ ...M, birthDate: ADULT_35 }, ['JOB_COUNSELLING', 'DONE', inPeriod(7)]),
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'DONE', day(-2)]),
    employed({ ...M, birthDate: ADULT_35 }, ['EMPLOYED', 'IN_PROGRESS', day(-2)]),
    employed({ ...F, birthDate: ADULT_35 }, ['EMPLOYED', 'NOT_DONE', inPeriod(9)]),
    employed({ ...M, birthDate: ADULT_35 }, ['EMPLOYED', 'CANCELLED', inPeriod(11)]),
    // M2: two employed men
    ...[0, 1].map((i) => async () => {
      const a = await anAgreement(M2, { ...M, birthDate: ADULT_35 });
      await measure(M2, a.holderPlan, EMP, 'EMPLOYED', 'DONE', inPeriod(4 + i));
    }),
    // children in M1
    async () => {
      const a = await anAgreement(
        M1,
        { ...F, birthDate: ADULT_35 },
        {
          a: { relation: FamilyRelation.Child, input: { ...M, birthDate: addYears(TO, -8) } },
          b: { relation: FamilyRelation.Child, input: { ...F, birthDate: addYears(TO, -4) } },
        },
      );
      await measure(M1, a.holderPlan, 'EDUCATION', 'SCHOOL', 'DONE', inPeriod(1));
      await measure(M1, a.relativePlans.a!, 'EDUCATION', 'SCHOOL', 'IN_PROGRESS', inPeriod(2));
      await measure(M1, a.relativePlans.b!, 'EDUCATION', 'KINDERGARTEN', 'DONE', inPeriod(3));
    },
    async () => {
      const a = await anAgreement(
        M1,
        { ...M, birthDate: ADULT_35 },
        {
          d: { relation: FamilyRelation.Child, input: { ...M, birthDate: addYears(addDays(TO, -3), -18) } },
          e: { relation: FamilyRelation.Child, input: { ...F, birthDate: addYears(addDays(TO, 1), -18) } },
          g: { relation: FamilyRelation.Child, input: { ...M, birthDate: addYears(TO, -10) } },
        },
      );
      await measure(M1, a.holderPlan, 'EDUCATION', 'SCHOOL', 'DONE', inPeriod(1));
      await measure(M1, a.relativePlans.d!, 'EDUCATION', 'SCHOOL', 'DONE', inPeriod(2));
      await measure(M1, a.relativePlans.e!, 'EDUCATION', 'SCHOOL', 'IN_PROGRESS', inPeriod(3));
      await measure(M1, a.relativePlans.g!, 'EDUCATION', 'SCHOOL');
    },
  ];
  for (let i = 0; i < jobs.length; i += 6) await Promise.all(jobs.slice(i, i + 6).map((job) => job()));
  // Keys 0 (see the top): this file's persons are those with a plan under an agreement of M1 or M2.
  await hub()
    .orm.em.getConnection()
    .execute(
      `update beneficiary h set record_key = 0 from integration_plan p join agreement a on a.id = p.agreement_id
      where p.beneficiary_id = h.id and a.municipality_code in (?, ?)`,
      [M1, M2],
    );
}, 90_000);

interface Cell {
  citizenship: string | null;
  protectionKind: string | null;
  sex: string | null;
  ageGroup: string | null;
  provinceCode: string | null;
  municipalityCode: string | null;
  service: string | null;
  count: number | null;
  suppressed: boolean;
}
interface Result {
  indicator: string;
  article: string;
  title: string;
  from: string;
  to: string;
  groupBy: string[];
  threshold: number;
  total: number | null;
  csvPath: string;
  cells: Cell[];
}

const as = (role: Role, unit?: string, on = hub) => on().as({ role, unit });

function ask(client: GraphQLClient, query: IndicatorQuery) {
  return client.request(IndicatorFiguresDocument, { query });
}

/** The indicator over the period FROM–TO unless the query names another. */
async function indicator(client: GraphQLClient, query: Omit<IndicatorQuery, 'from' | 'to'> & Partial<Pick<IndicatorQuery, 'from' | 'to'>>): Promise<Result> {
  const res = await ask(client, { from: FROM, to: TO, ...query });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const r = res.data!.indicator;
  // Whatever else holds: a suppressed cell never carries a count, a published one is never small.
  for (const c of r.cells) {
    if (c.suppressed) expect(c.count).toBeNull();
    else expect(c.count).toBeGreaterThanOrEqual(r.threshold);
  }
  // A published total is 0 (no one) or at least the threshold.
  if (r.total !== null && r.total !== 0) expect(r.total).toBeGreaterThanOrEqual(r.threshold);
  return r;
}

const cell = (values: Partial<Cell>, count: number | null): Cell => ({
  citizenship: null,
  protectionKind: null,
  sex: null,
  ageGroup: null,
  provinceCode: null,
  municipalityCode: null,
  service: null,
  ...values,
  count,
  suppressed: count === null,
});

const codes = GraphQLClient.codes;
const fieldOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.field;

describe('indicator (Art. 12): definitions, validation, scope, CSV', () => {
  it('EMPLOYED counts each person once, by the definition: DONE within the period, or IN_PROGRESS by its end', async () => {
    const mayor = await as('MUNICIPALITY', M1);
    const plain = await indicator(mayor, { indicator: 'EMPLOYED', municipalityCode: M1 });
    expect(plain).toMatchObject({ indicator: 'EMPLOYED', article: 'Art. 12(1) p.3', from: FROM, to: TO, groupBy: [], threshold: 5, total: 10, cells: [] });

    // By sex: FEMALE 5, MALE 5, both ≥ 5: nothing suppressed, the total 10 published.
    const bySex = await indicator(mayor, { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX'] });
    expect(bySex.total).toBe(10);
    expect(bySex.cells).toEqual([cell({ sex: 'FEMALE' }, 5), cell({ sex: 'MALE' }, 5)]);

    // By sex and age group: FEMALE/35–64 5 published; MALE/18–34 2 and MALE/35–64 3 suppressed (primary);
    // the two hidden cells hold 5 ≥ 5 persons, so nothing more is hidden and the total 10 is published.
    const bySexAge = await indicator(mayor, { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX', 'AGE_GROUP'] });
    expect(bySexAge.total).toBe(10);
    expect(bySexAge.cells).toEqual([
      cell({ sex: 'FEMALE', ageGroup: 'AGE_35_64' }, 5),
      cell({ sex: 'MALE', ageGroup: 'AGE_18_34' }, null),
      cell({ sex: 'MALE', ageGroup: 'AGE_35_64' }, null),
    ]);

    // By service: EMPLOYED 9, SELF_EMPLOYED 1 → SELF_EMPLOYED suppressed. EMPLOYED stays published: with
    // random keys the total and the cell are perturbed independently, so 10 − 9 names no one
    // (differencing.test.ts); the total 10 is a cell of its own.
    const byService = await indicator(mayor, { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SERVICE'] });
    expect(byService.total).toBe(10);
    expect(byService.cells).toEqual([cell({ service: 'EMPLOYED' }, 9), cell({ service: 'SELF_EMPLOYED' }, null)]);

    // The threshold-2 hub shows the small groups: the counts behind the suppressed cells above.
    const exact = await indicator(await as('MUNICIPALITY', M1, hub2), { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX', 'AGE_GROUP'] });
    expect(exact.threshold).toBe(2);
    expect(exact.total).toBe(10);
    expect(exact.cells).toEqual([
      cell({ sex: 'FEMALE', ageGroup: 'AGE_35_64' }, 5),
      cell({ sex: 'MALE', ageGroup: 'AGE_18_34' }, 2),
      cell({ sex: 'MALE', ageGroup: 'AGE_35_64' }, 3),
    ]);
    const exactService = await indicator(await as('MUNICIPALITY', M1, hub2), { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SERVICE'] });
    // SELF_EMPLOYED 1 < 2 suppressed, EMPLOYED 9 published; the total 10 published.
    expect(exactService.cells).toEqual([cell({ service: 'EMPLOYED' }, 9), cell({ service: 'SELF_EMPLOYED' }, null)]);
    expect(exactService.total).toBe(10);

    // The period's ends matter: one day later (FROM + 1) drops F1 (DONE on FROM); to TO − 1 drops M1e (DONE on TO).
    const narrower = await indicator(await as('MUNICIPALITY', M1, hub2), {
      indicator: 'EMPLOYED',
      municipalityCode: M1,
      from: addDays(FROM, 1),
      to: addDays(TO, -1),
    });
    expect(narrower.total).toBe(8);
    // Up to today: + DONE on day −2 and IN_PROGRESS recorded on day −2 → 12.
    const toToday = await indicator(await as('MUNICIPALITY', M1, hub2), { indicator: 'EMPLOYED', municipalityCode: M1, to: TODAY });
    expect(toToday.total).toBe(12);
  });

  it('CHILDREN_IN_EDUCATION counts only persons under 18 on `to` with KINDERGARTEN/SCHOOL; 3 is small: suppressed, total null', async () => {
    const mayor = await as('MUNICIPALITY', M1);
    // Three children count (A, B, E): fewer than 5, so the total itself is suppressed.
    const plain = await indicator(mayor, { indicator: 'CHILDREN_IN_EDUCATION', municipalityCode: M1 });
    expect(plain).toMatchObject({ indicator: 'CHILDREN_IN_EDUCATION', article: 'Art. 12(1) p.1', groupBy: [], threshold: 5, total: null, cells: [] });
    // By sex: FEMALE 2 (B, E), MALE 1 (A): both under 5, suppressed; the total (3 < 5) null.
    const bySex = await indicator(mayor, { indicator: 'CHILDREN_IN_EDUCATION', municipalityCode: M1, groupBy: ['SEX'] });
    expect(bySex.total).toBeNull();
    expect(bySex.cells).toEqual([cell({ sex: 'FEMALE' }, null), cell({ sex: 'MALE' }, null)]);

    // With threshold 2, the exact count: 3 — not the adult holders with SCHOOL, not D (18 on TO), not G (PLANNED).
    const mayor2 = await as('MUNICIPALITY', M1, hub2);
    expect((await indicator(mayor2, { indicator: 'CHILDREN_IN_EDUCATION', municipalityCode: M1 })).total).toBe(3);
    const byService = await indicator(mayor2, { indicator: 'CHILDREN_IN_EDUCATION', municipalityCode: M1, groupBy: ['SERVICE'] });
    // KINDERGARTEN 1 (B) suppressed; SCHOOL 2 (A, E) published; total 3.
    expect(byService.cells).toEqual([cell({ service: 'KINDERGARTEN' }, null), cell({ service: 'SCHOOL' }, 2)]);
    expect(byService.total).toBe(3);
    // Ages on TO: A 8 (AGE_7_13), B 4 (AGE_0_6), E 17 (AGE_14_17): no AGE_18_* group.
    const byAge = await indicator(mayor2, { indicator: 'CHILDREN_IN_EDUCATION', municipalityCode: M1, groupBy: ['AGE_GROUP'] });
    // (The cells come in text order of the group names, so AGE_14_17 before AGE_7_13: compared as a set.)
    expect(byAge.cells.map((c) => c.ageGroup).sort()).toEqual(['AGE_0_6', 'AGE_14_17', 'AGE_7_13']);
    expect(byAge.cells.every((c) => c.suppressed && c.count === null)).toBe(true); // 1 each < 2
    expect(byAge.total).toBe(3);
    // D was 17 three days before TO: counted over a period ending the day before (A, B, D and E).
    expect((await indicator(mayor2, { indicator: 'CHILDREN_IN_EDUCATION', municipalityCode: M1, to: addDays(TO, -4) })).total).toBe(4);
    // The adults' SCHOOL measures are not an indicator of theirs: HIGHER_EDUCATION has none.
    expect((await indicator(mayor2, { indicator: 'HIGHER_EDUCATION', municipalityCode: M1 })).total).toBe(0);
  });

  it('validates: a service of another area, `to` before `from`, unknown codes and dates → BAD_USER_INPUT', async () => {
    // addMeasure: EMPLOYED is an EMPLOYMENT service, not EDUCATION's; nothing is stored.
    const a = await anAgreement(M2, { ...F, birthDate: ADULT_35 });
    const wrong = await addMeasure(mayors[M2]!, a.holderPlan, 'EDUCATION', 'EMPLOYED');
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(fieldOf(wrong)).toBe('service');
    expect(wrong.errors![0]!.message).toMatch(/service.*EMPLOYED.*EMPLOYMENT/);
    expect(wrong.data ?? null).toBeNull();
    const planMeasures = await mayors[M2]!.request(MeasureCountDocument, { filter: { planId: a.holderPlan } });
    expect(planMeasures.errors).toBeUndefined();
    expect(planMeasures.data!.measures.totalCount).toBe(0);
    // The right area for the service is accepted.
    const right = await addMeasure(mayors[M2]!, a.holderPlan, 'EDUCATION', 'SCHOOL');
    expect(right.errors).toBeUndefined();
    expect(right.data!.addMeasure).toMatchObject({ area: 'EDUCATION', service: 'SCHOOL', status: 'PLANNED' });

    const coordinator = await as('COORDINATOR');
    const reversed = await ask(coordinator, { indicator: 'EMPLOYED', from: TO, to: FROM, provinceCode: PROVINCE });
    expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(fieldOf(reversed)).toBe('to');
    expect(reversed.data ?? null).toBeNull();
    // One day is a valid period.
    expect((await ask(coordinator, { indicator: 'EMPLOYED', from: FROM, to: FROM, provinceCode: PROVINCE })).errors).toBeUndefined();

    const badMunicipality = await ask(coordinator, { indicator: 'EMPLOYED', from: FROM, to: TO, municipalityCode: 'VRC99' });
    expect(codes(badMunicipality)).toEqual(['BAD_USER_INPUT']);
    expect(fieldOf(badMunicipality)).toBe('municipalityCode');
    expect(badMunicipality.errors![0]!.message).toMatch(/'VRC99'/);

    const badProvince = await ask(coordinator, { indicator: 'EMPLOYED', from: FROM, to: TO, provinceCode: 'XXX' });
    expect(codes(badProvince)).toEqual(['BAD_USER_INPUT']);

    const badDate = await ask(coordinator, { indicator: 'EMPLOYED', from: '2026-02-30', to: TO, provinceCode: PROVINCE });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
  });

  it('scopes: another municipality gets none of M1, RZI its province, national bodies the country; ASP and others FORBIDDEN', async () => {
    // MUNICIPALITY M2 asking for M1: nothing of M1 — no rows, total 0 < threshold → null (both thresholds).
    const m2 = await as('MUNICIPALITY', M2);
    expect(await indicator(m2, { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX'] })).toMatchObject({ total: 0, cells: [] });
    const m2exact = await as('MUNICIPALITY', M2, hub2);
    expect(await indicator(m2exact, { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX'] })).toMatchObject({ total: 0, cells: [] });
    // ...and over the whole province only its own 2 (not M1's 10).
    expect(await indicator(m2exact, { indicator: 'EMPLOYED', provinceCode: PROVINCE, groupBy: ['MUNICIPALITY'] })).toMatchObject({
      total: 2,
      cells: [cell({ municipalityCode: M2 }, 2)],
    });

    // RZI of VRC: the province, 12 (M1 10, M2 2): M2 suppressed, M1 published; the total published.
    const rzi = await as('RZI', PROVINCE);
    const byMunicipality = await indicator(rzi, { indicator: 'EMPLOYED', provinceCode: PROVINCE, groupBy: ['MUNICIPALITY'] });
    expect(byMunicipality.total).toBe(12);
    expect(byMunicipality.cells).toEqual([cell({ municipalityCode: M1 }, 10), cell({ municipalityCode: M2 }, null)]);
    expect((await indicator(rzi, { indicator: 'EMPLOYED' })).total).toBe(12); // its scope is the province
    expect((await indicator(rzi, { indicator: 'EMPLOYED', municipalityCode: M1 })).total).toBe(10);
    const byProvince = await indicator(rzi, { indicator: 'EMPLOYED', provinceCode: PROVINCE, groupBy: ['PROVINCE'] });
    expect(byProvince.cells).toEqual([cell({ provinceCode: PROVINCE }, 12)]);

    // RZI of another province: nothing of VRC.
    const otherRzi = await as('RZI', OTHER_PROVINCE);
    expect(await indicator(otherRzi, { indicator: 'EMPLOYED', provinceCode: PROVINCE, groupBy: ['SEX'] })).toMatchObject({ total: 0, cells: [] });

    // A national body: the same 12 in VRC; by sex FEMALE 5, MALE 7.
    const national = await indicator(await as('COORDINATOR'), { indicator: 'EMPLOYED', provinceCode: PROVINCE, groupBy: ['SEX'] });
    expect(national.total).toBe(12);
    expect(national.cells).toEqual([cell({ sex: 'FEMALE' }, 5), cell({ sex: 'MALE' }, 7)]);

    // No STATS in the matrix: FORBIDDEN, no data.
    for (const role of ['ASP', 'AZ', 'MON', 'RZOK', 'ADMIN'] as const) {
      const res = await ask(await as(role, role === 'RZOK' ? PROVINCE : undefined), { indicator: 'EMPLOYED', from: FROM, to: TO, provinceCode: PROVINCE });
      expect(codes(res), role).toEqual(['FORBIDDEN']);
      expect(res.data ?? null, role).toBeNull();
    }
    const anonymous = await ask(hub().anonymous, { indicator: 'EMPLOYED', from: FROM, to: TO, provinceCode: PROVINCE });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data ?? null).toBeNull();
  });

  it('CSV: the same cells as GraphQL, English or Bulgarian headers, BOM, Total row; 401, 403, 400', async () => {
    const spec = { role: 'MUNICIPALITY' as const, unit: M1 };
    const token = await tokenFor(hub().config, spec);
    const get = async (path: string, bearer: string | null = token) => {
      const res = await fetch(`${hub().url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
      const bytes = Buffer.from(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type') ?? '', bytes, text: bytes.toString('utf8') };
    };

    const bySex = await indicator(await as('MUNICIPALITY', M1), { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX'] });
    expect(bySex.csvPath).toBe(`/reports/indicator.csv?indicator=EMPLOYED&from=${FROM}&to=${TO}&groupBy=SEX&municipalityCode=${M1}`);
    const csv = await get(bySex.csvPath);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toBe('\uFEFFSex,Persons\r\nFEMALE,5\r\nMALE,5\r\nTotal,10\r\n');
    // Row by row, the GraphQL cells.
    const rows = csv.text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(rows.slice(1, -1)).toEqual(bySex.cells.map((c) => [c.sex, String(c.count)]));
    expect(rows.at(-1)).toEqual(['Total', String(bySex.total)]);

    // Suppressed cells, Bulgarian headers.
    const bySexAge = await indicator(await as('MUNICIPALITY', M1), { indicator: 'EMPLOYED', municipalityCode: M1, groupBy: ['SEX', 'AGE_GROUP'] });
    const en = await get(bySexAge.csvPath);
    expect(en.status).toBe(200);
    expect(en.text).toBe('\uFEFFSex,Age group,Persons\r\nFEMALE,AGE_35_64,5\r\nMALE,AGE_18_34,suppressed\r\nMALE,AGE_35_64,suppressed\r\nTotal,,10\r\n');
    const bg = await get(`${bySexAge.csvPath}&lang=bg`);
    expect(bg.status).toBe(200);
    expect(bg.type).toMatch(/^text\/csv/);
    expect([...bg.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bg.text).toBe('\uFEFFПол,Възрастова група,Брой лица\r\nFEMALE,AGE_35_64,5\r\nMALE,AGE_18_34,скрито\r\nMALE,AGE_35_64,скрито\r\nОбщо,,10\r\n');
    const bgSex = await get(`${bySex.csvPath}&lang=bg`);
    expect(bgSex.text.split('\r\n')[0]).toBe('\uFEFFПол,Брой лица');
    // Bulgarian service names; the total suppressed when small (children: 3).
    const children = await get(`/reports/indicator.csv?indicator=CHILDREN_IN_EDUCATION&from=${FROM}&to=${TO}&groupBy=SERVICE&municipalityCode=${M1}&lang=bg`);
    expect(children.status).toBe(200);
    expect(children.text).toBe('\uFEFFВид услуга или достъп,Брой лица\r\nДетска градина,скрито\r\nУчилище,скрито\r\nОбщо,скрито\r\n');

    // Scope: M2's token for M1's figures: only the suppressed total.
    const m2csv = await get(bySex.csvPath, await tokenFor(hub().config, { role: 'MUNICIPALITY', unit: M2 }));
    expect(m2csv.status).toBe(200);
    expect(m2csv.text).toBe('\uFEFFSex,Persons\r\nTotal,0\r\n');

    expect((await get(bySex.csvPath, null)).status).toBe(401);
    expect((await get(bySex.csvPath, 'not-a-token')).status).toBe(401);
    const asp = await get(bySex.csvPath, await tokenFor(hub().config, { role: 'ASP' }));
    expect(asp.status).toBe(403);
    expect(asp.text).not.toMatch(/FEMALE|Persons/);
    const badIndicator = await get(`/reports/indicator.csv?indicator=NOPE&from=${FROM}&to=${TO}&municipalityCode=${M1}`);
    expect(badIndicator.status).toBe(400);
    expect(JSON.parse(badIndicator.text).errors[0].extensions.field).toBe('indicator');
    expect((await get(`/reports/indicator.csv?indicator=EMPLOYED&from=${FROM}&to=${TO}&groupBy=NOPE&municipalityCode=${M1}`)).status).toBe(400);
    expect((await get(`/reports/indicator.csv?indicator=EMPLOYED&from=${TO}&to=${FROM}&municipalityCode=${M1}`)).status).toBe(400);
    expect((await get(`/reports/indicator.csv?indicator=EMPLOYED&from=${FROM}&to=${TO}&municipalityCode=VRC99`)).status).toBe(400);
  });

  it('monthly register CSV: national bodies only; a row for each applied municipality; month validated', async () => {
    const month = TODAY.slice(0, 7);
    const get = async (path: string, spec: { role: Role; unit?: string }) => {
      const res = await fetch(`${hub().url}${path}`, { headers: { authorization: `Bearer ${await tokenFor(hub().config, spec)}` } });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: Buffer.from(await res.arrayBuffer()).toString('utf8') };
    };
    const csv = await get(`/reports/monthly-register.csv?month=${month}`, { role: 'NSORB' });
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFMunicipality,Registered,Concluded in the month,Active at its end,Terminated in the month');
    // M1 and M2 registered this month; their agreements were all signed 65 days ago: none concluded or
    // terminated this month (real zeros); the active count (M1: 20 agreements, M2: 3) is published or
    // suppressed depending on the other municipalities of the run, never a small number.
    for (const code of [M1, M2]) {
      const row = lines.find((l) => l.startsWith(`${code},`));
      expect(row, code).toBeDefined();
      const [, registered, concluded, active, terminated] = row!.split(',');
      expect([registered, concluded, terminated], code).toEqual(['yes', '0', '0']);
      expect(active === 'suppressed' || Number(active) >= 5, `${code} active ${active}`).toBe(true);
    }
    expect(lines.at(-2)).toMatch(/^Total,,/);
    expect(lines.at(-1)).toBe('');
    const bg = await get(`/reports/monthly-register.csv?month=${month}&lang=bg`, { role: 'NSORB' });
    expect(bg.status).toBe(200);
    expect(bg.text.split('\r\n')[0]).toBe('\uFEFFОбщина,Вписана в регистъра,Сключени през месеца,Действащи в края на месеца,Прекратени през месеца');

    expect((await get(`/reports/monthly-register.csv?month=${month}`, { role: 'MUNICIPALITY', unit: M1 })).status).toBe(403);
    expect((await get(`/reports/monthly-register.csv?month=${month}`, { role: 'RZI', unit: PROVINCE })).status).toBe(403);
    expect((await get(`/reports/monthly-register.csv?month=${month}`, { role: 'ASP' })).status).toBe(403);
    expect((await get('/reports/monthly-register.csv?month=x', { role: 'NSORB' })).status).toBe(400);
    expect((await get('/reports/monthly-register.csv?month=2026-13', { role: 'NSORB' })).status).toBe(400);
    const noToken = await fetch(`${hub().url}/reports/monthly-register.csv?month=${month}`);
    expect(noToken.status).toBe(401);
  });
});
