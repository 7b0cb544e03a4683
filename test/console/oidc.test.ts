import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
// oidc-provider 9 ships no type declarations (and there is no @types package for 9): the little used
// here is typed by the test itself (OpenIdProvider below).
// @ts-expect-error TS7016: no declaration file for 'oidc-provider'
import Provider, { errors as providerErrors } from 'oidc-provider';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { send } from '../../src/modules/notifications/notification.events.js';
import { NotificationKind } from '../../src/domain/notifications.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { productionEnv } from '../support/production.js';
import { buildConsole } from './build.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot } from './browser-support.js';

/**
 * The console's production sign-in (issue 18): OpenID Connect, authorization code with PKCE, against a
 * real OpenID provider (oidc-provider) started here, with a hub in production mode that trusts only
 * that provider's keys (JWT_JWKS_URL). No token is made by the test: the provider issues them.
 */

const CLIENT_ID = 'hub-console';
/** The hub's audience, which the console asks for as the resource indicator (RFC 8707). */
const AUDIENCE = 'urn:integration-hub:oidc-test';
/** A municipality no other test file uses: the inbox's notifications are this file's. */
const UNIT = 'SFO54';
/** The provider's accounts, with the hub's claims the provider puts into their access tokens. */
const ACCOUNTS: Record<string, { role: string; unit: string | null } | null> = {
  'maria.ivanova': { role: 'MUNICIPALITY', unit: UNIT },
  // An account of the provider's with no role for the hub: its tokens carry none.
  'petar.georgiev': null,
};
const ACCESS_TOKEN_SECONDS = 300;

