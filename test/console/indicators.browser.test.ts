import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSofia } from '../../src/shared/dates.js';
import { AddMeasureIdDocument, ConcludeAgreementDocument, OpenChildCaseDocument, RecordMeasureResultStatusDocument, Sex } from '../gql/graphql.js';
import { forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/indicators.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

// A municipality no other test names: a MUNICIPALITY reads the statistics of its own agreements only,
// so the figures below are this file's.
const UNIT = 'BLG02';
// Eight agreements with a male holder, one with a female holder, signed today, each holder employed
// from today (Art. 12(1) p.3). Published by the cell-key
// method (at most ±2, docs/indicators.md): men 8 → 6 to 10, always shown; women 1 → at most 3, under
// the threshold (5), always suppressed; the total 9 → 7 to 11.
const MEN = 8;

describe.skipIf(!CHROMIUM_PRESENT)(`the indicators in the console (${CHROMIUM})`, () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startTestHub({ consoleDirectories: [(await buildConsole()).dir] });
    const mayor = await registeredMunicipality(hub, UNIT);
    for (const sex of [...Array<Sex>(MEN).fill(Sex.Male), Sex.Female]) {
      const family = await forwardedFamily(hub, UNIT, { holder: { sex } });
      const concluded = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [] } });
      if (!concluded.data) throw new Error(`concludeAgreement failed: ${JSON.stringify(concluded.errors)}`);
      // Employed from today (Art. 12(1) p.3): an EMPLOYED measure of the holder's plan, IN_PROGRESS.
      const planId = concluded.data.concludeAgreement.plans!.find((p) => p.beneficiary?.id === family.holderId)!.id;
      const added = await mayor.request(AddMeasureIdDocument, {
        input: { planId, area: 'EMPLOYMENT', service: 'EMPLOYED', description: 'Employed', responsibleInstitutionCode: 'AZ' },
      });
      if (!added.data) throw new Error(`addMeasure failed: ${JSON.stringify(added.errors)}`);
      const recorded = await mayor.request(RecordMeasureResultStatusDocument, {
        input: { measureId: added.data.addMeasure.id, status: 'IN_PROGRESS', result: 'Employed', recordedOn: todayInSofia() },
      });
      if (!recorded.data) throw new Error(`recordMeasureResult failed: ${JSON.stringify(recorded.errors)}`);
    }
    // One unaccompanied child identified today, through the API (MVR at the border): the national
    // children's indicators count at least this case (other files of the run may add theirs).
    const mvr = await hub.as({ role: 'MVR' });
    const opened = await mvr.request(OpenChildCaseDocument, {
      input: { separation: 'UNACCOMPANIED', identifiedWhere: 'Border police, Kapitan Andreevo', identifiedOn: todayInSofia(), givenName: 'Bilal' },
    });
    if (!opened.data) throw new Error(`openChildCase failed: ${JSON.stringify(opened.errors)}`);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('shows the employed (Art. 12) and the agreements by sex as a chart and a table, the small group as suppressed, and downloads the same as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: UNIT });
    await page.getByRole('link', { name: 'Показатели' }).click();
    await page.getByRole('heading', { name: 'Показатели', level: 2 }).waitFor();

    // The Art. 12 view first, the employed (p.3) by sex: the men published, the one woman suppressed.
    const byGroup = async (testId: string) => {
      const rows = page.getByTestId(testId).locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      return Object.fromEntries(cells.map(([group, count]) => [group!, count!]));
    };
    const employed = await byGroup('indicator-table');
    expect(Number(employed.мъже)).toBeGreaterThanOrEqual(MEN - 2);
    expect(Number(employed.мъже)).toBeLessThanOrEqual(MEN + 2);
    expect(employed.жени).toBe('скрито');
    expect(await page.getByTestId('indicator').getByRole('heading').textContent()).toBe('Чл. 12, ал. 1, т. 3 — заети');
    await expect.poll(() => page.getByTestId('indicator-chart').locator('.recharts-bar-rectangle').count()).toBe(1);
    // Grouped by a second dimension too: the table gains its column.
    await page.getByRole('checkbox', { name: 'Възрастова група' }).check();
    await expect.poll(() => page.getByTestId('indicator-table').locator('thead th').allTextContents()).toEqual(['Възрастова група', 'Пол', 'Брой']);
    await screenshot(page, 'indicators-art12-bg');

    await page.getByRole('link', { name: 'Споразумения' }).last().click();
    const table = page.getByTestId('agreements-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const men = cells.find((c) => c[0] === 'мъже')!;
    const women = cells.find((c) => c[0] === 'жени')!;
    expect(Number(men[1])).toBeGreaterThanOrEqual(MEN - 2);
    expect(Number(men[1])).toBeLessThanOrEqual(MEN + 2);
    // Suppressed in words, never a number.
    expect(women[1]).toBe('скрито');
    const total = Number(await page.getByTestId('agreements-total').textContent());
    expect(total).toBeGreaterThanOrEqual(MEN + 1 - 2);
    expect(total).toBeLessThanOrEqual(MEN + 1 + 2);
    // The chart draws the published group only (one bar), and says the suppressed one is left out.
    const chart = page.getByTestId('agreements-chart');
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBe(1);
    expect(await chart.locator('figcaption').textContent()).toContain('Скритите групи не са на графиката');
    await screenshot(page, 'indicators-agreements-bg');

    // The CSV: the same figures, the suppressed group in words.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('agreements').getByRole('button', { name: 'Изтегляне като CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^agreements-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean)
        .sort(),
    ).toEqual(['Пол,Брой', `мъже,${men[1]}`, 'жени,скрито', `Общо,${total}`].sort());

    // The children's indicators are national (CHILD_STATS): a municipality does not read them, and has no tab for them.
    expect(await page.getByRole('link', { name: 'Деца (План за действие)' }).count()).toBe(0);

    // In English too.
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))).toContain('womensuppressed');
    await expectAccessible(page);
    await screenshot(page, 'indicators-agreements-en');
    guard.assertClean();
    await context.close();
  });

  it("shows the Action Plan's children's indicators to DAZD, each figure or its suppression, and as CSV", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'DAZD', unit: null, purpose: 'child-protection' });
    await page.getByRole('link', { name: 'Показатели' }).click();
    await page.getByRole('link', { name: 'Деца (План за действие)' }).click();
    const figures = page.getByTestId('children-figures-table');
    await figures.waitFor();
    const rows = await figures.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map((r) => r[0])).toEqual([
      'Координирани случаи (ПД II.6)',
      'Приключени случаи (ПД II.6)',
      'Приключени случаи с оказана методическа подкрепа (ПД II.6)',
      'Насочвания (ПД I.15.1)',
      'Бързи оценки на най-добрия интерес (ПД I.15.1)',
      'Пълни оценки на най-добрия интерес (ПД I.15.1)',
      'Мониторингови посещения (ПД I.18; посещения, не лица)',
      'Просрочени проследявания на препоръки (ПД I.18; посещения)',
    ]);
    // Each figure is a count or the word for a suppressed one (the cases are the whole run's, national).
    for (const [, value] of rows) expect(value).toMatch(/^(\d+|скрито)$/);
    // At least this file's case was coordinated: a figure of 5 or more, or suppressed; never 0.
    expect(rows[0]![1]).not.toBe('0');
    // Visits are counted, never suppressed.
    expect(rows[6]![1]).toMatch(/^\d+$/);
    expect(rows[7]![1]).toMatch(/^\d+$/);
    // Its case is in the children by status, under its status's name.
    const byStatus = page.getByTestId('children-childrenByStatus-table');
    expect(await byStatus.locator('tbody td:first-child').allTextContents()).toContain('идентифицирано');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('children-figures').getByRole('button', { name: 'Изтегляне като CSV' }).click();
    const csv = fs.readFileSync(await (await downloading).path(), 'utf8').replace(/^\uFEFF/, '');
    // RFC 4180: a cell with a comma is quoted.
    const cell = (v: string) => (v.includes(',') ? `"${v}"` : v);
    expect(csv.split('\r\n').filter(Boolean)).toEqual(['Показател,Брой', ...rows.map((r) => r.map(cell).join(','))]);

    await expectAccessible(page);
    await screenshot(page, 'indicators-children-bg');
    guard.assertClean();
    await context.close();
  });

  it("shows ASP (AP II.8) the children's indicators only: not the Art. 12 or agreements' statistics it does not read", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'ASP', unit: null, purpose: 'child-protection' });
    await page.getByRole('link', { name: 'Показатели' }).click();
    await page.getByTestId('children-figures-table').waitFor();
    const views = page.getByRole('navigation', { name: 'Изгледи' });
    expect(await views.getByRole('link').allTextContents()).toEqual(['Деца (План за действие)']);
    guard.assertClean();
    await context.close();
  });

  it('is not in the menu of a role that does not read statistics', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, { role: 'AZ', unit: null, purpose: 'integration-agreement' });
    await page.getByRole('link', { name: 'GraphiQL' }).waitFor();
    expect(await page.getByRole('link', { name: 'Показатели' }).count()).toBe(0);
    guard.assertClean();
    await context.close();
  });
});
