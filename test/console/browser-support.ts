import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Debian's chromium (apt-get install -y chromium; .ci/run installs it): Playwright's own browser
 * downloads are not reachable from these machines. A file of browser tests skips when it is absent:
 * `describe.skipIf(!CHROMIUM_PRESENT)`.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_PRESENT = fs.existsSync(CHROMIUM);

/** Screenshots, kept as the run's artefacts (gitignored). */
const ARTEFACTS = path.resolve('test-artefacts/console');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
}

/**
 * Watches a page for what the console must never do: break its Content-Security-Policy, or load
 * anything from outside the hub. `assertClean()` at the end of a test.
 */
export function guardPage(page: Page, hubUrl: string, allowedOrigins: string[] = []) {
  const violations: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(hubUrl) && !url.startsWith('data:') && !allowedOrigins.some((o) => url.startsWith(o))) outside.push(url);
  });
  return {
    assertClean() {
      expect(violations).toEqual([]);
      expect(outside).toEqual([]);
    },
  };
}

/** Signs in through the development picker (its Bulgarian labels: the console opens in Bulgarian). */
export async function signInDev(page: Page, hubUrl: string, who: { role: string; unit?: string | null; purpose?: string }) {
  await page.goto(`${hubUrl}/console`);
  await page.getByRole('heading', { name: 'Вход за разработка' }).waitFor();
  await page.getByLabel('Роля').selectOption(who.role);
  await page.getByLabel('Звено (код)').fill(who.unit ?? '');
  await page.getByLabel('Цел на използването').selectOption(who.purpose ?? 'integration-agreement');
  await page.getByRole('button', { name: 'Вход' }).click();
  await page.getByRole('navigation').waitFor();
}

/** axe-core on the page as it is: no serious or critical violations. */
export async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** A screenshot of the whole page, as a test artefact: test-artefacts/console/<name>.png. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage: true });
}
