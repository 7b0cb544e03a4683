import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAuthenticator } from '../../src/access/authenticate.js';
import { signDevToken } from '../../src/access/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { MeAndProvincesDocument, MeDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { tokenFor } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

const hub = useTestHub();

const secret = () => new TextEncoder().encode(hub().config.jwt.secret!);
const signed = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
  edit(
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer(hub().config.jwt.issuer)
      .setAudience(hub().config.jwt.audience)
      .setIssuedAt()
      .setExpirationTime('5m'),
  ).sign(secret());

const meWith = (token: string, headers?: Record<string, string>) => new GraphQLClient(`${hub().url}/graphql`, token).request(MeDocument, {}, headers);

describe('authentication with a bearer JWT', () => {
  it('turns a valid token into the principal of docs/policy.md', async () => {
    const client = await hub().as({ role: 'RZI', unit: 'BLG', sub: 'inspector-7', purpose: 'immunisation plan' });
    const res = await client.request(MeDocument);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({
      role: 'RZI',
      unit: 'BLG',
      subject: 'inspector-7',
      institutionCode: 'RZI-BLG',
      purpose: 'immunisation plan',
    });
  });

  it('takes the purpose from the X-Purpose header over the token claim', async () => {
    const client = await hub().as({ role: 'SAR', purpose: 'from token' });
    const res = await client.request(MeDocument, {}, { 'x-purpose': 'Art. 20 p.5 forwarding' });
    expect(res.data?.me.purpose).toBe('Art. 20 p.5 forwarding');
    expect(res.data?.me.unit).toBeNull();
  });

  it('refuses an X-Purpose over 500 characters or with control characters: 400, BAD_USER_INPUT', async () => {
    const client = await hub().as({ role: 'SAR' });
    for (const purpose of ['x'.repeat(501), 'Art. 20\ttab']) {
      const res = await client.request(MeDocument, {}, { 'x-purpose': purpose });
      expect(res.status).toBe(400);
      expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.message).toMatch(/X-Purpose must be at most 500 characters/);
    }
    expect((await client.request(MeDocument, {}, { 'x-purpose': 'x'.repeat(500) })).data?.me.purpose).toHaveLength(500);
  });

  it('holds the purpose of a WebSocket (connection_init) to the same cap: the connection is refused (4403)', async () => {
    const token = await tokenFor(hub().config, { role: 'SAR' });
    const closeOf = async (purpose: string) => {
      const socket = new WebSocket(`${hub().url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      socket.on('error', () => {});
      const messages: { type: string }[] = [];
      socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as { type: string }));
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      await new Promise<void>((resolve) => socket.once('open', () => resolve()));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}`, purpose } }));
      await waitFor('an answer to connection_init', () => messages.length > 0 || socket.readyState === WebSocket.CLOSED);
      const acked = messages.some((m) => m.type === 'connection_ack');
      socket.close();
      return acked ? 'ack' : await closed;
    };
    expect(await closeOf('x'.repeat(501))).toBe(4403);
    expect(await closeOf('x'.repeat(500))).toBe('ack');
  });

  it('refuses a token-only field to an anonymous caller with UNAUTHENTICATED, and still answers public fields', async () => {
    const res = await hub().anonymous.request(MeAndProvincesDocument);
    expect(GraphQLClient.codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.message).toMatch(/needs a bearer token/);
    expect(res.errors?.[0]?.path).toEqual(['me']);
  });

  const refused: [string, () => Promise<string>, RegExp][] = [
    ['an expired token', () => signed({ role: 'SAR' }, (j) => j.setIssuedAt(1_600_000_000).setExpirationTime(1_600_000_600)), /expired/],
    [
      'a token signed with another key',
      async () => {
        const other = await new SignJWT({ role: 'SAR' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(hub().config.jwt.issuer)
          .setAudience(hub().config.jwt.audience)
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
        return other;
      },
      /signature is not valid/,
    ],
    ['a token for another audience', () => signed({ role: 'SAR' }, (j) => j.setAudience('someone-else')), /claim 'aud'/],
    ['a token from another issuer', () => signed({ role: 'SAR' }, (j) => j.setIssuer('evil')), /claim 'iss'/],
    [
      'a token without an expiry',
      async () => {
        return new SignJWT({ role: 'SAR' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(hub().config.jwt.issuer)
          .setAudience(hub().config.jwt.audience)
          .setIssuedAt()
          .sign(secret());
      },
      /claim 'exp'/,
    ],
    [
      'an unsigned token (alg none)',
      async () => {
        const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        return `${enc({ alg: 'none' })}.${enc({ role: 'ADMIN', sub: 'x', exp: 4_000_000_000 })}.`;
      },
      /malformed|algorithm/,
    ],
    ['an unknown role', () => signed({ role: 'KING' }), /role must be one of/],
    ['a municipality without its unit', () => signed({ role: 'MUNICIPALITY' }), /needs a unit: the municipality code/],
    ['a municipality code that does not exist', () => signed({ role: 'MUNICIPALITY', unit: 'SOF99' }), /'SOF99' is not a municipality code/],
    ['an RZI with a municipality for a unit', () => signed({ role: 'RZI', unit: 'SOF46' }), /'SOF46' is not a province code/],
    ['a national body with a unit', () => signed({ role: 'DANS', unit: 'BLG' }), /national body and takes no unit/],
    ['garbage', async () => 'not-a-jwt', /malformed/],
    // The same cap as X-Purpose (below): the access log keeps the purpose with every entry.
    ['a purpose claim over 500 characters', () => signed({ role: 'SAR', purpose: 'x'.repeat(501) }), /claims are not valid: .*500/],
    // Issue 16: a bounded lifetime (JWT_MAX_LIFETIME_SECONDS, 12 h) and no tokens from the future.
    [
      'a token valid for a century',
      () => signed({ role: 'SAR' }, (j) => j.setExpirationTime('36500d')),
      /valid for 36500 d \('exp' − 'iat'\), longer than the 12 h this hub accepts/,
    ],
    ['a token valid for 12 h and a minute', () => signed({ role: 'SAR' }, (j) => j.setExpirationTime('721m')), /valid for 12 h .*longer than the 12 h/],
    [
      'a token issued five years ahead',
      () => {
        const later = Math.floor(Date.now() / 1000) + 5 * 365 * 86_400;
        return signed({ role: 'SAR' }, (j) => j.setIssuedAt(later).setExpirationTime(later + 300));
      },
      /issued in the future: its 'iat' is 1825 d ahead of the hub's clock \(at most 60 s is allowed\)/,
    ],
    ['a token issued two minutes ahead', () => signed({ role: 'SAR' }, (j) => j.setIssuedAt('120s').setExpirationTime('10m')), /issued in the future/],
    [
      'a token without iat',
      () =>
        new SignJWT({ role: 'SAR' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer(hub().config.jwt.issuer)
          .setAudience(hub().config.jwt.audience)
          .setExpirationTime('5m')
          .sign(secret()),
      /claim 'iat' missing/,
    ],
  ];
  it.each(refused)('refuses %s with 401 UNAUTHENTICATED and a clear message', async (_name, token, message) => {
    const res = await meWith(await token());
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(GraphQLClient.codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('takes a token of the longest lifetime, and one issued within the clock skew ahead', async () => {
    for (const token of [
      await signed({ role: 'SAR' }, (j) => j.setExpirationTime('12h')),
      // An identity provider whose clock runs 50 s fast, issuing its longest tokens.
      await signed({ role: 'SAR' }, (j) => j.setIssuedAt('50s').setExpirationTime(Math.floor(Date.now() / 1000) + 50 + 12 * 3600)),
    ]) {
      const res = await meWith(token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me.role).toBe('SAR');
    }
  });

  it('refuses with messageBg too, as every refusal of a token', async () => {
    const res = await meWith(await signed({ role: 'SAR' }, (j) => j.setExpirationTime('36500d')));
    expect(res.errors?.[0]?.extensions?.messageBg).toMatch(/Токенът е валиден 36500 d/);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const res = await hub().anonymous.request(MeDocument, {}, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toMatch(/"Bearer <token>"/);
  });
});

describe('production verification keys', () => {
  // The token settings as production has them: no shared secret (the rest of a production
  // configuration, which config.unit.test.ts checks, is beside the point here).
  const config = (env: Record<string, string>) => ({
    ...loadConfig({ NODE_ENV: 'test', JWT_ISSUER: 'idp', JWT_AUDIENCE: 'hub', ...env }).jwt,
    secret: undefined,
  });

  it('verifies RS256 tokens with a configured public key and refuses an HS256 token signed with the public key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const pem = await exportSPKI(publicKey);
    const authenticate = await createAuthenticator(config({ JWT_PUBLIC_KEY: pem }));
    const token = await new SignJWT({ role: 'MVR' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('officer')
      .setIssuer('idp')
      .setAudience('hub')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ role: 'MVR', subject: 'officer', institutionCode: 'MVR' });

    // Algorithm confusion: the public key used as an HMAC secret must not pass.
    const forged = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('idp')
      .setAudience('hub')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(pem));
    await expect(authenticate(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('takes a token it verified before without verifying again, but never past its expiry', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const authenticate = await createAuthenticator(config({ JWT_PUBLIC_KEY: await exportSPKI(publicKey) }));
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ role: 'MVR' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('officer')
      .setIssuer('idp')
      .setAudience('hub')
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(privateKey);
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ role: 'MVR' });
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ role: 'MVR' });
    const refused = await waitFor('the token to be refused', () =>
      authenticate(`Bearer ${token}`).then(
        () => undefined,
        (error: unknown) => error,
      ),
    );
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000);
    expect(refused).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/expired/) });
  });

  it('verifies tokens against a JWKS URL', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const jwks = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = jwks.address() as AddressInfo;
      const authenticate = await createAuthenticator(config({ JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` }));
      const token = await new SignJWT({ role: 'RZOK', unit: 'PDV' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('clerk')
        .setIssuer('idp')
        .setAudience('hub')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      expect(await authenticate(`Bearer ${token}`)).toMatchObject({ role: 'RZOK', unit: 'PDV', institutionCode: 'RZOK-PDV' });
    } finally {
      jwks.close();
    }
  });
});

describe('development tokens (npm run token)', () => {
  const jwt = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'development', ...env }).jwt;

  it('are issued within the maximum lifetime, and refused past it', async () => {
    const { iat, exp } = decodeJwt(await signDevToken(jwt(), { role: 'SAR' }));
    expect(exp! - iat!).toBe(8 * 3600);
    // Where the limit is shorter than the usual 8 h, the default follows it.
    const short = decodeJwt(await signDevToken(jwt({ JWT_MAX_LIFETIME_SECONDS: '3600' }), { role: 'SAR' }));
    expect(short.exp! - short.iat!).toBe(3600);
    await expect(signDevToken(jwt(), { role: 'SAR', expiresIn: '13h' })).rejects.toThrow(/at most 43200 s \(JWT_MAX_LIFETIME_SECONDS\); '13h' is longer/);
  });
});
