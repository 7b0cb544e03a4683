import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInSofia } from '../../src/shared/dates.js';
import {
  AgreementApplicationRowsDocument,
  MunicipalitiesDocument,
  MunicipalityRegisterRowsDocument,
  ObjectionRowsDocument,
  OffenceReportRowsDocument,
} from '../gql/graphql.js';
import { anLnch, registerBeneficiary } from '../support/builders.js';
import type { GraphQLClient, GraphQLResponse } from '../support/client.js';
import { aMunicipality, concludedAgreement, registeredMunicipality } from '../support/flows.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';
import { CHROMIUM, CHROMIUM_PRESENT, expectAccessible, guardPage, launchBrowser, screenshot, signInDev } from './browser-support.js';
import { buildConsole } from './build.js';

if (!CHROMIUM_PRESENT) console.warn(`test/console/acts.browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);

// The Ordinance's acts as forms (issue 18 p.4): applications and their forwarding (Art. 16, 20 p.5),
// offence reports to the mayor (Art. 24(2)), objections and their decisions (Art. 18). Each test makes
// its own people (fresh LNChs) in a municipality picked at random, and reads the results back through
// the API, narrowed to its own records.

/** dd.mm.yyyy, as a person types a date in the console. */
const typed = (iso: string) => iso.split('-').reverse().join('.');

/** A react-aria select: open it by its label, pick the option. */
async function choose(page: Page, within: Locator, label: RegExp, option: string) {
  await within.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The form field (label, input and the hub's message) labelled so, inside a form. */
const fieldOf = (form: Locator, label: string) => form.locator('.field', { has: form.page().getByText(label, { exact: false }) });

/** Finds a person by LNCh in a form's beneficiary search and chooses them. */
async function pickPerson(picker: Locator, lnch: string) {
  await picker.getByLabel('ЛНЧ (точно)').fill(lnch);
  await picker.getByRole('button', { name: 'Търси' }).click();
  await picker.getByTestId('found-person').filter({ hasText: lnch }).getByRole('button', { name: 'Избери' }).click();
  await expect.poll(() => picker.getByRole('status').textContent()).toContain(lnch);
}

type Page100<T> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] };

/** Every row of a connection (`field`, read by one of the …Rows documents) the client sees that passes `keep`, paging through (the table is shared). */
async function rowsWhere<F extends string, T>(
  client: GraphQLClient,
  document: TypedDocumentNode<Record<F, Page100<T>>, { after?: string | null }>,
  field: F,
  keep: (row: T) => boolean,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const res: GraphQLResponse<Record<F, Page100<T>>> = await client.request(document, { after });
    if (!res.data) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
    const page: Page100<T> = res.data[field];
    rows.push(...page.edges.map((e) => e.node).filter(keep));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return rows;
}

describe.skipIf(!CHROMIUM_PRESENT)(`the Ordinance's acts in the console (${CHROMIUM})`, () => {
  let hub: TestHub;
  let browser: Browser;
  let municipalities: { code: string; nameBg: string; province: { code: string } }[];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ consoleDirectories: [(await buildConsole()).dir] });
    const res = await hub.anonymous.request(MunicipalitiesDocument, {});
    municipalities = res.data!.municipalities;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.stop();
  });

  async function signedIn(who: { role: string; unit?: string; purpose?: string }): Promise<{ page: Page; guard: ReturnType<typeof guardPage> }> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const guard = guardPage(page, hub.url);
    await signInDev(page, hub.url, who);
    return { page, guard };
  }

  it('SAR records an application for a beneficiary it finds, is refused a forwarding dated in the future (in Bulgarian, beside the field, nothing written), forwards it, and the municipality is told with a deadline', async () => {
    const municipality = aMunicipality(municipalities);
    const mayor = await registeredMunicipality(hub, municipality.code);
    const sar = await hub.as({ role: 'SAR', purpose: 'applications' });
    const lnch = anLnch();
    const applicantId = await registerBeneficiary(sar, { lnch });
    const ofApplicant = () => rowsWhere(sar, AgreementApplicationRowsDocument, 'agreementApplications', (a) => a.applicant.id === applicantId);

    const { page, guard } = await signedIn({ role: 'SAR' });
    await page.getByRole('link', { name: 'Заявления', exact: true }).click();
    await page.getByRole('heading', { name: 'Заявления за сключване на споразумение за интеграция (чл. 16)' }).waitFor();
    await expectAccessible(page);

    const apply = page.getByTestId('act-apply');
    await pickPerson(apply.getByTestId('apply-person'), lnch);
    await apply.getByRole('button', { name: 'Запиши заявлението' }).click();
    await expect.poll(() => apply.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    const [application] = await ofApplicant();
    expect(application).toMatchObject({ status: 'SUBMITTED', forwardedTo: null });

    // The forwarding form opens on the application just recorded.
    const forward = page.getByTestId('act-forward');
    await expect.poll(() => forward.textContent()).toContain(lnch);
    await forward.getByRole('combobox', { name: 'Община' }).fill(municipality.nameBg);
    await page.getByRole('option', { name: `${municipality.nameBg} (${municipality.code})` }).click();
    const future = addDays(todayInSofia(), 3);
    await forward.getByLabel('Насочено на (дд.мм.гггг)').fill(typed(future));
    await forward.getByRole('button', { name: 'Насочи към общината' }).click();
    // The hub's own message, in Bulgarian, under the field it names; the field marked invalid.
    const forwardedOn = fieldOf(forward, 'Насочено на');
    await expect.poll(() => forwardedOn.textContent()).toContain('forwardedOn: е в бъдещето');
    expect(await forward.getByLabel('Насочено на (дд.мм.гггг)').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'acts-forward-refused-bg');
    expect(await ofApplicant()).toEqual([expect.objectContaining({ id: application!.id, status: 'SUBMITTED', forwardedOn: null, forwardedTo: null })]);
    expect(await receivedAbout(mayor, 'APPLICATION_FORWARDED', application!.id)).toEqual([]);

    await forward.getByLabel('Насочено на (дд.мм.гггг)').fill('');
    await forward.getByRole('button', { name: 'Насочи към общината' }).click();
    await expect.poll(() => forward.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    // Done once: the form offers no second forwarding (which would tell the municipality again).
    expect(await forward.getByRole('button', { name: 'Насочи към общината' }).count()).toBe(0);
    expect(await ofApplicant()).toEqual([
      expect.objectContaining({ status: 'FORWARDED', forwardedOn: todayInSofia(), forwardedTo: { code: municipality.code } }),
    ]);
    const told = await receivedAbout(mayor, 'APPLICATION_FORWARDED', application!.id);
    expect(told).toHaveLength(1);
    expect(Date.parse(told[0]!.dueBy)).toBeGreaterThan(Date.parse(told[0]!.createdAt));

    // The list, reloaded after the act, says so (filtered to the municipality, where this row is the newest).
    const filters = page.getByRole('form', { name: 'Филтри' });
    await filters.getByLabel('Насочено към община (код)').fill(municipality.code);
    await filters.getByRole('button', { name: 'Приложи' }).click();
    const row = page.getByTestId('application-row').filter({ hasText: lnch });
    await expect.poll(() => row.textContent()).toContain('Насочено към община');
    expect(await row.textContent()).toContain(typed(todayInSofia()));
    await screenshot(page, 'acts-applications-bg');

    // English labels when switched.
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Applications for an integration agreement (Art. 16)' }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Forwarded to a municipality');
    expect(await page.getByTestId('act-apply').getByRole('button', { name: 'Record the application' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'acts-applications-en');

    // SAR's register of municipalities (Art. 13(4)), a sub-page.
    await page.getByRole('link', { name: 'Register of municipalities' }).click();
    await page.getByRole('heading', { name: 'Municipalities’ applications and the register (Art. 13(4))' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'acts-register-en');
    guard.assertClean();
  }, 180_000);

  it('the mayor applies to conclude agreements (refused first for a count of none, nothing written) and SAR enters the municipality in its register', async () => {
    const municipality = aMunicipality(municipalities);
    const information = `Общината разполага с жилища и училища (${anLnch()})`;
    const sar = await hub.as({ role: 'SAR', purpose: 'register' });
    const ofThisApplication = () => rowsWhere(sar, MunicipalityRegisterRowsDocument, 'municipalityRegister', (a) => a.municipalityInformation === information);

    const mayor = await signedIn({ role: 'MUNICIPALITY', unit: municipality.code });
    await mayor.page.getByRole('link', { name: 'Заявления', exact: true }).click();
    // What the municipality does not do is not offered (applyForAgreement is SAR's, not in its me.acts).
    await mayor.page.getByRole('heading', { name: 'Заявления за сключване на споразумение за интеграция (чл. 16)' }).waitFor();
    expect(await mayor.page.getByTestId('act-apply').count()).toBe(0);
    // It concludes agreements from forwarded applications on the agreements page, to which this one sends it.
    expect(await mayor.page.getByRole('link', { name: 'Споразумение с насочен заявител се сключва в раздел „Споразумения“.' }).getAttribute('href')).toBe(
      '/console/agreements',
    );
    await mayor.page.getByRole('link', { name: 'Регистър на общините' }).click();
    await mayor.page.getByRole('heading', { name: 'Заявления на общини и регистър по чл. 13, ал. 4' }).waitFor();
    const apply = mayor.page.getByTestId('act-conclude-application');
    await apply.getByLabel('Брой чужденци (чл. 13, ал. 2)').fill('0');
    await apply.getByLabel('Информация за общината').fill(information);
    await apply.getByLabel('Планирани мерки за интеграция').fill('Курсове по български език.');
    await apply.getByRole('button', { name: 'Подай заявлението' }).click();
    await expect.poll(() => fieldOf(apply, 'Брой чужденци').textContent()).toContain('трябва да е от 1 до 10000');
    expect(await apply.getByLabel('Брой чужденци (чл. 13, ал. 2)').getAttribute('aria-invalid')).toBe('true');
    expect(await ofThisApplication()).toEqual([]);
    await apply.getByLabel('Брой чужденци (чл. 13, ал. 2)').fill('12');
    await apply.getByRole('button', { name: 'Подай заявлението' }).click();
    await expect.poll(() => apply.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    expect(await ofThisApplication()).toEqual([expect.objectContaining({ status: 'SUBMITTED', registeredOn: null })]);
    // The mayor's own applications, read again after the act.
    await expect.poll(() => mayor.page.getByTestId('register-row').filter({ hasText: information }).count()).toBe(1);
    await expectAccessible(mayor.page);

    const { page, guard } = await signedIn({ role: 'SAR' });
    await page.getByRole('link', { name: 'Заявления', exact: true }).click();
    await page.getByRole('link', { name: 'Регистър на общините' }).click();
    const filters = page.getByRole('form', { name: 'Филтри' });
    await filters.getByLabel('Област (код)').fill(municipality.province.code);
    await filters.getByRole('button', { name: 'Приложи' }).click();
    const row = page.getByTestId('register-row').filter({ hasText: information });
    await row.waitFor();
    expect(await page.getByTestId('act-conclude-application').count()).toBe(0);
    await row.getByRole('button', { name: 'Впиши' }).click();
    const register = page.getByTestId('act-register');
    await register.getByRole('button', { name: 'Впиши в регистъра' }).click();
    await expect.poll(() => register.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    expect(await ofThisApplication()).toEqual([expect.objectContaining({ status: 'REGISTERED', registeredOn: todayInSofia() })]);
    await expect.poll(() => row.textContent()).toContain('Вписана в регистъра');
    await expectAccessible(page);
    await screenshot(page, 'acts-register-bg');
    guard.assertClean();
    mayor.guard.assertClean();
  }, 180_000);

  it('MVR reports an offence (refused first for a report dated in the future, nothing written) and the mayor receives it', async () => {
    const { code: municipality } = aMunicipality(municipalities);
    const lnch = anLnch();
    const { mayor, family } = await concludedAgreement(hub, municipality, { holder: { lnch } });
    const mvr = await hub.as({ role: 'MVR', purpose: 'offence reports' });
    const description = `Нарушение на обществения ред ${lnch}`;
    const ofPerson = () => rowsWhere(mvr, OffenceReportRowsDocument, 'offenceReports', (r) => r.beneficiary?.id === family.holderId);

    const { page, guard } = await signedIn({ role: 'MVR', purpose: 'supervision' });
    await page.getByRole('link', { name: 'Нарушения', exact: true }).click();
    await page.getByRole('heading', { name: 'Уведомления за нарушения до кмета (чл. 24, ал. 2)' }).waitFor();
    await expectAccessible(page);

    const form = page.getByTestId('act-report-offence');
    await pickPerson(form.getByTestId('offence-person'), lnch);
    await choose(page, form, /Вид/, 'Административно нарушение');
    await form.getByLabel('Извършено на (дд.мм.гггг)').fill(typed(addDays(todayInSofia(), -2)));
    await form.getByLabel('Уведомено на (дд.мм.гггг)').fill(typed(addDays(todayInSofia(), 2)));
    await form.getByLabel('Описание').fill(description);
    await form.getByRole('button', { name: 'Уведоми кмета' }).click();
    await expect.poll(() => fieldOf(form, 'Уведомено на').textContent()).toContain('reportedOn: е в бъдещето');
    expect(await ofPerson()).toEqual([]);

    await form.getByLabel('Уведомено на (дд.мм.гггг)').fill('');
    await form.getByRole('button', { name: 'Уведоми кмета' }).click();
    await expect.poll(() => form.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    const [report] = await ofPerson();
    expect(report).toMatchObject({ description });
    // The list, read again after the act, holds it.
    await expect.poll(() => page.getByTestId('offence-row').filter({ hasText: description }).count()).toBe(1);
    await screenshot(page, 'acts-offences-mvr-bg');

    const told = await receivedAbout(mayor, 'OFFENCE_REPORTED', report!.id);
    expect(told).toHaveLength(1);

    // The mayor's list of reports addressed to it; no form (reportOffence is not in its me.acts). The
    // hub's real answer, with this report's description refused as the policy refuses a field (null,
    // FORBIDDEN with its path): which fields a role reads is the policy's tests' concern, how the page
    // shows a refusal is this one's.
    const mayorPage = await signedIn({ role: 'MUNICIPALITY', unit: municipality });
    await mayorPage.page.route(`${hub.url}/graphql`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as {
        data?: { offenceReports?: { edges: { node: { id: string; description: string | null } }[] } };
        errors?: unknown[];
      };
      const index = body.data?.offenceReports?.edges.findIndex((e) => e.node.id === report!.id) ?? -1;
      if (index >= 0) {
        body.data!.offenceReports!.edges[index]!.node.description = null;
        body.errors = [{ message: 'Not authorised!', path: ['offenceReports', 'edges', index, 'node', 'description'], extensions: { code: 'FORBIDDEN' } }];
      }
      await route.fulfill({ response, json: body });
    });
    await mayorPage.page.getByRole('link', { name: 'Нарушения', exact: true }).click();
    const mayorRow = mayorPage.page.getByTestId('offence-row').filter({ hasText: lnch });
    await expect.poll(() => mayorRow.textContent()).toContain('извън вашия законов обхват');
    expect(await mayorRow.textContent()).toContain('Административно нарушение');
    expect(await mayorRow.textContent()).not.toContain(description);
    expect(await mayorPage.page.getByTestId('act-report-offence').count()).toBe(0);
    await expectAccessible(mayorPage.page);
    await screenshot(mayorPage.page, 'acts-offences-mayor-bg');
    guard.assertClean();
    mayorPage.guard.assertClean();
  }, 180_000);

  it('the governor records an objection (refused first without the activity, nothing written) and decides it', async () => {
    const municipality = aMunicipality(municipalities);
    const { family, agreement } = await concludedAgreement(hub, municipality.code);
    const province = municipality.province.code;
    const governor = await hub.as({ role: 'GOVERNOR', unit: province, purpose: 'objections' });
    const activity = `Не са осигурени курсове по български език (${agreement.id.slice(0, 8)})`;
    const ofAgreement = () => rowsWhere(governor, ObjectionRowsDocument, 'objections', (o) => o.agreementId === agreement.id);

    const { page, guard } = await signedIn({ role: 'GOVERNOR', unit: province, purpose: 'supervision' });
    await page.getByRole('link', { name: 'Възражения', exact: true }).click();
    await page.getByRole('heading', { name: 'Възражения до областния управител (чл. 18)' }).waitFor();
    await expectAccessible(page);

    const file = page.getByTestId('act-file-objection');
    await file.getByLabel('Споразумение (идентификатор)').fill(agreement.id);
    await file.getByLabel(/^Подал възражението/).fill(family.holderId);
    await file.getByRole('button', { name: 'Впиши възражението' }).click();
    await expect.poll(() => fieldOf(file, 'Неизпълнена дейност').textContent()).toContain('activity: не може да бъде празно');
    expect(await ofAgreement()).toEqual([]);

    await file.getByLabel('Неизпълнена дейност').fill(activity);
    await file.getByRole('button', { name: 'Впиши възражението' }).click();
    await expect.poll(() => file.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    const [objection] = await ofAgreement();
    expect(objection).toMatchObject({ outcome: 'PENDING' });

    const row = page.getByTestId('objection-row').filter({ hasText: activity });
    await expect.poll(() => row.textContent()).toContain('Очаква решение');
    await row.getByRole('button', { name: 'Реши' }).click();
    const decide = page.getByTestId('act-decide-objection');
    await choose(page, decide, /Решение/, 'Уважено');
    await decide.getByLabel('Мотивирано решение').fill('Общината да осигури курс до края на месеца.');
    await decide.getByRole('button', { name: 'Запиши решението' }).click();
    await expect.poll(() => decide.getByRole('status').filter({ hasText: 'Записано.' }).count()).toBe(1);
    expect(await ofAgreement()).toEqual([
      expect.objectContaining({ id: objection!.id, outcome: 'UPHELD', decision: 'Общината да осигури курс до края на месеца.' }),
    ]);
    await expect.poll(() => row.textContent()).toContain('Уважено');
    await screenshot(page, 'acts-objections-bg');
    guard.assertClean();
  }, 180_000);
});
