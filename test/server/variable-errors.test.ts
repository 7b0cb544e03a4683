import { describe, expect, it } from 'vitest';
import { ForwardApplicationDocument } from '../gql/graphql.js';
import { useTestHub } from '../support/hub.js';

// A value GraphQL itself refuses (a variable of the wrong form, a required one missing) is refused before
// any resolver, in graphql-js's English. The API gives it what its own refusals have: the field it names
// (extensions.field) and a Bulgarian message (extensions.messageBg), so that a form shows it beside the field.

const hub = useTestHub();

describe('refused variables', () => {
  it('names the field of a value of the wrong form, with a Bulgarian message', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const answer = await sar.request(ForwardApplicationDocument, {
      applicationId: '00000000-0000-4000-8000-000000000001',
      municipalityCode: 'SOF46',
      forwardedOn: '31.12.2026',
    });
    expect(answer.status).toBe(400);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.message).toMatch(/^Variable "\$forwardedOn" got invalid value "31.12.2026"/);
    expect(answer.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'forwardedOn',
      messageBg: expect.stringContaining('невалидна стойност'),
    });
  });

  it('names a required variable or input field left out', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const answer = await sar.request(ForwardApplicationDocument, { applicationId: '00000000-0000-4000-8000-000000000001' } as never);
    expect(answer.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalityCode',
      messageBg: 'municipalityCode: задължително поле.',
    });

    // Inline, as the raw input this file is about: the input object lacks its required fields.
    const nested = await sar.request('mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { id } }', {
      input: { givenNameLatin: 'A' },
    });
    expect(nested.status).toBe(400);
    expect(nested.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageBg: expect.stringMatching(/: задължително поле\.$/) });
    expect(typeof nested.errors![0]!.extensions!.field).toBe('string');
  });
});
