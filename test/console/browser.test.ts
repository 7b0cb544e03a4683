import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../../src/modules/notifications/notification.events.js';
import { NotificationKind } from '../../src/domain/notifications.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

const UNIT = 'PAZ24';

describe.skipIf(!CHROMIUM_PRESENT)(`the console in a real browser (${CHROMIUM})`, () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startTestHub({ consoleDirectories: [(await buildConsole()).dir] });
    // Two notifications for the municipality: one long past its deadline, one far ahead.
    const em = hub.orm.em.fork();
    for (const [by, id] of [
      [new Date('2099-03-07T10:00:00Z'), '00000000-0000-4000-8000-000000000182'],
      [new Date('2026-01-05T10:00:00Z'), '00000000-0000-4000-8000-000000000181'],
    ] as const) {
      send(em, {
        kind: NotificationKind.APPLICATION_FORWARDED,
        sender: 'SAR',
        recipients: [[`MUNICIPALITY-${UNIT}`, 'Art. 20 p.5']],
        subject: { type: 'AgreementApplication', id },
        sections: [],
        due: { by, basis: 'Art. 20 p.5' },
      });
    }
    await em.flush();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('signs in as a municipality, shows the inbox overdue first with dd.mm.yyyy deadlines, acknowledges, switches the language, and passes axe', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: UNIT });

    await page.getByRole('heading', { name: 'Входящи известия' }).waitFor();
    const rows = page.getByTestId('notification');
    await expect.poll(() => rows.count()).toBe(2);
    // Overdue first, marked so; dates as dd.mm.yyyy.
    await expect.poll(() => rows.nth(0).textContent()).toContain('05.01.2026');
    expect(await rows.nth(0).textContent()).toContain('Просрочено');
    expect(await rows.nth(1).textContent()).toContain('07.03.2099');
    expect(await rows.nth(1).textContent()).not.toContain('Просрочено');
    // The token is kept in memory only.
    expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);

    await screenshot(page, 'inbox-bg');

    await rows.nth(0).getByRole('button', { name: 'Потвърди' }).click();
    await expect.poll(() => rows.nth(0).textContent()).toMatch(/Потвърдено на \d\d\.\d\d\.\d{4}/);

    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Notifications inbox' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await expect.poll(() => rows.nth(1).textContent()).toContain('Acknowledge');

    await expectAccessible(page);
    await screenshot(page, 'inbox-en');
    guard.assertClean();
    await context.close();
  });

  it('shows a field the policy refuses as outside the statutory view, in the language chosen, and the rest of the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The hub's own answer, with the first row's sender refused as the policy refuses a field: null in
    // data, FORBIDDEN with its path in errors (which notification fields a role may read is the policy's tests' concern).
    await page.route(`${hub.url}/graphql`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { data?: { notifications?: { edges: { node: { sender: unknown } }[] } }; errors?: unknown[] };
      const edges = body.data?.notifications?.edges;
      if (edges?.length) {
        edges[0].node.sender = null;
        body.errors = [{ message: 'Not authorised!', path: ['notifications', 'edges', 0, 'node', 'sender'], extensions: { code: 'FORBIDDEN' } }];
      }
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${hub.url}/console`);
    await page.getByTestId('language').selectOption('en');
    await page.getByLabel('Unit (code)').fill(UNIT);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const rows = page.getByTestId('notification');
    await expect.poll(() => rows.count()).toBe(2);
    const refused = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? '').filter((t) => t.includes('outside your statutory view')));
    expect(refused).toHaveLength(1);
    // The rest of the row and of the page work.
    expect(refused[0]).toMatch(/\d\d\.\d\d\.\d{4}/);
    expect((await rows.filter({ hasText: 'State Agency for Refugees' }).count()) + (await rows.filter({ hasText: 'Държавна агенция' }).count())).toBe(1);
    await page.getByTestId('language').selectOption('bg');
    await expect.poll(() => page.getByText('извън вашия законов обхват').count()).toBe(1);
    await context.close();
  });
});
