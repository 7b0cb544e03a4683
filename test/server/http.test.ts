import { buildSchema, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { ProvincesDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { startTestHub, useTestHub } from '../support/hub.js';
import { createLogger } from '../../src/server/logger.js';

const hub = useTestHub();

describe('operational endpoints', () => {
  it('GET /healthz says the process is up', async () => {
    const res = await fetch(`${hub().url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz says the database is reachable and migrated', async () => {
    const res = await fetch(`${hub().url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('echoes a well-formed X-Request-Id, and makes one up otherwise', async () => {
    const given = await hub().anonymous.request(ProvincesDocument, {}, { 'x-request-id': 'agency-trace-42' });
    expect(given.headers.get('x-request-id')).toBe('agency-trace-42');
    const made = await hub().anonymous.request(ProvincesDocument, {}, { 'x-request-id': 'bad id with spaces' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs each request by its id, method and URL, never its headers: no token reaches the logs', async () => {
    const lines: string[] = [];
    const logged = await startTestHub({ log: createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) }) });
    try {
      const sar = await logged.as({ role: 'SAR' });
      await sar.request(ProvincesDocument, {}, { 'x-request-id': 'agency-trace-43' });
      const completed = lines
        .map((l) => JSON.parse(l) as { req?: Record<string, unknown>; res?: { statusCode: number } })
        .find((l) => l.req?.id === 'agency-trace-43' && l.res);
      expect(completed?.req).toEqual({ id: 'agency-trace-43', method: 'POST', url: '/graphql', remoteAddress: expect.any(String) });
      expect(completed?.res?.statusCode).toBe(200);
      expect(lines.join('\n')).not.toContain(sar.token!);
    } finally {
      await logged.stop();
    }
  });

  it("sends a browser's GET /graphql to the console's GraphiQL: no script, nothing from Apollo's CDN", async () => {
    const res = await fetch(`${hub().url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/console/graphiql">');
    expect(html).toContain('<a href="/console/graphiql">');
    expect(html).not.toMatch(/<script|https?:\/\//i);
    // A GET query is still a query.
    const get = await fetch(`${hub().url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`);
    expect(((await get.json()) as { data: { provinces: unknown[] } }).data.provinces).toHaveLength(28);
  });
});

// The documents below stay inline: they test the parser's and validation's limits, introspection and
// errors, most of them deliberately too deep, too wide, too costly, malformed or outside the schema.
describe('query limits (graphql-armor)', () => {
  it('refuses a query deeper than the limit', async () => {
    const deep = `{ institutions { ${'municipality { province { code } } '.repeat(1)} } }`;
    const ok = await hub().anonymous.request(deep);
    expect(ok.errors).toBeUndefined();
    const limited = await startTestHub({ env: { GRAPHQL_MAX_DEPTH: '2' } });
    try {
      const res = await limited.anonymous.request(deep);
      expect(GraphQLClient.codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors?.[0]?.message).toMatch(/depth/i);
    } finally {
      await limited.stop();
    }
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `p${i}: provinces { code }`).join(' ');
    const res = await hub().anonymous.request(`{ ${aliases} }`);
    expect(GraphQLClient.codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0]?.message).toMatch(/aliases/i);
  });

  // Issue 17: a documented page of 100 passes the default cost limit (test/docs/api-guide-examples.test.ts);
  // pages nested in pages do not, nor many pages side by side, whoever asks (refused before anything runs).
  it('refuses pages nested inside pages, and many pages at once, with the default cost limit', async () => {
    const nested = `{ agreements(first: 100) { edges { node { plans { measures { plan { measures { plan { measures { id description } } } } } } } } } }`;
    const wide = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: agreements(first: 100) { edges { node { id status plans { id measures { id area } } } } }`).join(' ')} }`;
    for (const query of [nested, wide]) {
      const res = await hub().anonymous.request(query);
      expect(GraphQLClient.codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors?.[0]?.message).toMatch(/Cost limit of 20000 exceeded/);
      expect(res.data ?? null).toBeNull();
    }
    // The same nesting one level shallower and 20 to a page, as docs/api-guide.md shows it, is no cost error.
    const shallow = await hub().anonymous.request(`{ agreements(first: 20) { edges { node { plans { measures { id area } } } } } }`);
    expect(GraphQLClient.codes(shallow)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts a page size given in a variable as the largest page, and an omitted one as the default page', async () => {
    // graphql-armor counts a literal `first` only: these 15 pages of 100 cost 1 each when the size came as a variable.
    const page = (size: string) => `agreements(first: ${size}) { edges { node { id status plans { id measures { id area } } } } }`;
    const wide = `query($n: Int) { ${Array.from({ length: 15 }, (_, i) => `a${i}: ${page('$n')}`).join(' ')} }`;
    const refused = await hub().anonymous.request(wide, { n: 100 });
    expect(GraphQLClient.codes(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.errors?.[0]?.message).toMatch(/Cost limit of 20000 exceeded/);
    // One such page, sized by a variable, is an ordinary request (refused for want of a token, not for its cost).
    const one = await hub().anonymous.request(`query($n: Int) { ${page('$n')} }`, { n: 100 });
    expect(GraphQLClient.codes(one)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    // Pages of the default size (20) left out: 15 of them stay within the limit, as 15 literal pages of 20 do.
    const defaults = await hub().anonymous.request(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: agreements { edges { node { id } } }`).join(' ')} }`);
    expect(GraphQLClient.codes(defaults)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${hub().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }]),
    });
    expect(res.status).toBe(400);
  });
});

describe('introspection', () => {
  it('is on outside production', async () => {
    const res = await hub().anonymous.request('{ __schema { queryType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is off when disabled, as it is by default in production', async () => {
    const closed = await startTestHub({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const res = await closed.anonymous.request('{ __schema { queryType { name } } }');
      expect(GraphQLClient.codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await closed.stop();
    }
  });
});

@Resolver()
class FailingResolver {
  @Query(() => String)
  failing(): string {
    throw new Error('connection to 10.0.0.5 refused: password authentication failed for user "hub"');
  }
}

describe('errors', () => {
  it('answers an unexpected failure with INTERNAL_SERVER_ERROR and no detail or stack trace', async () => {
    const failing = await startTestHub({ schema: await buildSchema({ resolvers: [FailingResolver] }) });
    try {
      const res = await failing.anonymous.request('{ failing }');
      expect(GraphQLClient.codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(res.errors);
      expect(text).not.toMatch(/10\.0\.0\.5|password|stacktrace|at /);
      expect(res.errors?.[0]?.message).toMatch(/^Internal server error/);
    } finally {
      await failing.stop();
    }
  });

  it('answers a syntax error and a variable of the wrong type with request errors saying what is wrong', async () => {
    // graphql-armor's token limit parses the document first, so syntax errors arrive as validation failures.
    const syntax = await hub().anonymous.request('{ provinces { code }');
    expect(GraphQLClient.codes(syntax)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(syntax.errors?.[0]?.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    const res = await hub().anonymous.request('query($k: InstitutionKind) { institutions(kind: $k) { code } }', { k: 'POPE' });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toMatch(/Value "POPE" does not exist in "InstitutionKind" enum/);
  });
});
