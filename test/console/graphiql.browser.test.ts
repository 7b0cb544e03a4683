import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../../src/modules/notifications/notification.events.js';
import { NotificationKind } from '../../src/domain/notifications.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/graphiql.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

// A municipality no other test writes to: its inbox holds this file's one notification only.
const UNIT = 'TGV02';
const SUBJECT = '00000000-0000-4000-8000-000000001802';

/** What an editor shows, its spaces as spaces (Monaco draws them as no-break spaces). */
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

describe.skipIf(!CHROMIUM_PRESENT)(`GraphiQL in the console (${CHROMIUM})`, () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startTestHub({ consoleDirectories: [(await buildConsole()).dir] });
    const em = hub.orm.em.fork();
    send(em, {
      kind: NotificationKind.APPLICATION_FORWARDED,
      sender: 'SAR',
      recipients: [[`MUNICIPALITY-${UNIT}`, 'Art. 20 p.5']],
      subject: { type: 'AgreementApplication', id: SUBJECT },
      sections: [],
      due: { by: new Date('2099-03-07T10:00:00Z'), basis: 'Art. 20 p.5' },
    });
    await em.flush();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("runs an example of the API guide with the person's token and purpose, shows the answer and the schema's documentation, all from the hub under its CSP", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: UNIT, purpose: 'integration-agreement' });
    await page.getByRole('link', { name: 'GraphiQL' }).click();
    await page.getByRole('heading', { name: 'GraphiQL за интегратори' }).waitFor();
    // Monaco is up (its editor, from the hub's own chunk).
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();

    // The guide's examples are offered; the inbox one replaces the open tab's query.
    const picker = page.getByLabel('Пример от docs/api-guide.md');
    const options = await picker.locator('option').allTextContents();
    expect(options.filter((o) => o.includes('as MUNICIPALITY: your inbox'))).toHaveLength(1);
    expect(options.some((o) => o.includes('as SAR: the people in the register'))).toBe(true);
    const editor = page.locator('.graphiql-query-editor');
    await picker.selectOption({ label: options.find((o) => o.includes('as MUNICIPALITY: the measures of your plans'))! });
    await expect.poll(() => text(editor)).toContain('query Measures(');
    await picker.selectOption({ label: options.find((o) => o.includes('as MUNICIPALITY: your inbox'))! });
    await expect.poll(() => text(editor)).toContain('query Inbox(');
    expect(await text(editor)).not.toContain('query Measures(');

    const sent = page.waitForRequest((r) => r.url() === `${hub.url}/graphql` && r.method() === 'POST' && (r.postData() ?? '').includes('query Inbox'));
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const request = await sent;
    // The signed-in person's own credentials: a bearer token and the purpose chosen at sign-in.
    expect(request.headers().authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(request.headers()['x-purpose']).toBe('integration-agreement');
    // The answer is the municipality's inbox as the hub gives it: the one notification of this file.
    const response = page.locator('.graphiql-response');
    await expect.poll(() => text(response)).toContain('"totalCount": 1');
    // (Monaco draws only the lines in view: the rest of the answer is read from the wire.)
    const answer = (await (await request.response())!.json()) as { data: { notifications: { edges: { node: { kind: string } }[] } } };
    expect(answer.data.notifications.edges.map((e) => e.node.kind)).toEqual(['APPLICATION_FORWARDED']);

    // The documentation explorer, from the schema bundled with the console.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.getByText('Root Types').waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('agreementStatistics').first().waitFor();

    // Nothing kept in the browser: GraphiQL's store is in memory.
    expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
    await screenshot(page, 'graphiql');
    await expectAccessible(page);
    guard.assertClean();
    await context.close();
  });

  it('sends a browser that opens GET /graphql to the console’s GraphiQL', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await page.goto(`${hub.url}/graphql`);
    await expect.poll(() => page.url()).toBe(`${hub.url}/console/graphiql`);
    // Not signed in yet: the console asks first, then opens GraphiQL where it was sent.
    await page.getByRole('heading', { name: 'Вход за разработка' }).waitFor();
    await expectAccessible(page);
    guard.assertClean();
    await context.close();
  });
});
