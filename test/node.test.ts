import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NodeDocument } from './gql/graphql.js';
import { GraphQLClient } from './support/client.js';
import { concludedAgreement, registeredMunicipality } from './support/flows.js';
import { useTestHub } from './support/hub.js';

const hub = useTestHub();

describe('node(id)', () => {
  it('finds any object in scope by its id, typed; outside the scope or unknown it is NOT_FOUND', async () => {
    const { mayor, agreement, family } = await concludedAgreement(hub(), 'MON24');
    const found = await mayor.request(NodeDocument, { id: agreement.id });
    expect(found.data?.node).toEqual({ __typename: 'Agreement', id: agreement.id, status: 'ACTIVE' });
    const person = await mayor.request(NodeDocument, { id: family.holderId });
    expect(person.data?.node).toMatchObject({ __typename: 'Beneficiary', id: family.holderId });

    const other = await registeredMunicipality(hub(), 'MON26');
    expect(GraphQLClient.codes(await other.request(NodeDocument, { id: agreement.id }))).toEqual(['NOT_FOUND']);
    expect(GraphQLClient.codes(await other.request(NodeDocument, { id: family.holderId }))).toEqual(['NOT_FOUND']);
    expect(GraphQLClient.codes(await mayor.request(NodeDocument, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    expect(GraphQLClient.codes(await hub().anonymous.request(NodeDocument, { id: agreement.id }))).toEqual(['UNAUTHENTICATED']);
  });
});
