import { describe, expect, it } from 'vitest';
import {
  AgreementsDocument,
  AgreementStatusAndHolderDocument,
  AgreementStatusDocument,
  AgreementTermAndPartiesDocument,
  AgreementTerminationDocument,
  TerminateAgreementDocument,
  TerminationGround,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// docs/policy.md, "Roles", agreements: RZI/RZOK its province, status and term only; MVR all, status,
// term, termination; COORDINATOR all, no personal data; DANS all.
const hub = useTestHub();

describe("each institution's share of an agreement", () => {
  it('RZI of the province: status and term and the parties’ identity; not the rest; another province NOT_FOUND', async () => {
    const { agreement } = await concludedAgreement(hub(), 'LOV38');
    const rzi = await hub().as({ role: 'RZI', unit: 'LOV' });
    const res = await rzi.request(AgreementTermAndPartiesDocument, { id: agreement.id });
    expect(res.data).toMatchObject({
      agreement: {
        id: agreement.id,
        status: 'ACTIVE',
        endsOn: agreement.endsOn,
        version: 1,
        terminationGround: null,
        members: null,
        holder: { lnch: expect.any(String) },
      },
    });
    expect(res.errors?.map((e) => e.extensions?.field).sort()).toEqual(['Agreement.members', 'Agreement.terminationGround']);
    const elsewhere = await hub().as({ role: 'RZI', unit: 'VID' });
    expect(GraphQLClient.codes(await elsewhere.request(AgreementStatusDocument, { id: agreement.id }))).toEqual(['NOT_FOUND']);
  });

  it('MVR: status, term and the ground of an early termination, for every municipality', async () => {
    const { mayor, agreement } = await concludedAgreement(hub(), 'LOV36');
    await mayor.request(TerminateAgreementDocument, { input: { agreementId: agreement.id, version: 1, ground: TerminationGround.LeftMunicipality } });
    const mvr = await hub().as({ role: 'MVR' });
    const res = await mvr.request(AgreementTerminationDocument, { id: agreement.id });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ agreement: { status: 'TERMINATED', terminationGround: 'LEFT_MUNICIPALITY', terminationArticle: 'Art. 31(1) p.3' } });
  });

  it('COORDINATOR: every agreement, no personal data — the holder is refused, and so is filtering by citizenship', async () => {
    const { agreement } = await concludedAgreement(hub(), 'LOV34');
    const coordinator = await hub().as({ role: 'COORDINATOR' });
    const res = await coordinator.request(AgreementStatusAndHolderDocument, { id: agreement.id });
    expect(res.data).toEqual({ agreement: { status: 'ACTIVE', holder: null } });
    expect(res.errors?.map((e) => e.extensions?.field)).toEqual(['Agreement.holder']);
    const filtered = await coordinator.request(AgreementsDocument, { filter: { citizenship: 'SY' } });
    expect(GraphQLClient.codes(filtered)).toEqual(['FORBIDDEN']);
    expect(filtered.errors?.[0]?.extensions?.field).toBe('filter.citizenship');
    const byProvince = await coordinator.request(AgreementsDocument, { filter: { provinceCode: 'LOV' } });
    expect(byProvince.data?.agreements.totalCount).toBeGreaterThan(0);
  });
});
