import { describe, expect, it } from 'vitest';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import { AgreementsDocument, AgreementStatus, ProtectionKind } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const today = todayInSofia();

describe('listing agreements', () => {
  it('filters by province, citizenship, protection kind and signing dates, and pages in a stable order', async () => {
    const made = [
      await concludedAgreement(hub(), 'VID15', {
        holder: { citizenship: 'AF' },
        submittedOn: addDays(today, -4),
        forwardedOn: addDays(today, -3),
        signedOn: addDays(today, -2),
      }),
      await concludedAgreement(hub(), 'VID16', { holder: { citizenship: 'AF', protectionKind: ProtectionKind.HumanitarianStatus } }),
      await concludedAgreement(hub(), 'VID22', { holder: { citizenship: 'IQ' } }),
    ];
    const sar = await hub().as({ role: 'SAR' });
    const ids = async (filter: Parameters<typeof sar.request<unknown, unknown>>[1]) => {
      const res = await sar.request(AgreementsDocument, { filter: { provinceCode: 'VID', ...(filter as object) }, first: 100 });
      expect(res.errors).toBeUndefined();
      return res.data!.agreements.edges.map((e) => e.node.id).filter((id) => made.some((m) => m.agreement.id === id));
    };
    const [af, afHumanitarian, iq] = made.map((m) => m.agreement.id);
    expect((await ids({})).sort()).toEqual([af, afHumanitarian, iq].sort());
    expect((await ids({ citizenship: 'AF' })).sort()).toEqual([af, afHumanitarian].sort());
    expect(await ids({ citizenship: 'AF', protectionKind: ProtectionKind.HumanitarianStatus })).toEqual([afHumanitarian]);
    expect(await ids({ signedTo: addDays(today, -1) })).toEqual([af]);
    expect((await ids({ signedFrom: today })).sort()).toEqual([afHumanitarian, iq].sort());
    // Newest signing first; ties broken by id, so pages never repeat or skip a row.
    const page1 = await sar.request(AgreementsDocument, { filter: { provinceCode: 'VID' }, first: 1 });
    const page2 = await sar.request(AgreementsDocument, { filter: { provinceCode: 'VID' }, first: 100, after: page1.data!.agreements.pageInfo.endCursor });
    const all = await sar.request(AgreementsDocument, { filter: { provinceCode: 'VID' }, first: 100 });
    expect([...page1.data!.agreements.edges, ...page2.data!.agreements.edges].map((e) => e.node.id)).toEqual(all.data!.agreements.edges.map((e) => e.node.id));
    const dates = all.data!.agreements.edges.map((e) => e.node.signedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages one row at a time through a municipality, by status and signing dates, as one page gives them', async () => {
    const signed = [-3, -2, -2, 0].map((d) => addDays(today, d));
    for (const signedOn of signed) {
      await concludedAgreement(hub(), 'VID03', { submittedOn: addDays(signedOn, -2), forwardedOn: addDays(signedOn, -1), signedOn });
    }
    const sar = await hub().as({ role: 'SAR' });
    const filter = { municipalityCode: 'VID03', status: AgreementStatus.Active, signedFrom: addDays(today, -2), signedTo: today };
    const all = await sar.request(AgreementsDocument, { filter, first: 100 });
    const ids = all.data!.agreements.edges.map((e) => e.node.id);
    expect(all.data!.agreements.edges.map((e) => e.node.signedOn)).toEqual([signed[3], signed[1], signed[2]]);
    const paged: string[] = [];
    let after: string | null | undefined;
    // At most one page more than rows: a cursor that repeats rows must not loop for ever.
    for (let pages = 0; pages <= ids.length && (pages === 0 || after); pages++) {
      const page = await sar.request(AgreementsDocument, { filter, first: 1, after });
      expect(page.errors).toBeUndefined();
      paged.push(...page.data!.agreements.edges.map((e) => e.node.id));
      after = page.data!.agreements.pageInfo.hasNextPage ? page.data!.agreements.pageInfo.endCursor : undefined;
    }
    expect(paged).toEqual(ids);
    const older = await sar.request(AgreementsDocument, { filter: { ...filter, signedTo: addDays(today, -1) }, first: 100 });
    expect(older.data!.agreements.edges.map((e) => e.node.id)).toEqual(ids.slice(1));
  });

  it('refuses an unknown province or municipality code with BAD_USER_INPUT naming the filter', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const res = await sar.request(AgreementsDocument, { filter: { provinceCode: 'XXX' } });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('provinceCode');
  });

  it('gives a municipality only its own rows, whatever the filter asks for', async () => {
    await concludedAgreement(hub(), 'VID25');
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'VID33' });
    const res = await mayor.request(AgreementsDocument, { filter: { municipalityCode: 'VID25' } });
    expect(res.data?.agreements).toMatchObject({ totalCount: 0, edges: [] });
    const sar = await hub().as({ role: 'SAR' });
    const seen = await sar.request(AgreementsDocument, { filter: { municipalityCode: 'VID25' } });
    expect(seen.data?.agreements.totalCount).toBeGreaterThan(0);
  });
});
