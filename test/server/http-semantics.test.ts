import { createHash } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();

interface Answer {
  status: number;
  contentType: string | null;
  requestId: string | null;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const res = await fetch(`${hub().url}/graphql`, { method: 'POST', headers: { 'x-request-id': 'semantics-1', ...headers }, body });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), requestId: res.headers.get('x-request-id'), text, body: JSON.parse(text) };
}

const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);

/** A refusal as the hub promises it: the status, JSON, one code, a sentence, the request id, no internals. */
function expectRefusal(answer: Answer, status: number, code: string, message: RegExp, contentType = 'application/json; charset=utf-8') {
  expect({ status: answer.status, contentType: answer.contentType, codes: codes(answer) }, answer.text).toEqual({ status, contentType, codes: [code] });
  expect(answer.body.errors?.[0]?.message).toMatch(message);
  expect(answer.body.data).toBeUndefined();
  expect(answer.requestId).toBe('semantics-1');
  expect(answer.text).not.toMatch(/stacktrace|\n\s+at |node_modules/);
}

const query = (document: string, rest: Record<string, unknown> = {}) => JSON.stringify({ query: document, ...rest });

describe('GraphQL over HTTP', () => {
  it('passes every audit of the reference implementation (graphql-http), SHOULD and MAY included', async () => {
    const audits = serverAudits({ url: `${hub().url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failing = results.flatMap((r) => (r.status === 'ok' ? [] : [`${r.id} ${r.name}: ${r.status}, ${r.reason}`]));
    expect(failing, failing.join('\n')).toEqual([]);
    expect(results.length).toBe(audits.length);
    expect(results.length).toBeGreaterThan(50);
  });
});

describe('a client mistake is a client error (4xx), never a 500', () => {
  it('a syntax error: 400, GRAPHQL_VALIDATION_FAILED', async () => {
    expectRefusal(await post(query('{ provinces { code }')), 400, 'GRAPHQL_VALIDATION_FAILED', /^Syntax Error: Expected Name, found <EOF>/);
  });

  it('a syntax error in the media types the client asks for: 400 for graphql-response+json, 200 for application/json by name (the spec)', async () => {
    const modern = await post(query('{'), { 'content-type': 'application/json', accept: 'application/graphql-response+json' });
    expectRefusal(modern, 400, 'GRAPHQL_VALIDATION_FAILED', /^Syntax Error/, 'application/graphql-response+json; charset=utf-8');
    const legacy = await post(query('{'), { 'content-type': 'application/json', accept: 'application/json' });
    expectRefusal(legacy, 200, 'GRAPHQL_VALIDATION_FAILED', /^Syntax Error/);
    const preferring = await post(query('{'), { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' });
    expectRefusal(preferring, 400, 'GRAPHQL_VALIDATION_FAILED', /^Syntax Error/, 'application/graphql-response+json; charset=utf-8');
  });

  it('the token limit (1,000 aliases): 400, GRAPHQL_VALIDATION_FAILED', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    const answer = await post(query(`{ ${aliases} }`));
    expectRefusal(answer, 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Token limit of ${hub().config.graphql.maxTokens} exceeded`));
  });

  it('malformed JSON: 400, BAD_REQUEST', async () => {
    expectRefusal(await post('{"query":'), 400, 'BAD_REQUEST', /^The request body is not valid JSON/);
    expectRefusal(await post('{"query":"{ __typename }"} garbage'), 400, 'BAD_REQUEST', /^The request body is not valid JSON/);
  });

  it('a JSON body that is not an object: 400, BAD_REQUEST', async () => {
    expectRefusal(await post('null'), 400, 'BAD_REQUEST', /must be a JSON object .*, not null\.$/);
    expectRefusal(await post('42'), 400, 'BAD_REQUEST', /must be a JSON object .*, not a number\.$/);
    expectRefusal(await post(' "{ __typename }"'), 400, 'BAD_REQUEST', /must be a JSON object .*, not a string\.$/);
  });

  it('a body over 1 MB: 413, BAD_REQUEST; one just under it is read', async () => {
    const document = query('{ __typename }');
    const under = await post(document + ' '.repeat(1024 * 1024 - document.length));
    expect({ status: under.status, body: under.body }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const over = await post(document + ' '.repeat(1024 * 1024 - document.length + 1));
    expectRefusal(over, 413, 'BAD_REQUEST', /^The request body is larger than 1 MB/);
  });

  it('a charset other than UTF-8, or a media type other than JSON: 415, BAD_REQUEST', async () => {
    const document = query('{ __typename }');
    expectRefusal(await post(document, { 'content-type': 'application/json; charset=utf-16' }), 415, 'BAD_REQUEST', /charset utf-16 is not accepted/);
    expectRefusal(await post(document, { 'content-type': 'text/plain' }), 415, 'BAD_REQUEST', /media type text\/plain is not accepted/);
    const charsetUtf8 = await post(document, { 'content-type': 'application/json; charset=UTF-8' });
    expect({ status: charsetUtf8.status, body: charsetUtf8.body }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('a persisted-query hash that does not match the query: 400, BAD_REQUEST', async () => {
    const document = '{ __typename }';
    const wrong = createHash('sha256').update('{ provinces { code } }').digest('hex');
    const answer = await post(query(document, { extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } }));
    expectRefusal(answer, 400, 'BAD_REQUEST', /is not the SHA-256 of the query/);
    const right = createHash('sha256').update(document).digest('hex');
    const matching = await post(query(document, { extensions: { persistedQuery: { version: 1, sha256Hash: right } } }));
    expect({ status: matching.status, body: matching.body }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('more than 50 variable errors: 400, BAD_USER_INPUT for each', async () => {
    const answer = await post(
      query('query($by: [AgreementDimension!]!) { agreementStatistics(groupBy: $by) { __typename } }', { variables: { by: Array(60).fill('NOPE') } }),
    );
    expect({ status: answer.status, contentType: answer.contentType }, answer.text).toEqual({ status: 400, contentType: 'application/json; charset=utf-8' });
    expect(codes(answer)).toEqual(Array(51).fill('BAD_USER_INPUT'));
    expect(answer.body.errors?.at(-1)?.message).toBe('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(answer.requestId).toBe('semantics-1');
  });
});

describe('refusals that stay', () => {
  it('a bad token: 401, UNAUTHENTICATED', async () => {
    const answer = await post(query('{ __typename }'), { 'content-type': 'application/json', authorization: 'Bearer not-a-jwt' });
    expectRefusal(answer, 401, 'UNAUTHENTICATED', /token/);
  });

  it('a batch: 400, BAD_REQUEST', async () => {
    const answer = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expectRefusal(answer, 400, 'BAD_REQUEST', /batching/i);
  });
});
