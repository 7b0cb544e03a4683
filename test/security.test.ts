import { beforeAll, describe, expect, it } from 'vitest';
import { RecordSecurityAssessmentDocument, SecurityAssessmentCountDocument, SecurityAssessmentRiskLevelsDocument } from './gql/graphql.js';
import { GraphQLClient } from './support/client.js';
import { concludedAgreement, forwardedFamily, registeredMunicipality } from './support/flows.js';
import { useTestHub } from './support/hub.js';

// Art. 2, 26: DANS identifies national-security risks; SECURITY data is DANS's alone (docs/policy.md, DANS).
const hub = useTestHub();
const MUNICIPALITY = 'SFO09';
const UNSIGNED = 'SFO10';
let holderId: string;
let withoutAgreement: string;

beforeAll(async () => {
  const { family } = await concludedAgreement(hub(), MUNICIPALITY);
  holderId = family.holderId;
  // Forwarded to the municipality but with no agreement yet: outside DANS's scope.
  await registeredMunicipality(hub(), UNSIGNED);
  withoutAgreement = (await forwardedFamily(hub(), UNSIGNED)).holderId;
}, 60_000);

describe('security assessments (SECURITY)', () => {
  it('DANS records an assessment of a beneficiary with an agreement and finds it again', async () => {
    const dans = await hub().as({ role: 'DANS', sub: 'officer-7' });
    const res = await dans.request(RecordSecurityAssessmentDocument, {
      input: { beneficiaryId: holderId, riskLevel: 'LOW', summary: 'Contacts reviewed.', reference: 'D-1' },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toMatchObject({
      recordSecurityAssessment: { riskLevel: 'LOW', summary: 'Contacts reviewed.', assessedBy: 'officer-7', beneficiary: { id: holderId } },
    });
    const list = await dans.request(SecurityAssessmentRiskLevelsDocument, { filter: { beneficiaryId: holderId } });
    expect(list.data).toMatchObject({ securityAssessments: { totalCount: 1, edges: [{ node: { riskLevel: 'LOW' } }] } });
  });

  it('refuses a beneficiary outside its scope (no agreement) as NOT_FOUND, and writes nothing', async () => {
    const dans = await hub().as({ role: 'DANS' });
    const res = await dans.request(RecordSecurityAssessmentDocument, { input: { beneficiaryId: withoutAgreement, riskLevel: 'HIGH', summary: 'x' } });
    expect(GraphQLClient.codes(res)).toEqual(['NOT_FOUND']);
    const list = await dans.request(SecurityAssessmentCountDocument, { filter: { beneficiaryId: withoutAgreement } });
    expect(list.data).toEqual({ securityAssessments: { totalCount: 0 } });
  });

  it('is DANS data only: every other role is refused the mutation and the query', async () => {
    for (const [role, unit] of [['SAR'], ['MUNICIPALITY', MUNICIPALITY], ['MVR'], ['DAZD'], ['COORDINATOR']] as const) {
      const client = await hub().as({ role, unit });
      const write = await client.request(RecordSecurityAssessmentDocument, { input: { beneficiaryId: holderId, riskLevel: 'HIGH', summary: 'x' } });
      expect(GraphQLClient.codes(write), role).toEqual(['FORBIDDEN']);
      const read = await client.request(SecurityAssessmentCountDocument);
      expect(GraphQLClient.codes(read), role).toEqual(['FORBIDDEN']);
    }
  });

  it('rejects an empty summary with BAD_USER_INPUT naming the field', async () => {
    const dans = await hub().as({ role: 'DANS' });
    const res = await dans.request(RecordSecurityAssessmentDocument, { input: { beneficiaryId: holderId, riskLevel: 'LOW', summary: '  ' } });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.errors)).toContain('summary');
  });
});
