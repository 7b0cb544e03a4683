import { expect, it } from 'vitest';
import { ConcludeAgreementDocument } from '../gql/graphql.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { metricValue } from '../support/metrics.js';

// The server's HTTP handler (src/server/graphql-http.ts) sends a page whose rows PostgreSQL wrote as
// parts: the rows' UTF-8 bytes as read, the page's wrapper between them; under 16 KB joined into one
// write, above it part by part. Here a page above it, with Cyrillic in every row (the municipality's
// name) and in the holders' names, over real HTTP: whole, its length declared, the same JSON as the
// walk's (READ_PATH=direct). Only this file uses PDV15.
const hub = useTestHub({ env: { READ_PATH: 'passthrough' } });
const direct = useTestHub({ env: { READ_PATH: 'direct' } });

it('a page above 16 KB, written part by part, arrives whole: its bytes, its length, its JSON', async () => {
  const mayor = await registeredMunicipality(hub(), 'PDV15');
  for (let i = 0; i < 20; i++) {
    const family = await forwardedFamily(hub(), 'PDV15', { holder: { birthDate: '1980-02-02', givenNameLatin: `Part${i}`, givenNameCyrillic: `Част${i}` } });
    const concluded = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [] } });
    expect(concluded.errors).toBeUndefined();
  }
  // Fields of the agreement and of its holder, the holder four times under aliases: 20 rows over 16 KB
  // (inline: the same text goes as a raw HTTP body, then to the direct hub).
  const fields = 'id status signedOn endsOn terminatedOn municipality { code nameBg } holder { id lnch givenNameLatin familyNameLatin givenNameCyrillic }';
  const query = `{ agreements(first: 20, filter: { municipalityCode: "PDV15" }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} again: holder { ${'id lnch givenNameLatin familyNameLatin givenNameCyrillic'} } thrice: holder { id lnch givenNameCyrillic } fourth: holder { id lnch givenNameCyrillic } } } } }`;
  const before = await metricValue(hub(), 'hub_graphql_reads_answered_total{path="passthrough"}');
  const res = await fetch(`${hub().url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${mayor.token}` },
    body: JSON.stringify({ query }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(res.status).toBe(200);
  expect(await metricValue(hub(), 'hub_graphql_reads_answered_total{path="passthrough"}')).toBe(before + 1);
  expect(bytes.length).toBeGreaterThan(16 * 1024);
  expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
  expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
  const body = JSON.parse(bytes.toString('utf8')) as {
    data: { agreements: { totalCount: number; edges: { node: { municipality: { nameBg: string }; holder: { givenNameCyrillic: string } } }[] } };
  };
  expect(body.data.agreements.totalCount).toBe(20);
  expect(body.data.agreements.edges).toHaveLength(20);
  expect(body.data.agreements.edges.map((e) => e.node.holder.givenNameCyrillic).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Част${i}`).sort());
  expect(new Set(body.data.agreements.edges.map((e) => e.node.municipality.nameBg)).size).toBe(1);

  // The same JSON as the walk's, which Apollo Server writes as a string.
  const walked = await (await direct().as({ role: 'MUNICIPALITY', unit: 'PDV15', purpose: 'integration agreements' })).request(query);
  expect(walked.errors).toBeUndefined();
  expect(body.data).toEqual(walked.data);
});
