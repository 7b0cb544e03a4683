import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AddMeasureDocument,
  AgreementApplicationsDocument,
  AgreementPageDocument,
  ConcludeAgreementDocument,
  ApplicationStatus,
  InstitutionKind,
  InstitutionsDocument,
  MeasureArea,
  MunicipalitiesDocument,
  Sex,
} from '../gql/graphql.js';
import { aMunicipality, concludedAgreement, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/agreements.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

/**
 * dd.mm.yyyy of a day or an instant in Europe/Sofia, as the console shows dates (console/src/i18n.ts
 * formatDate; not imported: it would bring React's types, and their bare DOM globals, into the tests' program).
 */
function formatDate(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date(iso));
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

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
    const notifications = page.getByTestId('notification').filter({ hasText: 'Препратено заявление' }).filter({ hasText: deadline });
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
    await expect.poll(() => term.getByTestId('status').textContent()).toBe('Действащо');
    expect(await term.textContent()).toContain(formatDate(todayInSofia()));
    expect(await term.textContent()).toContain(formatDate(addYears(todayInSofia(), 1))); // one year on (Art. 3(2))
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
    await expect
      .poll(() =>
        page
          .getByTestId('application')
          .filter({ hasText: `Амина ${familyName}` })
          .count(),
      )
      .toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'agreements-list-municipality');
    guard.assertClean();
    await context.close();

    // MVR, in a browser context of its own (Art. 14 p.11: the ministry is told of the conclusion).
    const { context: mvrContext, page: mvrPage, guard: mvrGuard } = await newPage();
    await signInDev(mvrPage, hub.url, { role: 'MVR' });
    const sender = await institutionName(code);
    const concluded = mvrPage.getByTestId('notification').filter({ hasText: 'Сключено споразумение' }).filter({ hasText: sender });
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
    expect(await page.getByTestId('term').getByTestId('status').textContent()).toBe('Действащо');
    const holder = page.getByTestId('member').filter({ hasText: `Лейла ${familyName}` });
    await holder.getByRole('button', { name: 'Кой е преглеждал данните на лицето' }).click();
    // The access log has the municipality's conclusion and RZI's own read of this page.
    const log = page.getByTestId('who-accessed').filter({ hasText: `Лейла ${familyName}` });
    await expect.poll(() => log.textContent()).toContain(`RZI-${province}`);
    expect(await log.textContent()).toContain('Здравеопазване'); // the purpose RZI signed in with, by its name
    expect(await log.textContent()).toContain(`MUNICIPALITY-${code}`);

    await expectAccessible(page);
    await screenshot(page, 'agreement-detail-rzi');
    // In English, the same refusals in the reader's language.
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Individual integration plans' }).waitFor();
    expect(await plan.textContent()).toContain('Kind of plan: outside your statutory view');
    expect(await plan.getByTestId('measure').textContent()).toContain('Health care');
    await screenshot(page, 'agreement-detail-rzi-en');
    guard.assertClean();
    await context.close();
  }, 120_000);

  it('a municipality prepares a draft through the conclude form and signs it with the sign form', async () => {
    const code = aMunicipality(municipalities);
    await registeredMunicipality(hub, code);
    const familyName = aFamilyName();
    await forwardedFamily(hub, code, { holder: { givenNameCyrillic: 'Зейнаб', familyNameCyrillic: familyName } });

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: code });
    await openAgreements(page);
    const application = page.getByTestId('application').filter({ hasText: `Зейнаб ${familyName}` });
    await application.getByRole('button', { name: 'Сключи' }).click();
    const form = application.getByRole('form');
    await form.getByRole('checkbox', { name: 'Само проект (подписва се по-късно)' }).check();
    await form.getByRole('button', { name: 'Сключи споразумението' }).click();
    const status = page.getByTestId('term').getByTestId('status');
    await expect.poll(() => status.textContent()).toBe('Проект');
    // A draft has no plans yet (Art. 3(5): drawn up after signing), and is not extended, ended or moved.
    expect(await page.getByTestId('plan').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Прекратяване (чл. 30–31)' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Подписване на проекта' }).click();
    await page.getByRole('group', { name: 'Подписване на проекта' }).getByRole('button', { name: 'Подпиши' }).click();
    await expect.poll(() => status.textContent()).toBe('Действащо');
    await expect.poll(() => page.getByTestId('plan').count()).toBe(1);
    guard.assertClean();
    await context.close();
  }, 120_000);

  it('the municipality adds a measure, records its result, extends the agreement with consent and terminates it, through the forms', async () => {
    const code = aMunicipality(municipalities);
    const familyName = aFamilyName();
    const { agreement } = await concludedAgreement(hub, code, { holder: { givenNameCyrillic: 'Хасан', familyNameCyrillic: familyName, sex: Sex.Male } });
    const description = `Съдействие за наем ${familyName}`;

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: code });
    await openAgreements(page);
    await page
      .getByTestId('agreement-row')
      .filter({ hasText: `Хасан ${familyName}` })
      .getByRole('link')
      .click();
    const term = page.getByTestId('term');
    const status = term.getByTestId('status');
    await expect.poll(() => status.textContent()).toBe('Действащо');

    // Art. 4(3): a housing measure, the municipality itself responsible (the form's default).
    const plan = page.getByTestId('plan').first();
    await plan.getByRole('button', { name: 'Добавяне на мярка (чл. 4, ал. 3)' }).click();
    const add = plan.getByRole('group', { name: 'Добавяне на мярка (чл. 4, ал. 3)' });
    await add.getByRole('button', { name: /Област на мярката/ }).click();
    await page.getByRole('option', { name: 'Жилищно настаняване', exact: true }).click();
    await add.getByLabel('Описание').fill(description);
    await add.getByRole('button', { name: 'Добави мярката' }).click();
    const measure = plan.getByTestId('measure').filter({ hasText: description });
    await expect.poll(() => measure.textContent()).toContain('Планирана');

    await measure.getByRole('button', { name: 'Запис на резултат' }).click();
    const record = measure.getByRole('group', { name: 'Запис на резултат' });
    await record.getByRole('button', { name: /Изпълнение/ }).click();
    await page.getByRole('option', { name: 'Изпълнена', exact: true }).click();
    await record.getByLabel('Резултат').fill('Настанен под наем');
    await record.getByRole('button', { name: 'Запиши резултата' }).click();
    // Recorded, the form closes (its own fields hold the same words until then) and the row shows the result.
    await expect.poll(() => record.count()).toBe(0);
    expect(await measure.textContent()).toContain('Настанен под наем');
    expect(await measure.textContent()).toContain('Изпълнена');

    // Art. 3(3): once, by a year, with the foreigner's written consent.
    await page.getByRole('button', { name: 'Удължаване със съгласие (чл. 3, ал. 3)' }).click();
    const extend = page.getByRole('group', { name: 'Удължаване със съгласие (чл. 3, ал. 3)' });
    await extend.getByLabel('Писмено съгласие на (дд.мм.гггг)').fill(formatDate(todayInSofia()));
    await extend.getByLabel('Документ за съгласието').fill(`Съгласие № ${familyName}`);
    // The forms too: labelled fields, no serious or critical violation.
    await expectAccessible(page);
    await screenshot(page, 'agreement-extend-form');
    await extend.getByRole('button', { name: 'Удължи' }).click();
    await expect.poll(() => status.textContent()).toBe('Удължено');
    // A calendar year on (Art. 3(3)), as the hub counts it: 365 days fall short across 29 February.
    expect(await term.textContent()).toContain(formatDate(addYears(agreement.endsOn, 1)));
    expect(await page.getByTestId('history').textContent()).toContain('Удължено с една година (чл. 3, ал. 3)');
    // Extended once, it is not offered again.
    expect(await page.getByRole('button', { name: 'Удължаване със съгласие (чл. 3, ал. 3)' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Прекратяване (чл. 30–31)' }).click();
    const terminate = page.getByRole('group', { name: 'Прекратяване (чл. 30–31)' });
    await terminate.getByRole('button', { name: /Основание за прекратяване/ }).click();
    await page.getByRole('option', { name: 'Чл. 30, ал. 1, т. 2: взаимно съгласие' }).click();
    await terminate.getByRole('button', { name: 'Прекрати' }).click();
    await expect.poll(() => status.textContent()).toBe('Прекратено');
    expect(await term.textContent()).toContain('взаимно съгласие');
    // No act is offered on an agreement no longer in force.
    expect(await page.getByRole('heading', { name: 'Действия по споразумението' }).count()).toBe(0);
    await expectAccessible(page);
    guard.assertClean();
    await context.close();
  }, 120_000);

  it('the municipality moves an agreement to another municipality through the form (Art. 32)', async () => {
    const from = aMunicipality(municipalities);
    const to = aMunicipality(municipalities.filter((c) => c !== from));
    const familyName = aFamilyName();
    await concludedAgreement(hub, from, { holder: { givenNameCyrillic: 'Нур', familyNameCyrillic: familyName } });
    await registeredMunicipality(hub, to);
    const all = (await hub.anonymous.request(MunicipalitiesDocument, {})).data!.municipalities;
    const receiving = all.find((m) => m.code === to)!;

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: from });
    await openAgreements(page);
    await page
      .getByTestId('agreement-row')
      .filter({ hasText: `Нур ${familyName}` })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Преместване в друга община (чл. 32)' }).click();
    const transfer = page.getByRole('group', { name: 'Преместване в друга община (чл. 32)' });
    await transfer.getByRole('button', { name: /Приемаща община/ }).click();
    await page.getByRole('option', { name: `${receiving.nameBg} (${to})` }).click();
    await transfer.getByLabel('Нов настоящ адрес').fill(`ул. Тестова ${familyName}`);
    await transfer.getByRole('button', { name: 'Прехвърли' }).click();
    const term = page.getByTestId('term');
    await expect.poll(() => term.getByTestId('status').textContent()).toBe('Прехвърлено');
    expect(await page.getByTestId('history').textContent()).toContain('Прехвърлено на друга община (чл. 32)');
    guard.assertClean();
    await context.close();

    // The receiving municipality has the new agreement, in force (the old one, the sender's, is outside its scope).
    const { context: toContext, page: toPage, guard: toGuard } = await newPage();
    await signInDev(toPage, hub.url, { role: 'MUNICIPALITY', unit: to });
    await openAgreements(toPage);
    await toPage
      .getByTestId('agreement-row')
      .filter({ hasText: `Нур ${familyName}` })
      .getByRole('link')
      .click();
    const taken = toPage.getByTestId('term');
    await expect.poll(() => taken.getByTestId('status').textContent()).toBe('Действащо');
    expect(await taken.textContent()).toContain(receiving.nameBg);
    toGuard.assertClean();
    await toContext.close();
  }, 120_000);

  it('pages through a municipality’s agreements with the API’s cursors, 20 a page, with the total, and filters them by status', async () => {
    const code = aMunicipality(municipalities);
    const mayor = await registeredMunicipality(hub, code);
    const familyName = aFamilyName();
    // All signed on one day of the past picked at random: the list, filtered to that day, holds this test's rows only
    // (another file may pick the same municipality, and signs today).
    const day = addDays(todayInSofia(), -randomInt(30, 300));
    const dates = { protectionDecisionDate: addDays(day, -10), protectionDecisionServedOn: addDays(day, -5) };
    for (let i = 0; i < 21; i++) {
      const family = await forwardedFamily(hub, code, {
        holder: { givenNameCyrillic: `Лице${i}`, familyNameCyrillic: familyName, ...dates },
        submittedOn: day,
        forwardedOn: day,
      });
      const concluded = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, signedOn: day, draft: i === 0 } });
      expect(concluded.errors).toBeUndefined();
    }

    const { context, page, guard } = await newPage();
    await signInDev(page, hub.url, { role: 'MUNICIPALITY', unit: code });
    await openAgreements(page);
    await page.getByLabel('Подписано от (дд.мм.гггг)').fill(formatDate(day));
    await page.getByLabel('Подписано до (дд.мм.гггг)').fill(formatDate(day));
    await page.getByRole('button', { name: 'Приложи' }).click();
    const rows = page.getByTestId('agreement-row');
    const total = page.getByTestId('agreements-total');
    await expect.poll(() => total.textContent()).toBe('Общо: 21 · Страница 1');
    expect(await rows.count()).toBe(20);
    const first = await rows.allTextContents();
    await page.getByRole('button', { name: 'Следваща страница' }).click();
    await expect.poll(() => total.textContent()).toBe('Общо: 21 · Страница 2');
    await expect.poll(() => rows.count()).toBe(1);
    // No row twice: the second page starts where the first ended.
    expect(first).not.toContain(await rows.first().textContent());
    expect(await page.getByRole('button', { name: 'Следваща страница' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Предишна страница' }).click();
    await expect.poll(() => total.textContent()).toBe('Общо: 21 · Страница 1');

    // And by status: the one draft.
    await page.getByRole('button', { name: /Състояние/ }).click();
    await page.getByRole('option', { name: 'Проект', exact: true }).click();
    await page.getByRole('button', { name: 'Приложи' }).click();
    await expect.poll(() => total.textContent()).toBe('Общо: 1 · Страница 1');
    expect(await rows.first().textContent()).toContain(`Лице0 ${familyName}`);
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
