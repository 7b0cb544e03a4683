import { importPKCS8, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GraphQLClient } from '../support/client.js';
import { useTestHub, type TestHub } from '../support/hub.js';
import { productionEnv } from '../support/production.js';
import { waitFor } from '../support/wait.js';

// Issue 16: production sends no "Did you mean …" (it would spell out the schema that introspection,
// closed there, keeps to itself), for fields, arguments, types and enum values, in documents and in
// variables, over HTTP and WebSocket. Development and tests keep the hints.

// The production hub verifies tokens with this key's public half (a WebSocket needs a token).
const { env, tokenKey } = productionEnv();
// Introspection opened on purpose: production hides the hints even then.
const production = useTestHub({ env: { ...env, GRAPHQL_INTROSPECTION: 'true' } });
const development = useTestHub();

// Each misspelling, and the hint graphql-js would give for it.
const MISSPELT: [string, string, Record<string, unknown> | undefined, RegExp][] = [
  ['field', '{ institutions { codd } }', undefined, /Cannot query field "codd" on type "Institution"\./],
  ['argument', '{ institutions(knd: ASP) { code } }', undefined, /Unknown argument "knd" on field "Query\.institutions"\./],
  ['enum value', '{ institutions(kind: MUNICIPALTY) { code } }', undefined, /Value "MUNICIPALTY" does not exist in "InstitutionKind" enum\./],
  ['type', 'query($k: InstitutonKind) { institutions(kind: $k) { code } }', undefined, /Unknown type "InstitutonKind"\./],
  [
    'enum value in the variables',
    'query($k: InstitutionKind) { institutions(kind: $k) { code } }',
    { k: 'MUNICIPALTY' },
    /Value "MUNICIPALTY" does not exist in "InstitutionKind" enum\./,
  ],
];

// Misspelt documents and variables (invalid on purpose): inline.
const ask = (hub: TestHub, query: string, variables?: Record<string, unknown>) => hub.anonymous.request(query, variables);

describe('"Did you mean" hints', () => {
  it.each(MISSPELT)('production answers a misspelt %s with the error and no hint', async (_what, query, variables, message) => {
    expect(production().config.isProduction).toBe(true);
    const res = await ask(production(), query, variables);
    expect(res.status).toBe(400);
    expect(GraphQLClient.codes(res)[0]).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it.each(MISSPELT)('development keeps the hint for a misspelt %s', async (_what, query, variables) => {
    const res = await ask(development(), query, variables);
    expect(res.errors?.[0]?.message).toMatch(/Did you mean/);
  });

  it('production gives no hint over WebSocket either, in a field or a type', async () => {
    const socket = new WebSocket(`${production().url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as (typeof messages)[number]));
    socket.on('error', () => {});
    const errorsOf = (id: string) =>
      messages
        .filter((m) => m.id === id && (m.type === 'error' || m.type === 'next'))
        .flatMap((m) => (m.type === 'error' ? m.payload : ((m.payload as { errors?: unknown[] }).errors ?? [])) as { message: string }[]);
    try {
      await new Promise<void>((resolve) => socket.once('open', () => resolve()));
      const token = await new SignJWT({ role: 'MUNICIPALITY', unit: 'SOF46', purpose: 'test' })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('clerk')
        .setIssuer(production().config.jwt.issuer)
        .setAudience(production().config.jwt.audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(await importPKCS8(tokenKey.privateKey, 'ES256'));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { notificationReceived { idd } }' } }));
      socket.send(JSON.stringify({ id: '2', type: 'subscribe', payload: { query: 'subscription($k: InstitutonKind) { notificationReceived { id } }' } }));
      await waitFor('both to be answered with errors', () => errorsOf('1').length > 0 && errorsOf('2').length > 0);
      expect(errorsOf('1')[0]!.message).toMatch(/Cannot query field "idd" on type "Notification"\./);
      expect(errorsOf('2')[0]!.message).toMatch(/Unknown type "InstitutonKind"\./);
      expect(JSON.stringify(messages)).not.toMatch(/Did you mean/);
    } finally {
      socket.terminate();
    }
  });
});
