import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/modules/notifications/delivery/signature.js';
import { RemoveWebhookDocument } from '../gql/graphql.js';
import { registerBeneficiary } from '../support/builders.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/operators.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

// RZI-TGV: no other test file registers its webhook (nor concludes agreements in TGV that notify it).
const INSTITUTION = 'RZI-TGV';

describe.skipIf(!CHROMIUM_PRESENT)(`the operators' pages in a real browser (${CHROMIUM})`, () => {
  let hub: TestHub;
  let browser: Browser;
  let beneficiaryId: string;
  const received: { raw: string; signature: string; body: { kind: string; test?: boolean; recipient: string } }[] = [];
  const receiver = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      received.push({ raw, signature: String(req.headers['x-hub-signature']), body: JSON.parse(raw) });
      res.statusCode = 200;
      res.end();
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hub = await startTestHub({ consoleDirectories: [(await buildConsole()).dir] });
    // Entries in the access log for the chain to hold and the search to find: SAR registers a person.
    beneficiaryId = await registerBeneficiary(await hub.as({ role: 'SAR', purpose: 'registration' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    // The endpoint goes with the receiver: nothing of this file's outlives it.
    if (hub) await (await hub.as({ role: 'RZI', unit: 'TGV' })).request(RemoveWebhookDocument);
    await hub?.stop();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('as ADMIN: verifies the access-log chain, registers an endpoint, rotates its key (shown once), sends a test delivery and sees the attempt', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A step that does not come fails with its locator, before the test's own time is up (the machine
    // may be loaded: 30 s a step).
    page.setDefaultTimeout(30_000);
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'ADMIN', purpose: 'supervision' });

    // The menu offers the operators' pages to ADMIN.
    await page.getByRole('navigation', { name: 'Основно меню' }).getByRole('link', { name: 'Администриране' }).click();
    await page.getByRole('heading', { name: 'Институции и техните уеб куки' }).waitFor();
    await expect.poll(() => page.getByTestId('institution-webhook').count()).toBeGreaterThan(100);
    await expectAccessible(page);
    await screenshot(page, 'operators-webhooks-bg');

    // The access log: its chain verified, and a page of entries.
    const sections = page.getByRole('navigation', { name: 'Раздели на администрирането' });
    await sections.getByRole('link', { name: 'Журнал на достъпа' }).click();
    await page.getByRole('heading', { name: 'Журнал на достъпа', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Провери веригата' }).click();
    const report = page.getByTestId('chain-report');
    await expect.poll(() => report.textContent()).toContain('Веригата е цяла');
    expect(Number(/Проверени записи: (\d+)/.exec((await report.textContent())!)?.[1])).toBeGreaterThan(0);
    // The search: the entries that touched the person, SAR's registration among them.
    await page.getByLabel('Идентификатор на запис').fill(beneficiaryId);
    await page.getByRole('button', { name: 'Търси' }).click();
    const entries = page.getByTestId('audit-entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(0);
    expect(await entries.first().textContent()).toMatch(/SAR \(SAR\).*mutation/);
    expect(await entries.first().textContent()).toContain('IDENTITY: 1');
    await expectAccessible(page);
    await screenshot(page, 'operators-audit-bg');

    // One institution's webhook: registered for it, its key rotated, tested.
    await sections.getByRole('link', { name: 'Институции и уеб куки' }).click();
    await page.getByLabel('Търсене по код или име').fill(INSTITUTION);
    await expect.poll(() => page.getByTestId('institution-webhook').count()).toBe(1);
    await page.getByRole('link', { name: `Управление: ${INSTITUTION}` }).click();
    await page.getByRole('heading', { name: new RegExp(`Управление на уеб куката на .*${INSTITUTION}`) }).waitFor();
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/tgv`;
    await page.getByLabel('Адрес на уеб куката (https)').fill(url);
    await page.getByRole('button', { name: 'Регистрирай' }).click();
    const key = page.getByTestId('new-key');
    await expect.poll(() => page.getByTestId('webhook-url').textContent()).toBe(url);
    const first = await key.locator('code').textContent();
    expect(first?.length).toBeGreaterThanOrEqual(32);

    await page.getByRole('button', { name: 'Смени ключа' }).click();
    await page.getByRole('button', { name: 'Потвърждавам смяната: старият ключ престава да важи' }).click();
    await expect.poll(() => key.locator('code').textContent()).not.toBe(first);
    const rotated = (await key.locator('code').textContent())!;
    expect(rotated.length).toBeGreaterThanOrEqual(32);
    await expectAccessible(page);
    await screenshot(page, 'operators-new-key-bg');
    // Shown once: hidden, it is nowhere on the page, and the hub never sends it again.
    await page.getByRole('button', { name: 'Скрий ключа' }).click();
    await expect.poll(() => key.count()).toBe(0);
    expect(await page.content()).not.toContain(rotated);

    await page.getByRole('button', { name: 'Изпрати пробна доставка' }).click();
    await expect.poll(() => page.getByTestId('test-result').textContent()).toBe('Пробната доставка е приета: 200');
    const attempt = page.getByTestId('attempt').first();
    await expect.poll(() => attempt.textContent()).toMatch(/\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\dпробна1приета200/);
    // What reached the endpoint: the test body, signed with the rotated key (not the first one).
    const test = received.find((r) => r.body.kind === 'TEST');
    expect(test?.body).toMatchObject({ test: true, recipient: INSTITUTION });
    expect(verify(rotated, test!.raw, test!.signature)).toBe(true);
    expect(verify(first!, test!.raw, test!.signature)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'operators-webhook-bg');

    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Delivery attempts' }).waitFor();
    await expect.poll(() => attempt.textContent()).toContain('accepted');
    await expectAccessible(page);
    await screenshot(page, 'operators-webhook-en');

    // Delivery health: failed notifications by default (metadata only).
    await page.getByRole('navigation', { name: 'Operations sections' }).getByRole('link', { name: 'Notification delivery' }).click();
    await page.getByRole('heading', { name: 'Notification delivery' }).waitFor();
    await expect.poll(() => page.getByText(/^Total: \d+$/).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'operators-deliveries-en');

    // Readiness and migrations: every migration applied, none pending.
    const sectionsEn = page.getByRole('navigation', { name: 'Operations sections' });
    await sectionsEn.getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('heading', { name: 'Readiness of the hub' }).waitFor();
    await expect.poll(() => page.getByTestId('migrations-state').textContent()).toBe('No pending migrations: the hub is ready.');
    expect(await page.getByTestId('migration').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('hub-status').textContent()).toContain('Databasereachable');
    await expectAccessible(page);
    await screenshot(page, 'operators-status-en');

    // The access matrix, from the policy: ADMIN reads the access log and the operations, not a notification's content.
    await sectionsEn.getByRole('link', { name: 'Access matrix' }).click();
    await page.getByRole('heading', { name: 'Access matrix', level: 2 }).waitFor();
    const admin = page.getByTestId('role-access').filter({ has: page.getByRole('rowheader', { name: 'ADMIN', exact: true }) });
    await expect.poll(() => admin.count()).toBe(1);
    const header = await page.getByTestId('access-matrix').locator('thead th').allTextContents();
    const adminCells = await admin.locator('td').allTextContents();
    const cellOf = (dataClass: string) => adminCells[header.findIndex((h) => h.replace(' *', '') === dataClass) - 1];
    expect([cellOf('AUDIT'), cellOf('OPERATIONS'), cellOf('NOTIFICATION'), cellOf('NOTIFICATION_CONTENT'), cellOf('IDENTITY')]).toEqual([
      'R',
      'R',
      'R',
      '—',
      '—',
    ]);
    await expectAccessible(page);
    await screenshot(page, 'operators-access-en');

    guard.assertClean();
    await context.close();
  }, 240_000);
});
