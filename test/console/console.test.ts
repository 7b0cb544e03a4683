import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRouter } from '../../src/server/console.js';
import { loadConfig } from '../../src/config/config.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { productionEnv } from '../support/production.js';
import { buildConsole } from './build.js';

let built: Awaited<ReturnType<typeof buildConsole>>;
beforeAll(async () => {
  built = await buildConsole();
});

const csp = (response: Response) =>
  Object.fromEntries(
    (response.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')]),
  );

describe('the console in development', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ consoleDirectories: [built.dir] });
  });
  afterAll(() => hub?.stop());

  it('serves index.html at /console with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${hub.url}/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<div id="root"></div>');
    // No inline script: every script is a file of the hub's.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    const policy = csp(response);
    expect(policy['default-src']).toBe("'self'");
    expect(policy['script-src']).toBe("'self'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|https?:/);
    // Inline styles only, for GraphiQL's editor (src/server/console.ts); never an inline script.
    expect(policy['style-src']).toBe("'self' 'unsafe-inline'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the client routes, and the assets it names', async () => {
    const page = await fetch(`${hub.url}/console/inbox/some-route`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${hub.url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect((await fetch(`${hub.url}/console/assets/missing.js`)).status).toBe(404);
  });

  it('mints a development token for the picked role, unit and purpose, which the API accepts', async () => {
    const response = await fetch(`${hub.url}/console/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'MUNICIPALITY', unit: 'SOF46', purpose: 'integration-agreement' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token } = (await response.json()) as { token: string };
    expect(decodeJwt(token)).toMatchObject({ role: 'MUNICIPALITY', unit: 'SOF46', purpose: 'integration-agreement' });

    const answer = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'integration-agreement' },
      body: JSON.stringify({ query: '{ notifications(first: 1) { totalCount } }' }),
    });
    const body = (await answer.json()) as { data?: { notifications: { totalCount: number } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(typeof body.data?.notifications.totalCount).toBe('number');
  });

  it('refuses a development token for a role without its unit, or without a purpose', async () => {
    const ask = (body: object) =>
      fetch(`${hub.url}/console/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const noUnit = await ask({ role: 'MUNICIPALITY', purpose: 'x' });
    expect(noUnit.status).toBe(400);
    const refused = (await noUnit.json()) as { errors: { message: string; extensions: { code: string; field: string } }[] };
    expect(refused.errors[0]).toMatchObject({ message: expect.stringMatching(/needs a unit/), extensions: { code: 'BAD_USER_INPUT', field: 'unit' } });
    expect((await ask({ role: 'NOBODY', purpose: 'x' })).status).toBe(400);
    expect((await ask({ role: 'MVR' })).status).toBe(400);
  });
});

describe('the console in production', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: productionEnv().env, consoleDirectories: [built.dir] });
  });
  afterAll(() => hub?.stop());

  it('has no development token endpoint (404), and still serves the console', async () => {
    expect(hub.config.isProduction).toBe(true);
    const response = await fetch(`${hub.url}/console/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'ADMIN', purpose: 'supervision' }),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/eyJ/);
    const page = await fetch(`${hub.url}/console/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age/);
  });
});

describe('the console without a build', () => {
  it('answers 503 with what to do, and does not crash', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-console-none-'));
    const app = express().use('/console', consoleRouter(loadConfig({ ...process.env, NODE_ENV: 'test' }), [empty]));
    const server = app.listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as import('node:net').AddressInfo;
      for (const url of ['/console', '/console/inbox', '/console/assets/index.js']) {
        const response = await fetch(`http://127.0.0.1:${port}${url}`);
        expect(response.status, url).toBe(503);
        expect(await response.text()).toMatch(/npm run build/);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
