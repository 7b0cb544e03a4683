import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MeDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { waitFor } from '../support/wait.js';

// Issue 16: a withdrawn key admits nothing once the key set has been refreshed. The identity
// provider is a real JWKS served over HTTP by the test; the hub fetches it again once it is older than
// JWT_JWKS_MAX_AGE_SECONDS (1 s here), while a verified token would otherwise be taken for a minute.

interface Provider {
  url: string;
  /** The keys the provider publishes now; edit to withdraw one. */
  published: JWK[];
  fetches: number;
  sign(kid: string, claims?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

async function identityProvider(kids: string[]): Promise<Provider> {
  const privateKeys = new Map<string, CryptoKey>();
  const published: JWK[] = [];
  for (const kid of kids) {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    privateKeys.set(kid, privateKey);
    published.push({ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' });
  }
  const provider: Provider = {
    url: '',
    published,
    fetches: 0,
    sign: (kid, claims = { role: 'MVR', purpose: 'key withdrawal test' }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid })
        .setSubject(`officer-${randomUUID()}`)
        .setIssuer('integration-hub')
        .setAudience('integration-hub')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKeys.get(kid)!),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((_req, res) => {
    provider.fetches++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: provider.published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  return provider;
}

const owned: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of owned.splice(0).reverse()) await thing.stop();
});

async function hubTrusting(provider: Provider, options: { notifications?: boolean } = {}): Promise<TestHub> {
  owned.push({ stop: () => provider.close() });
  const hub = await startTestHub({ env: { JWT_JWKS_URL: provider.url, JWT_JWKS_MAX_AGE_SECONDS: '1' }, ...options });
  owned.push(hub);
  return hub;
}

const withdraw = (provider: Provider, kid: string) =>
  provider.published.splice(
    provider.published.findIndex((k) => k.kid === kid),
    1,
  );

describe('a key withdrawn from the JWKS', () => {
  it('admits nothing once the set is fetched again: a token taken a moment before is refused with 401, well within the minute a verified token is kept', async () => {
    const provider = await identityProvider(['old', 'new']);
    const hub = await hubTrusting(provider);
    const me = (token: string) => new GraphQLClient(`${hub.url}/graphql`, token).request(MeDocument);
    const token = await provider.sign('old');
    expect((await me(token)).data?.me.role).toBe('MVR');
    expect((await me(token)).data?.me.role).toBe('MVR'); // from the verified cache now

    withdraw(provider, 'old');
    // Another caller, with a token of the key that stays, brings the next fetch of the set once it is stale.
    const fetchesBefore = provider.fetches;
    await waitFor(
      'the hub to fetch the key set again',
      async () => {
        expect((await me(await provider.sign('new'))).status).toBe(200);
        return provider.fetches > fetchesBefore;
      },
      10_000,
    );

    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(GraphQLClient.codes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.errors?.[0]?.message).toMatch(/signed with a key the identity provider does not publish \(or no longer does\)/);
    expect(refused.errors?.[0]?.extensions?.messageBg).toMatch(/оттеглил/);
    // The key that stays still admits.
    expect((await me(await provider.sign('new'))).data?.me.role).toBe('MVR');
  });

  it('is refused even when nothing else makes the hub fetch the set: a token kept as verified is not taken on a stale set', async () => {
    const provider = await identityProvider(['only']);
    const hub = await hubTrusting(provider);
    const client = new GraphQLClient(`${hub.url}/graphql`, await provider.sign('only'));
    expect((await client.request(MeDocument)).status).toBe(200);
    withdraw(provider, 'only');
    const refused = await waitFor(
      'the token to be refused',
      async () => {
        const res = await client.request(MeDocument);
        return res.status === 401 ? res : undefined;
      },
      10_000,
    );
    expect(GraphQLClient.codes(refused)).toEqual(['UNAUTHENTICATED']);
  });

  it('ends a live subscription whose token it signed (4401)', async () => {
    const provider = await identityProvider(['old']);
    const hub = await hubTrusting(provider, { notifications: true });
    const socket = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    owned.push({ stop: async () => void socket.terminate() });
    const messages: { type: string }[] = [];
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as { type: string }));
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('open', () => resolve()));
    socket.send(
      JSON.stringify({
        type: 'connection_init',
        payload: { authorization: `Bearer ${await provider.sign('old', { role: 'MUNICIPALITY', unit: 'SOF46', purpose: 'test' })}` },
      }),
    );
    await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { notificationReceived { id kind } }' } }));

    withdraw(provider, 'old');
    expect(await closed).toEqual({ code: 4401, reason: 'The token is no longer valid' });
  });
});
