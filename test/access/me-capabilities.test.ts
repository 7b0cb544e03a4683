import { describe, expect, it } from 'vitest';
import { MeCapabilitiesDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

// `me.reads` and `me.acts` tell a client (the console) what to offer a role: they must say what the
// API then allows, no more (an offer the API refuses) and no less (an act the role cannot find).

const hub = useTestHub();

describe('me: what the policy lets the caller read and do', () => {
  it('tells the municipality it may conclude and terminate agreements, and RZI that it may not', async () => {
    const mayor = (await (await hub().as({ role: 'MUNICIPALITY', unit: 'SOF46' })).request(MeCapabilitiesDocument)).data!.me;
    expect(mayor.acts).toEqual(expect.arrayContaining(['concludeAgreement', 'terminateAgreement', 'addMeasure', 'acknowledgeNotification']));
    expect(mayor.acts).not.toContain('reportOffence');
    expect(mayor.reads).toEqual(expect.arrayContaining(['AGREEMENT', 'PLAN', 'HEALTH']));
    expect(mayor.reads).not.toContain('SECURITY');

    const rzi = (await (await hub().as({ role: 'RZI', unit: 'BLG' })).request(MeCapabilitiesDocument)).data!.me;
    expect(rzi.acts).not.toContain('concludeAgreement');
    expect(rzi.acts).toContain('addMeasure');
    expect(rzi.reads).toContain('HEALTH');
    expect(rzi.reads).not.toContain('PLAN');
    // The areas of a child's case: RZI the health side, so not whether the child is missing.
    expect(rzi.caseAreas).toEqual(['HEALTH']);
    expect(mayor.caseAreas).toContain('MISSING');
  });

  it('gives ADMIN the access log and no personal data; gives an anonymous caller nothing', async () => {
    const admin = (await (await hub().as({ role: 'ADMIN' })).request(MeCapabilitiesDocument)).data!.me;
    expect(admin.reads).toContain('AUDIT');
    expect(admin.reads).not.toContain('IDENTITY');
    expect(admin.acts).not.toContain('concludeAgreement');

    const anonymous = await hub().anonymous.request(MeCapabilitiesDocument);
    expect(GraphQLClient.codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
