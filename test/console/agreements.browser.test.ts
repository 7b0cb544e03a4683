import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../console/src/i18n.js';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  AgreementApplicationsDocument,
  AgreementPageDocument,
  ApplicationStatus,
  InstitutionKind,
  InstitutionsDocument,
  MeasureArea,
  MunicipalitiesDocument,
} from '../gql/graphql.js';
import { aMunicipality, concludedAgreement, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/agreements.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

/** Cyrillic names as SAR enters them, unique to the test (the municipality's lists are shared with other files). */
const aFamilyName = () => `Тестова${randomInt(1_000_000)}`;

describe.skipIf(!CHROMIUM_PRESENT)(`the agreements pages in a real browser (${CHROMIUM})`, () => {
  let hub: TestHub;
  let browser: Browser;
  let municipalities: string[];

  beforeAll(async () => {
    hub = await startTestHub({ consoleDirectories: [(await buildConsole()).dir] });
    const all = await hub.anonymous.request(MunicipalitiesDocument, {});
    municipalities = all.data!.municipalities.map((m) => m.code);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** The institution's Bulgarian name, as the inbox shows a sender. */
  async function institutionName(code: string): Promise<string> {
    const res = await hub.anonymous.request(InstitutionsDocument, { kind: InstitutionKind.Municipality });
    return res.data!.institutions.find((i) => i.code === `MUNICIPALITY-${code}`)!.nameBg;
  }

  /**
   * A browser context of its own, its waits shorter than the test's time (which the data set-up through
   * the API shares), so that a step that does not come names the locator it waited for.
   */
  async function newPage() {
    const context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    return { context, page, guard: guardPage(page, hub.url) };
  }

  async function openAgreements(page: Page) {
    await page.getByRole('navigation').getByRole('link', { name: 'Споразумения' }).click();
  }

  it('a municipality sees the forwarded application’s deadline in its inbox, concludes the agreement through the form, and MVR’s inbox receives AGREEMENT_CONCLUDED', async () => {
    const code = aMunicipality(municipalities);
    const mayor = await registeredMunicipality(hub, code);
    const familyName = aFamilyName();
    const family = await forwardedFamily(hub, code, { holder: { givenNameCyrillic: 'Амина', familyNameCyrillic: familyName, birthDate: '1988-02-03' } });
    // The deadline of the Art. 20 p.5 notification, as the hub set it.
    const [forwarded] = await receivedAbout(mayor, 'APPLICATION_FORWARDED', family.applicationId);
    const deadline = formatDate(forwarded!.dueBy);

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: code });
    const notifications = page.getByTestId('notification').filter({ hasText: 'APPLICATION_FORWARDED' }).filter({ hasText: deadline });
    await expect.poll(() => notifications.count()).toBeGreaterThanOrEqual(1);

    await openAgreements(page);
    const application = page.getByTestId('application').filter({ hasText: `Амина ${familyName}` });
    await application.waitFor();
    await application.getByRole('button', { name: 'Сключи' }).click();
    const form = application.getByRole('form');
    await form.getByRole('button', { name: 'Сключи споразумението' }).click();

    // Concluded: the console opens the new agreement.
    await page.getByRole('heading', { name: `Споразумение: Амина ${familyName}`, exact: false }).waitFor();
    const agreementId = new URL(page.url()).pathname.split('/').at(-1)!;
    const term = page.getByTestId('term');
    await expect.poll(() => term.textContent()).toContain('Действащо');
    expect(await term.textContent()).toContain(formatDate(todayInSofia()));
    expect(await term.textContent()).toContain(formatDate(addDays(todayInSofia(), 365)).slice(3)); // one year on (Art. 3(2))
    await expect.poll(() => page.getByTestId('member').count()).toBe(1);
    await expect.poll(() => page.getByTestId('plan').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'agreement-detail-municipality');

    // The list: the new agreement, its dates as dd.mm.yyyy, the Cyrillic name as entered.
    await page.getByRole('link', { name: /Към списъка/ }).click();
    const row = page.getByTestId('agreement-row').filter({ hasText: `Амина ${familyName}` });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Действащо.*\d\d\.\d\d\.\d{4}/);
    // Concluded, the application no longer awaits conclusion.
    await expect.poll(() => page.getByTestId('application').filter({ hasText: `Амина ${familyName}` }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'agreements-list-municipality');
    guard.assertClean();
    await context.close();

    // MVR, in a browser context of its own (Art. 14 p.11: the ministry is told of the conclusion).
    const { context: mvrContext, page: mvrPage, guard: mvrGuard } = await newPage();
    await signInDev(mvrPage, hub.url, { role: 'MVR' });
    const sender = await institutionName(code);
    const concluded = mvrPage.getByTestId('notification').filter({ hasText: 'AGREEMENT_CONCLUDED' }).filter({ hasText: sender });
    await expect.poll(() => concluded.count()).toBeGreaterThanOrEqual(1);
    expect(await concluded.first().textContent()).toContain('Art. 14 p.11');
    mvrGuard.assertClean();
    await mvrContext.close();
    // And it is this agreement's notification.
    expect(await receivedAbout(await hub.as({ role: 'MVR' }), 'AGREEMENT_CONCLUDED', agreementId)).toHaveLength(1);
  }, 120_000);

  it('RZI of the province sees the health measure of a plan, not the employment measure (outside its statutory view), and who looked at the holder', async () => {
    const code = aMunicipality(municipalities);
    const province = code.slice(0, 3);
    const familyName = aFamilyName();
    const { mayor, agreement } = await concludedAgreement(hub, code, { holder: { givenNameCyrillic: 'Лейла', familyNameCyrillic: familyName } });
    const planId = agreement.plans![0]!.id;
    const health = `Имунизация по календара ${familyName}`;
    const employment = `Консултация за работа ${familyName}`;
    for (const [area, description, responsibleInstitutionCode] of [
      [MeasureArea.Healthcare, health, `RZI-${province}`],
      [MeasureArea.Employment, employment, 'AZ'],
    ] as const) {
      const added = await mayor.request(AddMeasureDocument, { input: { planId, area, description, responsibleInstitutionCode } });
      expect(added.errors).toBeUndefined();
    }

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'RZI', unit: province, purpose: 'health-care' });
    await openAgreements(page);
    // The province has other agreements (other files): narrow to the municipality with the filter.
    await page.getByLabel('Община (код)').fill(code);
    await page.getByRole('button', { name: 'Приложи' }).click();
    const row = page.getByTestId('agreement-row').filter({ hasText: `Лейла ${familyName}` });
    await row.getByRole('link').click();

    const plan = page.getByTestId('plan').filter({ hasText: `Лейла ${familyName}` });
    await plan.getByTestId('measure').first().waitFor();
    expect(await plan.getByTestId('measure').count()).toBe(1);
    expect(await plan.getByTestId('measure').textContent()).toContain(health);
    expect(await plan.getByTestId('measure').textContent()).toContain('Здравеопазване');
    // The employment measure: not on the page, said to be outside the view.
    expect(await page.getByText(employment).count()).toBe(0);
    expect(await plan.getByTestId('measures-outside').textContent()).toContain('извън вашия законов обхват');
    // Fields the hub refuses RZI (FORBIDDEN with their paths): the plan's kind, the agreement's members.
    expect(await plan.textContent()).toContain('Вид план: извън вашия законов обхват');
    expect(await page.getByTestId('members-outside').textContent()).toContain('извън вашия законов обхват');
    // The rest works: the term and the holder.
    expect(await page.getByTestId('term').textContent()).toContain('Действащо');
    const holder = page.getByTestId('member').filter({ hasText: `Лейла ${familyName}` });
    await holder.getByRole('button', { name: 'Кой е преглеждал данните на лицето' }).click();
    // The access log has the municipality's conclusion and RZI's own read of this page.
    const log = holder.getByTestId('who-accessed');
    await expect.poll(() => log.textContent()).toContain(`RZI-${province}`);
    expect(await log.textContent()).toContain(`MUNICIPALITY-${code}`);

    await expectAccessible(page);
    await screenshot(page, 'agreement-detail-rzi');
    guard.assertClean();
    await context.close();
  }, 120_000);

  it('a bad input shows the hub’s Bulgarian message beside the field it names, and nothing is written', async () => {
    const code = aMunicipality(municipalities);
    const mayor = await registeredMunicipality(hub, code);
    const familyName = aFamilyName();
    const family = await forwardedFamily(hub, code, { holder: { givenNameCyrillic: 'Фатима', familyNameCyrillic: familyName } });

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: code });
    await openAgreements(page);
    const application = page.getByTestId('application').filter({ hasText: `Фатима ${familyName}` });
    await application.getByRole('button', { name: 'Сключи' }).click();
    const form = application.getByRole('form');
    // A day of signing in the future: the hub refuses it (signedOn).
    await form.getByLabel('Подписано на (дд.мм.гггг)').fill(formatDate(addDays(todayInSofia(), 10)));
    await form.getByRole('button', { name: 'Сключи споразумението' }).click();
    const field = form.locator('.field', { has: page.getByLabel('Подписано на (дд.мм.гггг)') });
    await expect.poll(() => field.textContent()).toContain('signedOn: е в бъдещето');
    expect(await form.getByLabel('Подписано на (дд.мм.гггг)').getAttribute('aria-invalid')).toBe('true');
    guard.assertClean();
    await context.close();

    // Nothing written: the application still awaits conclusion, and no agreement has the applicant.
    const applications = await mayor.request(AgreementApplicationsDocument, { filter: { status: ApplicationStatus.Forwarded, forwardedTo: code }, first: 100 });
    expect(applications.data!.agreementApplications.edges.some((e) => e.node.id === family.applicationId)).toBe(true);
    const agreements = await mayor.request(AgreementPageDocument, { filter: { municipalityCode: code }, first: 100 });
    expect(agreements.data!.agreements.edges.filter((e) => e.node.holder?.id === family.holderId)).toEqual([]);
  }, 120_000);
});