interface OpenIdProvider {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
  interactionDetails(
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<{
    uid: string;
    prompt: { name: string; details: { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> } };
    params: { client_id: string };
    session?: { accountId: string };
  }>;
  interactionFinished(req: http.IncomingMessage, res: http.ServerResponse, result: object, options?: object): Promise<void>;
  Grant: new (init: {
    accountId: string;
    clientId: string;
  }) => {
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  };
}

const jwk = (type: 'rsa' | 'ec', kid: string): Record<string, unknown> => {
  const { privateKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid };
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The identity provider: oidc-provider on a free port of 127.0.0.1. Its issuer is named
 * http://localhost:<port>, not 127.0.0.1: cookies are per host, not per port, and the provider's
 * session cookies on 127.0.0.1 would be the hub's too, muddling "nothing of the sign-in is kept in the
 * hub's origin". Its own sign-in page (the interaction) asks for the account alone; consent is implied
 * (the console is the institutions' own client). devInteractions is not used: its pages load a font
 * from Google, a request out of the machine.
 */
async function startProvider() {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;

  const serve = (hubUrl: string) => {
    const hubOrigin = new URL(hubUrl).origin;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: [`${hubUrl}/console/`],
          post_logout_redirect_uris: [`${hubUrl}/console/`],
        },
      ],
      // RS256 for ID tokens (the default), ES256 for the hub's access tokens.
      jwks: { keys: [jwk('rsa', 'id-token-key'), jwk('ec', 'access-token-key')] },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      findAccount: (_ctx: unknown, id: string) => (id in ACCOUNTS ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
      // The claims the hub needs (access/principal.ts), from the account.
      extraTokenClaims: (_ctx: unknown, token: { accountId?: string }) => (token.accountId ? (ACCOUNTS[token.accountId] ?? undefined) : undefined),
      // The console is given refresh tokens (without asking for offline_access, the default's condition).
      issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
      clientBasedCORS: (_ctx: unknown, origin: string) => origin === hubOrigin,
      pkce: { required: () => true },
      ttl: { AccessToken: ACCESS_TOKEN_SECONDS, AuthorizationCode: 60, IdToken: 3600, RefreshToken: 3600, Grant: 3600, Interaction: 600, Session: 3600 },
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true },
        // Signing out at the provider (RP-initiated logout): its own confirmation page, without the default's font from Google.
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: (ctx: { body: string }, form: string) => {
            ctx.body = `<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>Изход</title></head><body><main>
<h1>Изход от доставчика</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Да, изход</button></main></body></html>`;
          },
        },
        resourceIndicators: {
          enabled: true,
          // The access token is for the hub only when the console asks for the hub's resource, on the
          // authorization request and on each token request (no default, no use of the granted one).
          useGrantedResource: () => false,
          getResourceServerInfo: (_ctx: unknown, resource: string) => {
            if (resource !== AUDIENCE) throw new providerErrors.InvalidTarget();
            return { scope: 'graphql', audience: AUDIENCE, accessTokenTTL: ACCESS_TOKEN_SECONDS, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } };
          },
        },
      },
    }) as OpenIdProvider;
    const callback = provider.callback();

    handler = (req, res) => {
      const path = new URL(req.url ?? '/', issuer).pathname;
      const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(path);
      if (!match) return callback(req, res);
      interaction(provider, req, res, Boolean(match[2])).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    };
    return provider;
  };
  return {
    issuer,
    /** Where the hub fetches the provider's keys (by address: Node may try localhost's ::1 first). */
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    serve,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The provider's sign-in page and its answer; consent is given as the client asked. */
async function interaction(provider: OpenIdProvider, req: http.IncomingMessage, res: http.ServerResponse, posted: boolean) {
  const details = await provider.interactionDetails(req, res);
  if (posted) {
    let body = '';
    for await (const chunk of req) body += chunk;
    const account = new URLSearchParams(body).get('account') ?? '';
    return provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
  }
  if (details.prompt.name === 'login') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>Доставчик на самоличност</title></head><body><main>
<h1>Доставчик на самоличност</h1>
<form method="post" action="/interaction/${escapeHtml(details.uid)}/login">
<label>Потребител <input name="account" required></label>
<button type="submit">Влизане</button>
</form></main></body></html>`,
    );
    return;
  }
  const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id });
  if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
  for (const [resource, scopes] of Object.entries(details.prompt.details.missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(' '));
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

/** What the page sends and receives: bearer tokens to the hub, and the provider's token answers. */
function watchTokens(page: Page, hubUrl: string, issuer: string) {
  const seen = { bearers: [] as string[], purposes: new Set<string>(), grants: [] as { grantType: string; status: number; body: Record<string, string> }[] };
  page.on('request', (request) => {
    if (request.url() !== `${hubUrl}/graphql`) return;
    const authorization = request.headers().authorization;
    if (authorization) seen.bearers.push(authorization.replace(/^Bearer /, ''));
    seen.purposes.add(request.headers()['x-purpose'] ?? '');
  });
  page.on('response', async (response) => {
    if (response.url() !== `${issuer}/token` || response.request().method() !== 'POST') return;
    const grantType = new URLSearchParams(response.request().postData() ?? '').get('grant_type') ?? '';
    seen.grants.push({ grantType, status: response.status(), body: (await response.json()) as Record<string, string> });
  });
  return seen;
}

const SIGN_IN_BUTTON = 'Вход чрез доставчика на самоличност на институцията';

/** Picks the purpose, leaves for the provider, signs in there as `account`, and comes back to the inbox. */
async function signInOidc(page: Page, hubUrl: string, issuer: string, account: string, purpose: string, options: { checkPage?: boolean } = {}) {
  await page.goto(`${hubUrl}/console`);
  await page.getByLabel('Цел на използването').selectOption(purpose);
  if (options.checkPage) {
    // In production the identity provider alone: no development picker.
    expect(await page.getByRole('heading', { name: 'Вход за разработка' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'oidc-sign-in');
  }
  await page.getByRole('button', { name: SIGN_IN_BUTTON, exact: true }).click();
  await page.waitForURL(`${issuer}/interaction/**`);
  await page.getByLabel('Потребител').fill(account);
  await page.getByRole('button', { name: 'Влизане', exact: true }).click();
  await page.getByRole('heading', { name: 'Входящи известия' }).waitFor();
}

describe('the console signs in with an OpenID provider (code with PKCE)', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let hub: TestHub;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    provider = await startProvider();
    const { env } = productionEnv();
    // The provider's key set instead of production's fixed test key.
    delete env.JWT_PUBLIC_KEY;
    delete env.JWT_PUBLIC_KEY_ALG;
    hub = await startTestHub({
      env: {
        ...env,
        JWT_JWKS_URL: provider.jwksUrl,
        JWT_ISSUER: provider.issuer,
        JWT_AUDIENCE: AUDIENCE,
        CONSOLE_OIDC_CLIENT_ID: CLIENT_ID,
        CONSOLE_OIDC_RESOURCE: AUDIENCE,
        // CONSOLE_OIDC_ISSUER left out: it is JWT_ISSUER's, the provider whose tokens the hub trusts.
      },
      consoleDirectories: [(await buildConsole()).dir],
    });
    provider.serve(hub.url);
    // Four notifications for the municipality, one to acknowledge at each step of the browser tests.
    const em = hub.orm.em.fork();
    for (const id of [
      '00000000-0000-4000-8000-000000018201',
      '00000000-0000-4000-8000-000000018202',
      '00000000-0000-4000-8000-000000018203',
      '00000000-0000-4000-8000-000000018204',
    ]) {
      send(em, {
        kind: NotificationKind.APPLICATION_FORWARDED,
        sender: 'SAR',
        recipients: [[`MUNICIPALITY-${UNIT}`, 'Art. 20 p.5']],
        subject: { type: 'AgreementApplication', id },
        sections: [],
        due: { by: new Date('2099-03-07T10:00:00Z'), basis: 'Art. 20 p.5' },
      });
    }
    await em.flush();
    if (CHROMIUM_PRESENT) browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.stop();
    await provider?.close();
  });

  it('in production: config.json names the provider, the CSP lets the console reach it and nothing else, and there is no development token', async () => {
    const config = await fetch(`${hub.url}/console/config.json`);
    expect(config.status).toBe(200);
    expect(config.headers.get('cache-control')).toBe('no-store');
    expect(await config.json()).toEqual({
      devSignIn: false,
      oidc: { issuer: provider.issuer, clientId: CLIENT_ID, scope: 'openid', resource: AUDIENCE },
    });
    const page = await fetch(`${hub.url}/console/`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ${provider.issuer};`);
    // Only connect-src names the provider: no frame, script or form of it.
    expect(policy.replace(`connect-src 'self' ${provider.issuer};`, '')).not.toContain(provider.issuer);
    expect(policy).toContain("frame-ancestors 'none'");

    const devToken = await fetch(`${hub.url}/console/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'ADMIN', purpose: 'supervision' }),
    });
    expect(devToken.status).toBe(404);
  });

  describe.skipIf(!CHROMIUM_PRESENT)(`in a real browser (${CHROMIUM})`, () => {
    it('signs in at the provider with the purpose picked before, keeps no token in storage or cookies, and renews by refresh token when the token expires and when the hub refuses it', async () => {
      const context = await browser!.newContext();
      contexts.push(context);
      const page = await context.newPage();
      // The browser's clock, so that the token's expiry can be passed without waiting for it.
      await page.clock.install();
      const guard = guardPage(page, hub.url, [provider.issuer]);
      const seen = watchTokens(page, hub.url, provider.issuer);

      await signInOidc(page, hub.url, provider.issuer, 'maria.ivanova', 'supervision', { checkPage: true });
      expect(page.url()).toBe(`${hub.url}/console/`);
      await expect.poll(() => page.getByRole('banner').textContent()).toContain(`MUNICIPALITY-${UNIT}`);
      const rows = page.getByTestId('notification');
      await expect.poll(() => rows.count()).toBe(4);

      // The code was exchanged with its PKCE verifier for an access token of the hub's audience.
      await expect.poll(() => seen.grants.map((g) => [g.grantType, g.status])).toEqual([['authorization_code', 200]]);
      const first = seen.grants[0]!.body;
      expect(decodeJwt(first.access_token!)).toMatchObject({ iss: provider.issuer, aud: AUDIENCE, sub: 'maria.ivanova', role: 'MUNICIPALITY', unit: UNIT });
      expect(first.refresh_token).toBeTruthy();
      expect(new Set(seen.bearers)).toEqual(new Set([first.access_token]));
      // The purpose picked before leaving came back through the provider (OIDC state) and is sent.
      expect(seen.purposes).toEqual(new Set(['supervision']));
      // Nothing of the sign-in is kept: no storage, no cookie in the hub's origin, and the code is gone from the URL.
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie, location.search]')).toEqual([0, 0, '', '']);
      expect(await context.cookies(hub.url)).toEqual([]);
      await expectAccessible(page);
      await screenshot(page, 'oidc-signed-in');

      // The token expires (the browser's clock moves past it): the next request renews it first.
      await page.clock.setSystemTime(Date.now() + (ACCESS_TOKEN_SECONDS + 60) * 1000);
      await rows.nth(0).getByRole('button', { name: 'Потвърди' }).click();
      await expect.poll(() => rows.filter({ hasText: 'Потвърдено на' }).count()).toBe(1);
      await expect
        .poll(() => seen.grants.map((g) => [g.grantType, g.status]))
        .toEqual([
          ['authorization_code', 200],
          ['refresh_token', 200],
        ]);
      const renewed = seen.grants[1]!.body.access_token!;
      expect(renewed).not.toBe(first.access_token);
      expect(decodeJwt(renewed)).toMatchObject({ aud: AUDIENCE, sub: 'maria.ivanova', role: 'MUNICIPALITY', unit: UNIT });
      // From the renewal on, only the new token is sent.
      expect(new Set(seen.bearers.slice(seen.bearers.indexOf(renewed)))).toEqual(new Set([renewed]));

      // The hub refuses the token (here: the next request's token arrives altered, so its signature fails,
      // as a revoked or expired one would): the console renews and sends the request again.
      let refused: unknown;
      await page.route(
        `${hub.url}/graphql`,
        async (route) => {
          const headers = { ...route.request().headers(), authorization: `${route.request().headers().authorization!.slice(0, -4)}AAAA` };
          const response = await route.fetch({ headers });
          refused = await response.json();
          await route.fulfill({ response });
        },
        { times: 1 },
      );
      await rows.filter({ hasNotText: 'Потвърдено на' }).first().getByRole('button', { name: 'Потвърди' }).click();
      await expect.poll(() => rows.filter({ hasText: 'Потвърдено на' }).count()).toBe(2);
      expect(refused).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      await expect
        .poll(() => seen.grants.map((g) => [g.grantType, g.status]))
        .toEqual([
          ['authorization_code', 200],
          ['refresh_token', 200],
          ['refresh_token', 200],
        ]);
      expect(seen.bearers.at(-1)).toBe(seen.grants[2]!.body.access_token);
      await page.getByRole('navigation').waitFor();
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
      guard.assertClean();
    });

    it('asks to sign in again, saying the session expired, when the provider refuses the renewal', async () => {
      const context = await browser!.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.clock.install();
      const guard = guardPage(page, hub.url, [provider.issuer]);
      const seen = watchTokens(page, hub.url, provider.issuer);
      await signInOidc(page, hub.url, provider.issuer, 'maria.ivanova', 'integration-agreement');
      const rows = page.getByTestId('notification');
      await expect.poll(() => rows.count()).toBe(4);
      await expect.poll(() => seen.grants.length).toBe(1);

      // The refresh token is revoked at the provider (as when the person is signed out there).
      const revoked = await fetch(`${provider.issuer.replace('localhost', '127.0.0.1')}/token/revocation`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: CLIENT_ID, token: seen.grants.at(-1)!.body.refresh_token!, token_type_hint: 'refresh_token' }),
      });
      expect(revoked.status).toBe(200);

      await page.clock.setSystemTime(Date.now() + (ACCESS_TOKEN_SECONDS + 60) * 1000);
      await rows.filter({ hasNotText: 'Потвърдено на' }).first().getByRole('button', { name: 'Потвърди' }).click();
      await page.getByText('Сесията изтече. Влезте отново.').waitFor();
      await page.getByRole('button', { name: SIGN_IN_BUTTON, exact: true }).waitFor();
      expect(await page.getByRole('navigation').count()).toBe(0);
      await expect
        .poll(() => seen.grants.map((g) => [g.grantType, g.status]))
        .toEqual([
          ['authorization_code', 200],
          ['refresh_token', 400],
        ]);
      expect(seen.grants[1]!.body).toMatchObject({ error: 'invalid_grant' });
      await screenshot(page, 'oidc-expired');
      guard.assertClean();
    });

    it('signs out at the provider too: the next sign-in asks for the account again', async () => {
      const context = await browser!.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const guard = guardPage(page, hub.url, [provider.issuer]);
      await signInOidc(page, hub.url, provider.issuer, 'maria.ivanova', 'integration-agreement');
      await page.getByRole('button', { name: 'Изход' }).click();
      // The provider's own page confirms, then sends the browser back to the console's sign-in.
      await page.waitForURL(`${provider.issuer}/session/end**`);
      await page.getByRole('button', { name: 'Да, изход' }).click();
      await page.getByRole('button', { name: SIGN_IN_BUTTON, exact: true }).waitFor();
      expect(new URL(page.url()).origin).toBe(new URL(hub.url).origin);
      // The provider's session is gone: signing in again asks for the account, it does not pass straight through.
      await page.getByRole('button', { name: SIGN_IN_BUTTON, exact: true }).click();
      await page.waitForURL(`${provider.issuer}/interaction/**`);
      await page.getByLabel('Потребител').waitFor();
      guard.assertClean();
    });

    it('tells a person whose token the hub refuses why, in Bulgarian, and offers the sign-in again', async () => {
      const context = await browser!.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const guard = guardPage(page, hub.url, [provider.issuer]);
      const seen = watchTokens(page, hub.url, provider.issuer);
      await page.goto(`${hub.url}/console`);
      await page.getByRole('button', { name: SIGN_IN_BUTTON, exact: true }).click();
      await page.waitForURL(`${provider.issuer}/interaction/**`);
      await page.getByLabel('Потребител').fill('petar.georgiev');
      await page.getByRole('button', { name: 'Влизане', exact: true }).click();
      // The hub's own message (its messageBg) for a token without the claims it needs.
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Данните в токена са невалидни.');
      await page.getByRole('button', { name: SIGN_IN_BUTTON, exact: true }).waitFor();
      expect(await page.getByRole('navigation').count()).toBe(0);
      // The token was obtained (and, refused, renewed once and refused again), never accepted.
      await expect
        .poll(() => seen.grants.map((g) => [g.grantType, g.status]))
        .toEqual([
          ['authorization_code', 200],
          ['refresh_token', 200],
        ]);
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie, location.search]')).toEqual([0, 0, '', '']);
      guard.assertClean();
    });
  });
});

describe('the console sign-in configuration', () => {
  const base = { ...process.env, NODE_ENV: 'test' };

  it('is off without a client id, and takes the issuer the hub trusts by default', () => {
    expect(loadConfig(base).console.oidc).toBeNull();
    expect(loadConfig({ ...base, JWT_ISSUER: 'https://idp.example/realms/hub', CONSOLE_OIDC_CLIENT_ID: 'console' }).console.oidc).toEqual({
      issuer: 'https://idp.example/realms/hub',
      clientId: 'console',
      scope: 'openid',
      resource: null,
    });
    expect(
      loadConfig({
        ...base,
        CONSOLE_OIDC_CLIENT_ID: 'console',
        CONSOLE_OIDC_ISSUER: 'https://login.example/tenant/v2.0',
        CONSOLE_OIDC_SCOPE: 'openid offline_access',
        CONSOLE_OIDC_RESOURCE: 'https://hub.example/graphql',
      }).console.oidc,
    ).toEqual({ issuer: 'https://login.example/tenant/v2.0', clientId: 'console', scope: 'openid offline_access', resource: 'https://hub.example/graphql' });
  });

  it('refuses an issuer that is no https URL (plain http only on loopback), and a scope without openid', () => {
    // JWT_ISSUER's default ('integration-hub') is no URL the browser could reach.
    expect(() => loadConfig({ ...base, CONSOLE_OIDC_CLIENT_ID: 'console' })).toThrow(
      /JWT_ISSUER: the console's identity provider \(issuer 'integration-hub'\) must be an https URL/,
    );
    expect(() => loadConfig({ ...base, CONSOLE_OIDC_CLIENT_ID: 'console', CONSOLE_OIDC_ISSUER: 'http://idp.example' })).toThrow(
      /CONSOLE_OIDC_ISSUER: .*must be served over https/,
    );
    expect(loadConfig({ ...base, CONSOLE_OIDC_CLIENT_ID: 'console', CONSOLE_OIDC_ISSUER: 'http://127.0.0.1:8080/realms/hub' }).console.oidc?.issuer).toBe(
      'http://127.0.0.1:8080/realms/hub',
    );
    expect(() => loadConfig({ ...base, CONSOLE_OIDC_CLIENT_ID: 'console', JWT_ISSUER: 'https://idp.example', CONSOLE_OIDC_SCOPE: 'profile' })).toThrow(
      /CONSOLE_OIDC_SCOPE: must include 'openid'/,
    );
    expect(() => loadConfig({ ...base, CONSOLE_OIDC_CLIENT_ID: 'console', JWT_ISSUER: 'https://idp.example', CONSOLE_OIDC_RESOURCE: 'hub' })).toThrow(
      /CONSOLE_OIDC_RESOURCE/,
    );
  });
});
