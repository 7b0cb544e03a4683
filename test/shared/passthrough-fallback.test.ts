import { afterEach, expect, it } from 'vitest';
import { jsonTypeOf, type JsonType } from '../../src/read/types.js';
import { ConcludeAgreementDocument } from '../gql/graphql.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { metricValue } from '../support/metrics.js';

// The passthrough's statement is the compiler's (src/read/json-text.ts). Where PostgreSQL rejects
// it, a fault to fix, the request is answered by the direct path and the fault logged: the client gets
// its data, not an error (docs/read-paths.md). Here the compiler is made to write a column that does
// not exist, by the SQL form of `status`; the database is real. Only this file uses SHU19.
const hub = useTestHub({ env: { READ_PATH: 'passthrough' } });

const text = jsonTypeOf('Agreement')!.text as Record<string, NonNullable<JsonType['text']>[string]>;
const status = text.status!;
afterEach(() => {
  text.status = status;
});

const answered = (path: string) => metricValue(hub(), `hub_graphql_reads_answered_total{path="${path}"}`);

it('a statement PostgreSQL rejects is answered by the direct path, with the same data', async () => {
  const mayor = await registeredMunicipality(hub(), 'SHU19');
  const family = await forwardedFamily(hub(), 'SHU19', { holder: { birthDate: '1980-02-02', givenNameLatin: 'Fallback' } });
  const concluded = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [] } });
  const id = concluded.data!.concludeAgreement.id;
  // Inline: the second request sends the same text with a space, to be planned and compiled anew.
  const query = `query($id: ID!) { agreement(id: $id) { id status holder { id } } }`;

  const before = { passthrough: await answered('passthrough'), direct: await answered('direct') };
  const good = await mayor.request(query, { id });
  expect(good.errors).toBeUndefined();
  expect(await answered('passthrough')).toBe(before.passthrough + 1);

  text.status = () => 'no_such_column';
  // Another text, so that the operation is planned and compiled anew.
  const broken = await mayor.request(`${query} `, { id });
  expect(broken.errors).toBeUndefined();
  expect(broken.data).toEqual(good.data);
  expect(await answered('direct')).toBe(before.direct + 1);
});
