import { describe, expect, it } from 'vitest';
import { InstitutionKind, InstitutionsDocument, MunicipalitiesDocument, ProvincesDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();

describe('public reference data', () => {
  it('lists the 28 provinces without a token', async () => {
    const res = await hub().anonymous.request(ProvincesDocument);
    expect(res.errors).toBeUndefined();
    expect(res.data?.provinces).toHaveLength(28);
    expect(res.data?.provinces).toContainEqual({ code: 'SOF', nameBg: 'София (столица)', nameEn: 'Sofia City' });
    expect(res.data?.provinces).toContainEqual({ code: 'SFO', nameBg: 'София (област)', nameEn: 'Sofia Province' });
  });

  it('lists the 265 municipalities, each in the province its code names', async () => {
    const res = await hub().anonymous.request(MunicipalitiesDocument, {});
    expect(res.data?.municipalities).toHaveLength(265);
    for (const m of res.data!.municipalities) expect(m.province.code).toBe(m.code.slice(0, 3));
    expect(res.data?.municipalities).toContainEqual({
      code: 'SOF46',
      nameBg: 'Столична',
      centreEkatte: expect.any(String),
      province: { code: 'SOF', nameEn: 'Sofia City' },
    });
  });

  it('filters municipalities by province', async () => {
    const res = await hub().anonymous.request(MunicipalitiesDocument, { provinceCode: 'BLG' });
    const codes = res.data!.municipalities.map((m) => m.code);
    expect(codes.length).toBe(14);
    expect(codes.every((c) => c.startsWith('BLG'))).toBe(true);
  });

  it('refuses an unknown province code with BAD_USER_INPUT and a message naming it', async () => {
    const res = await hub().anonymous.request(MunicipalitiesDocument, { provinceCode: 'XYZ' });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toContain("Unknown province code 'XYZ'");
  });

  it('holds the institutions: 10 national, RZI, RZOK and GOVERNOR per province, one per municipality, 3 partner organisations', async () => {
    const all = (await hub().anonymous.request(InstitutionsDocument, {})).data!.institutions;
    expect(all).toHaveLength(10 + 3 * 28 + 265 + 3);
    const count = (kind: string) => all.filter((i) => i.kind === kind).length;
    expect(count(InstitutionKind.Rzi)).toBe(28);
    expect(count(InstitutionKind.Rzok)).toBe(28);
    expect(count(InstitutionKind.Governor)).toBe(28);
    expect(count(InstitutionKind.Municipality)).toBe(265);
    // Issue 21.6: the partner organisations the Action Plan names take part in children's cases by referral.
    expect(
      all
        .filter((i) => i.kind === InstitutionKind.Ngo)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['NGO-iom', 'NGO-unhcr', 'NGO-unicef']);
    for (const kind of ['SAR', 'DANS', 'DAZD', 'MVR', 'ASP', 'AZ', 'MON', 'NSORB', 'NKBTH', 'COORDINATOR']) {
      expect(all.filter((i) => i.code === kind && i.kind === kind && i.province === null)).toHaveLength(1);
    }
  });

  it('filters institutions by kind and province, and links a municipality institution to its municipality', async () => {
    const rzi = (await hub().anonymous.request(InstitutionsDocument, { kind: InstitutionKind.Rzi, provinceCode: 'BLG' })).data!;
    expect(rzi.institutions).toEqual([expect.objectContaining({ code: 'RZI-BLG', kind: 'RZI', province: { code: 'BLG' }, municipality: null })]);
    const sofia = (await hub().anonymous.request(InstitutionsDocument, { kind: InstitutionKind.Municipality, provinceCode: 'SOF' })).data!;
    expect(sofia.institutions).toEqual([
      expect.objectContaining({ code: 'MUNICIPALITY-SOF46', nameBg: 'Община Столична', municipality: { code: 'SOF46', nameBg: 'Столична' } }),
    ]);
  });

  it('loads the reference data idempotently: a second seed changes nothing', async () => {
    const { seedReferenceData } = await import('../../src/modules/reference/reference.seed.js');
    await seedReferenceData(hub().orm.em.fork());
    const counts = await hub()
      .orm.em.fork()
      .getConnection()
      .execute(`select (select count(*) from province)::int p, (select count(*) from municipality)::int m, (select count(*) from institution)::int i`);
    expect(counts[0]).toEqual({ p: 28, m: 265, i: 362 });
  });
});
