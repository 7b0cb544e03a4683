import { randomInt, randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  AcknowledgeNotificationDocument,
  AgreementsDocument,
  ConcludeAgreementDocument,
  DecideObjectionDocument,
  ExtendAgreementDocument,
  FileObjectionDocument,
  NotificationContentsDocument,
  NotificationIdsAndCountDocument,
  NotificationNodeDocument,
  NotificationsDocument,
  ObjectionOutcome,
  OffenceKind,
  RegisterWebhookDocument,
  RemoveWebhookDocument,
  ReportOffenceDocument,
  SignAgreementDocument,
  TerminateAgreementDocument,
  TerminationGround,
  TransferAgreementDocument,
  WebhookDocument,
  type NotificationFilter,
  type NotificationsQuery,
} from '../gql/graphql.js';
import { NotificationKind } from '../../src/domain/notifications.js';
import { send } from '../../src/modules/notifications/notification.events.js';
import { GraphQLClient, type GraphQLResponse } from '../support/client.js';
import { concludedAgreement, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { tokenFor, type PrincipalSpec } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

// Statutory notifications (src/modules/notifications): the outbox rows written with the event, who is
// told what under which article and by when, the inbox, acknowledgement, webhooks and subscriptions.
//
// The database is shared with other test files (and their hubs' notification runtimes): everything
// here is narrowed to the rows this file creates. Only provinces RAZ and PER are used, which no
// other test file touches, so RZI-/RZOK-/GOVERNOR- of RAZ and PER and their municipalities are ours.
const hub = useTestHub({ notifications: true, env: { OUTBOX_SWEEP_SECONDS: '1', JOBS_MAINTENANCE_SECONDS: '1' } });
const today = todayInSofia();

// ---------------------------------------------------------------------------------------------
// Helpers

interface NotificationRow {
  id: string;
  kind: string;
  article: string;
  sender_code: string | null;
  recipient_code: string;
  subject_type: string;
  subject_id: string;
  content: Record<string, unknown>;
  due_by: Date;
  due_basis: string;
  delivered_at: Date | null;
  delivered_via: string | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  escalated_at: Date | null;
}

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => hub().orm.em.getConnection().execute<T[]>(text, params);
/** DDL as the database's owner: the hub serves as a role that owns nothing (src/db/roles.ts). */
async function asOwner(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: hub().config.database.url! });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The outbox rows about one record, by kind, ordered by recipient. */
const notificationsAbout = (subjectId: string, kind: string) =>
  sql<NotificationRow>('select * from notification where subject_id = ? and kind = ? order by recipient_code', [subjectId, kind]);

/** A notification's due-by as a wall-clock time in Europe/Sofia: `YYYY-MM-DD HH:MM:SS`. */
const inSofia = (instant: Date | string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Sofia',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

/** A notification as Notifications (and NotificationNode) read it. */
type NotificationNode = Omit<NotificationsQuery['notifications']['edges'][number]['node'], 'content'> & {
  // biome-ignore lint/suspicious/noExplicitAny: the JSON scalar: each kind of notification has its own content.
  content: Record<string, any> | null;
};

/** One notification through node(id), as the client sees it. */
async function nodeOf(client: GraphQLClient, id: string) {
  const res = await client.request(NotificationNodeDocument, { id });
  const node: NotificationNode | null = res.data?.node.__typename === 'Notification' ? res.data.node : null;
  return { node, errors: res.errors, codes: GraphQLClient.codes(res) };
}

/**
 * The notifications of a list that match `pick`, paging through (newest first) up to `pages` pages:
 * national inboxes (MVR, SAR, DANS, COORDINATOR) fill up with other test files' notifications too.
 */
async function findInList(client: GraphQLClient, filter: NotificationFilter, pick: (n: NotificationNode) => boolean, pages = 20): Promise<NotificationNode[]> {
  const found: NotificationNode[] = [];
  let after: string | null = null;
  for (let i = 0; i < pages; i++) {
    const res: GraphQLResponse<NotificationsQuery> = await client.request(NotificationsDocument, { filter, first: 100, after });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const page: NotificationsQuery['notifications'] = res.data!.notifications;
    found.push(...page.edges.map((e) => e.node).filter(pick));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return found;
}

/** Dates for an agreement signed `signedAgo` days ago: protection, application and forwarding before it. */
const backdated = (signedAgo: number) => ({
  holder: { protectionDecisionDate: addDays(today, -signedAgo - 10), protectionDecisionServedOn: addDays(today, -signedAgo - 8) },
  submittedOn: addDays(today, -signedAgo - 5),
  forwardedOn: addDays(today, -signedAgo - 2),
  signedOn: addDays(today, -signedAgo),
});

// ---------------------------------------------------------------------------------------------
// 1. Outbox atomicity

describe('outbox atomicity: the notifications commit with the event, or neither does', () => {
  it('a failing notification insert rolls the conclusion back: no agreement and no notification', async () => {
    const code = 'RAZ11';
    const mayor = await registeredMunicipality(hub(), code);
    const family = await forwardedFamily(hub(), code);
    const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
    const fn = `test_refuse_notification_${suffix}`;
    await asOwner(`create function ${fn}() returns trigger language plpgsql as $$
      begin
        if new.content->'agreement'->>'municipalityCode' = '${code}' then
          raise exception 'test: notification insert refused for ${code}';
        end if;
        return new;
      end $$`);
    try {
      await asOwner(`create trigger ${fn} before insert on notification for each row execute function ${fn}()`);
      const res = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [] } });
      // The database's refusal: a masked internal error, the request rolled back.
      expect(GraphQLClient.codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(res.data?.concludeAgreement ?? null).toBeNull();
    } finally {
      await asOwner(`drop trigger if exists ${fn} on notification`);
      await asOwner(`drop function if exists ${fn}()`);
    }

    // Neither the agreement (nor its members, plans, the application's change) …
    const [application] = await sql<{ status: string }>('select status from agreement_application where id = ?', [family.applicationId]);
    expect(application?.status).toBe('FORWARDED');
    const agreements = await mayor.request(AgreementsDocument, { filter: { municipalityCode: code } });
    expect(agreements.errors).toBeUndefined();
    expect(agreements.data?.agreements.totalCount).toBe(0);
    expect(await sql('select id from agreement where application_id = ?', [family.applicationId])).toEqual([]);
    // … nor any notification about it.
    expect(await sql("select id from notification where kind = 'AGREEMENT_CONCLUDED' and content->'agreement'->>'municipalityCode' = ?", [code])).toEqual([]);

    // Without the fault the same conclusion goes through, with its five notifications.
    const again = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [] } });
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    const rows = await notificationsAbout(again.data!.concludeAgreement.id, 'AGREEMENT_CONCLUDED');
    expect(rows).toHaveLength(5);
  });

  it('a draft writes no notification; signing it writes the five', async () => {
    const code = 'RAZ11';
    const mayor = await registeredMunicipality(hub(), code);
    const family = await forwardedFamily(hub(), code);
    const draft = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [], draft: true } });
    expect(draft.errors, JSON.stringify(draft.errors)).toBeUndefined();
    const id = draft.data!.concludeAgreement.id;
    expect(await sql('select id from notification where subject_id = ?', [id])).toEqual([]);
    const signed = await mayor.request(SignAgreementDocument, { input: { agreementId: id, version: draft.data!.concludeAgreement.version } });
    expect(signed.errors, JSON.stringify(signed.errors)).toBeUndefined();
    const rows = await notificationsAbout(id, 'AGREEMENT_CONCLUDED');
    expect(rows.map((r) => r.recipient_code)).toEqual(['DANS', 'MVR', 'RZI-RAZ', 'RZOK-RAZ', 'SAR']);
    expect(rows.find((r) => r.recipient_code === 'SAR')!.content).toMatchObject({ agreement: { id, status: 'ACTIVE', signedOn: today } });
  });

  it('a conclusion refused by validation writes no notification', async () => {
    const code = 'RAZ11';
    const mayor = await registeredMunicipality(hub(), code);
    const family = await forwardedFamily(hub(), code, { submittedOn: addDays(today, -3), forwardedOn: addDays(today, -2) });
    const before = await sql<{ n: string }>(
      "select count(*)::int as n from notification where kind = 'AGREEMENT_CONCLUDED' and content->'agreement'->>'municipalityCode' = ?",
      [code],
    );
    // Signed before SAR forwarded the applicant: BAD_USER_INPUT.
    const res = await mayor.request(ConcludeAgreementDocument, {
      input: { applicationId: family.applicationId, familyMemberIds: [], signedOn: addDays(today, -5) },
    });
    expect(GraphQLClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('signedOn');
    expect(await sql('select id from agreement where application_id = ?', [family.applicationId])).toEqual([]);
    const after = await sql<{ n: string }>(
      "select count(*)::int as n from notification where kind = 'AGREEMENT_CONCLUDED' and content->'agreement'->>'municipalityCode' = ?",
      [code],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    // The only notification about this applicant's application is SAR's forwarding (Art. 20 p.5).
    const aboutApplication = await sql<{ kind: string }>('select kind from notification where subject_id = ?', [family.applicationId]);
    expect(aboutApplication.map((r) => r.kind)).toEqual(['APPLICATION_FORWARDED']);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. AGREEMENT_CONCLUDED: recipients and their views

describe('AGREEMENT_CONCLUDED: who is told, under which article, and what each may know', () => {
  it('goes to MVR, SAR, RZI and RZOK of the province and DANS, each with the sections of its statutory view', async () => {
    const code = 'RAZ14';
    const { mayor, agreement, family } = await concludedAgreement(hub(), code);
    const rows = await notificationsAbout(agreement.id, 'AGREEMENT_CONCLUDED');
    expect(rows.map((r) => r.recipient_code)).toEqual(['DANS', 'MVR', 'RZI-RAZ', 'RZOK-RAZ', 'SAR']);
    expect(Object.fromEntries(rows.map((r) => [r.recipient_code, r.article]))).toEqual({
      DANS: 'Art. 13(3)',
      MVR: 'Art. 14 p.11',
      'RZI-RAZ': 'Art. 14 p.12',
      'RZOK-RAZ': 'Art. 14 p.12',
      SAR: 'Art. 14 p.11',
    });
    for (const row of rows) {
      expect(row).toMatchObject({ sender_code: `MUNICIPALITY-${code}`, subject_type: 'Agreement', subject_id: agreement.id });
      expect(row.due_basis).toMatch(/^hub default/);
      expect(inSofia(row.due_by)).toBe(`${addDays(today, 3)} 23:59:59`);
    }
    const idOf = (recipient: string) => rows.find((r) => r.recipient_code === recipient)!.id;

    // RZI (status and term only, identity of the parties): agreement and holder, no parties list.
    const rzi = await hub().as({ role: 'RZI', unit: 'RAZ', purpose: 'Art. 14 p.12' });
    const [forRzi] = await findInList(rzi, { received: true, kind: 'AGREEMENT_CONCLUDED' }, (n) => n.subjectId === agreement.id);
    expect(forRzi).toBeDefined();
    expect(forRzi!.id).toBe(idOf('RZI-RAZ'));
    expect(forRzi!).toMatchObject({ article: 'Art. 14 p.12', sender: { code: `MUNICIPALITY-${code}` }, recipient: { code: 'RZI-RAZ' } });
    expect(forRzi!.content).toMatchObject({
      agreement: { id: agreement.id, municipalityCode: code, status: 'ACTIVE', signedOn: agreement.signedOn, endsOn: agreement.endsOn },
      holder: { id: family.holderId },
    });
    expect(forRzi!.content).not.toHaveProperty('parties');
    expect(forRzi!.content).not.toHaveProperty('termination');

    // RZOK: the same share.
    const rzok = await hub().as({ role: 'RZOK', unit: 'RAZ' });
    const forRzok = await nodeOf(rzok, idOf('RZOK-RAZ'));
    expect(forRzok.errors).toBeUndefined();
    expect(Object.keys(forRzok.node!.content!).sort()).toEqual(['agreement', 'holder']);

    // DANS (all agreements and the data on the foreigners, Art. 13(3)): parties and holder too.
    const dans = await hub().as({ role: 'DANS', purpose: 'Art. 13(3)' });
    const forDans = await nodeOf(dans, idOf('DANS'));
    expect(forDans.errors).toBeUndefined();
    expect(forDans.node).toMatchObject({ kind: 'AGREEMENT_CONCLUDED', article: 'Art. 13(3)', recipient: { code: 'DANS' } });
    expect(forDans.node!.content).toMatchObject({
      agreement: { id: agreement.id },
      holder: { id: family.holderId },
      parties: [{ beneficiaryId: family.holderId, role: 'HOLDER' }],
    });

    // MVR: status, term, termination and identity; not the parties' list.
    const mvr = await hub().as({ role: 'MVR' });
    const forMvr = await nodeOf(mvr, idOf('MVR'));
    expect(forMvr.errors).toBeUndefined();
    expect(Object.keys(forMvr.node!.content!).sort()).toEqual(['agreement', 'holder', 'termination']);
    expect(forMvr.node!.content!.termination).toBeNull();

    // SAR: the register, all of it.
    const sar = await hub().as({ role: 'SAR' });
    const forSar = await nodeOf(sar, idOf('SAR'));
    expect(Object.keys(forSar.node!.content!).sort()).toEqual(['agreement', 'holder', 'parties', 'termination']);

    // The sender lists the five among those it sent, without their content (the recipients' only).
    const sentRes = await mayor.request(NotificationsDocument, { filter: { received: false, kind: 'AGREEMENT_CONCLUDED' }, first: 100 });
    expect(sentRes.errors, JSON.stringify(sentRes.errors)).toBeUndefined();
    const sent = sentRes.data!.notifications.edges.map((e) => e.node).filter((n) => n.subjectId === agreement.id);
    expect(sent.map((n) => n.recipient.code).sort()).toEqual(['DANS', 'MVR', 'RZI-RAZ', 'RZOK-RAZ', 'SAR']);
    expect(sent.every((n) => n.content === null)).toBe(true);
    // Listing what it sent delivers nothing: only the recipient's reading does.
    expect(sent.find((n) => n.recipient.code === 'RZOK-RAZ')!.deliveredAt).toBeNull();
    // Nothing about it was received by the sender.
    const received = await findInList(mayor, { received: true }, (n) => n.subjectId === agreement.id);
    expect(received).toEqual([]);

    // Another municipality does not see it at all.
    const other = await registeredMunicipality(hub(), 'PER08');
    for (const row of rows) expect((await nodeOf(other, row.id)).codes).toEqual(['NOT_FOUND']);
    expect(await findInList(other, {}, (n) => n.subjectId === agreement.id)).toEqual([]);
    // Nor does RZI of another province.
    const rziElsewhere = await hub().as({ role: 'RZI', unit: 'PER' });
    expect((await nodeOf(rziElsewhere, idOf('RZI-RAZ'))).codes).toEqual(['NOT_FOUND']);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Termination: Art. 14 p.11, Art. 31(2), the 7 days, overdue and escalation

describe('AGREEMENT_TERMINATED: Art. 31(2) within 7 days, else the hub default; overdue ones escalate', () => {
  it('DUTIES_NOT_FULFILLED 10 days ago: due 7 days after, overdue, escalated once to the COORDINATOR', async () => {
    const code = 'RAZ16';
    const { mayor, agreement } = await concludedAgreement(hub(), code, backdated(20));
    expect(agreement.signedOn).toBe(addDays(today, -20));
    const terminatedOn = addDays(today, -10);
    const res = await mayor.request(TerminateAgreementDocument, {
      input: { agreementId: agreement.id, version: agreement.version, ground: TerminationGround.DutiesNotFulfilled, terminatedOn },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data?.terminateAgreement).toMatchObject({ status: 'TERMINATED', terminatedOn, terminationGround: 'DUTIES_NOT_FULFILLED' });

    const rows = await notificationsAbout(agreement.id, 'AGREEMENT_TERMINATED');
    expect(rows.map((r) => r.recipient_code)).toEqual(['MVR', 'SAR']);
    for (const row of rows) {
      expect(row.article).toContain('Art. 31(2)');
      expect(row.article).toContain('Art. 14 p.11');
      expect(row.due_basis).toBe('Art. 31(2): within 7 days');
      // End of the 7th day after the termination, in Europe/Sofia.
      expect(inSofia(row.due_by)).toBe(`${addDays(terminatedOn, 7)} 23:59:59`);
      expect(row.sender_code).toBe(`MUNICIPALITY-${code}`);
    }
    const sarRow = rows.find((r) => r.recipient_code === 'SAR')!;

    // SAR's view of it (by node: reading a list would deliver it): overdue, with the ground.
    const sar = await hub().as({ role: 'SAR', purpose: 'Art. 31(2)' });
    const before = await nodeOf(sar, sarRow.id);
    expect(before.errors).toBeUndefined();
    expect(before.node).toMatchObject({ kind: 'AGREEMENT_TERMINATED', overdue: true, deliveredAt: null, dueBasis: 'Art. 31(2): within 7 days' });
    expect(before.node!.content).toMatchObject({
      agreement: { id: agreement.id, status: 'TERMINATED' },
      termination: { terminatedOn, ground: 'DUTIES_NOT_FULFILLED', article: 'Art. 31(1) p.1' },
    });

    // The sweep escalates it to the COORDINATOR, once.
    await hub().notifications!.sweep();
    await hub().notifications!.sweep();
    const [afterSweep] = await sql<NotificationRow>('select * from notification where id = ?', [sarRow.id]);
    expect(afterSweep!.escalated_at).not.toBeNull();
    const escalations = await sql<NotificationRow>("select * from notification where kind = 'OVERDUE_ESCALATED' and subject_id = ?", [sarRow.id]);
    expect(escalations).toHaveLength(1);
    const escalation = escalations[0]!;
    expect(escalation).toMatchObject({ recipient_code: 'COORDINATOR', sender_code: null, article: 'Art. 19', subject_type: 'Notification' });

    const coordinator = await hub().as({ role: 'COORDINATOR', purpose: 'Art. 19' });
    const [inCoordinatorInbox] = await findInList(coordinator, { received: true, kind: 'OVERDUE_ESCALATED' }, (n) => n.id === escalation.id);
    expect(inCoordinatorInbox).toBeDefined();
    expect(inCoordinatorInbox!.sender).toBeNull();
    expect(inCoordinatorInbox!.content).toEqual({
      overdue: {
        id: sarRow.id,
        kind: 'AGREEMENT_TERMINATED',
        article: sarRow.article,
        sender: `MUNICIPALITY-${code}`,
        recipient: 'SAR',
        dueBy: expect.any(String),
      },
    });
    expect(new Date(inCoordinatorInbox!.content!.overdue.dueBy).getTime()).toBe(new Date(sarRow.due_by).getTime());

    // The COORDINATOR sees the escalated notification itself among the overdue, without its content.
    const [escalatedSeen] = await findInList(coordinator, { overdue: true }, (n) => n.id === sarRow.id);
    expect(escalatedSeen).toBeDefined();
    expect(escalatedSeen).toMatchObject({ overdue: true, content: null, recipient: { code: 'SAR' } });
    expect(escalatedSeen!.escalatedAt).not.toBeNull();
    const byNode = await nodeOf(coordinator, sarRow.id);
    expect(byNode.errors).toBeUndefined();
    expect(byNode.node).toMatchObject({ id: sarRow.id, content: null });

    // SAR finds it with the overdue filter; reading it so delivers it (through the hub). The count of
    // the same response is taken before that read, so it covers the rows it lists.
    const page = await sar.request(NotificationIdsAndCountDocument, { first: 100, filter: { overdue: true, kind: 'AGREEMENT_TERMINATED' } });
    const { totalCount, edges } = page.data!.notifications;
    expect(edges.length).toBeGreaterThan(0);
    expect(totalCount).toBeGreaterThanOrEqual(edges.length);
    const [listed] = await findInList(sar, { kind: 'AGREEMENT_TERMINATED' }, (n) => n.id === sarRow.id);
    expect(listed).toBeDefined();
    expect(listed!.escalatedAt).not.toBeNull();
    const [delivered] = await sql<NotificationRow>('select * from notification where id = ?', [sarRow.id]);
    expect(delivered).toMatchObject({ delivered_via: 'HUB' });
    expect(delivered!.delivered_at).not.toBeNull();
    expect((await nodeOf(sar, sarRow.id)).node!.overdue).toBe(false);
  });

  it('MUTUAL_CONSENT: Art. 14 p.11 under the hub default; LEFT_MUNICIPALITY today: Art. 31(2), 7 days, not overdue', async () => {
    const code = 'RAZ17';
    const consent = await concludedAgreement(hub(), code);
    const res = await consent.mayor.request(TerminateAgreementDocument, {
      input: { agreementId: consent.agreement.id, version: consent.agreement.version, ground: TerminationGround.MutualConsent },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const rows = await notificationsAbout(consent.agreement.id, 'AGREEMENT_TERMINATED');
    expect(rows.map((r) => r.recipient_code)).toEqual(['MVR', 'SAR']);
    for (const row of rows) {
      expect(row.article).toBe('Art. 14 p.11');
      expect(row.due_basis).toBe('hub default: 3 days (the Ordinance sets no deadline)');
      expect(inSofia(row.due_by)).toBe(`${addDays(today, 3)} 23:59:59`);
    }
    const sar = await hub().as({ role: 'SAR' });
    const viewed = await nodeOf(sar, rows.find((r) => r.recipient_code === 'SAR')!.id);
    expect(viewed.node).toMatchObject({
      overdue: false,
      content: { termination: { ground: 'MUTUAL_CONSENT', article: 'Art. 30(1) p.2', terminatedOn: today } },
    });

    const left = await concludedAgreement(hub(), code);
    const res2 = await left.mayor.request(TerminateAgreementDocument, {
      input: { agreementId: left.agreement.id, version: left.agreement.version, ground: TerminationGround.LeftMunicipality },
    });
    expect(res2.errors, JSON.stringify(res2.errors)).toBeUndefined();
    const rows2 = await notificationsAbout(left.agreement.id, 'AGREEMENT_TERMINATED');
    expect(rows2.map((r) => r.recipient_code)).toEqual(['MVR', 'SAR']);
    for (const row of rows2) {
      expect(row.article).toContain('Art. 31(2)');
      expect(row.due_basis).toBe('Art. 31(2): within 7 days');
      expect(inSofia(row.due_by)).toBe(`${addDays(today, 7)} 23:59:59`);
      expect(row.escalated_at).toBeNull();
    }
    expect((await nodeOf(sar, rows2.find((r) => r.recipient_code === 'SAR')!.id)).node!.overdue).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The other events

describe('the other statutory events', () => {
  it('an offence reported by MVR reaches the mayor of the agreement (Art. 24(2))', async () => {
    const code = 'PER19';
    const { mayor, family } = await concludedAgreement(hub(), code);
    const mvr = await hub().as({ role: 'MVR', purpose: 'Art. 24(2)' });
    const res = await mvr.request(ReportOffenceDocument, {
      input: { beneficiaryId: family.holderId, kind: OffenceKind.AdministrativeOffence, description: 'Public disturbance', committedOn: addDays(today, -1) },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const reportId = res.data!.reportOffence.id;
    const inbox = await findInList(mayor, { received: true, kind: 'OFFENCE_REPORTED' }, (n) => n.subjectId === reportId);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      kind: 'OFFENCE_REPORTED',
      article: 'Art. 24(2)',
      subjectType: 'OffenceReport',
      sender: { code: 'MVR' },
      recipient: { code: `MUNICIPALITY-${code}` },
      content: {
        offence: { id: reportId, kind: 'ADMINISTRATIVE_OFFENCE', description: 'Public disturbance', committedOn: addDays(today, -1), reportedOn: today },
        beneficiary: { id: family.holderId },
      },
    });
    expect((await notificationsAbout(reportId, 'OFFENCE_REPORTED')).map((r) => r.recipient_code)).toEqual([`MUNICIPALITY-${code}`]);
  });

  it('SAR forwarding an applicant tells the municipality (Art. 20 p.5)', async () => {
    const code = 'PER22';
    const mayor = await registeredMunicipality(hub(), code);
    const family = await forwardedFamily(hub(), code);
    const inbox = await findInList(mayor, { received: true, kind: 'APPLICATION_FORWARDED' }, (n) => n.subjectId === family.applicationId);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      article: 'Art. 20 p.5',
      subjectType: 'AgreementApplication',
      sender: { code: 'SAR' },
      recipient: { code: `MUNICIPALITY-${code}` },
      content: { application: { id: family.applicationId, applicantId: family.holderId, forwardedOn: today } },
    });
  });

  it("an objection filed with and decided by the governor is told to the agreement's municipality (Art. 18)", async () => {
    const code = 'PER32';
    const { mayor, agreement, family } = await concludedAgreement(hub(), code);
    const governor = await hub().as({ role: 'GOVERNOR', unit: 'PER', purpose: 'Art. 18' });
    const filed = await governor.request(FileObjectionDocument, {
      input: { agreementId: agreement.id, filedById: family.holderId, activity: 'No language classes (Art. 17 p.4).' },
    });
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    const objectionId = filed.data!.fileObjection.id;
    const decided = await governor.request(DecideObjectionDocument, {
      input: { objectionId, outcome: ObjectionOutcome.Upheld, decision: 'Classes to start within 14 days.' },
    });
    expect(decided.errors, JSON.stringify(decided.errors)).toBeUndefined();

    const inbox = await findInList(mayor, { received: true }, (n) => n.subjectId === objectionId);
    expect(inbox.map((n) => n.kind).sort()).toEqual(['OBJECTION_DECIDED', 'OBJECTION_FILED']);
    for (const n of inbox) {
      expect(n).toMatchObject({ article: 'Art. 18', subjectType: 'Objection', sender: { code: 'GOVERNOR-PER' }, recipient: { code: `MUNICIPALITY-${code}` } });
    }
    expect(inbox.find((n) => n.kind === 'OBJECTION_FILED')!.content).toMatchObject({
      objection: { id: objectionId, agreementId: agreement.id, filedById: family.holderId, outcome: 'PENDING', decision: null },
    });
    expect(inbox.find((n) => n.kind === 'OBJECTION_DECIDED')!.content).toMatchObject({
      objection: { id: objectionId, outcome: 'UPHELD', decision: 'Classes to start within 14 days.', decidedOn: today },
    });
    // The governor lists them among those it sent, without content.
    const sent = await findInList(governor, { received: false }, (n) => n.subjectId === objectionId);
    expect(sent).toHaveLength(2);
    expect(sent.every((n) => n.content === null)).toBe(true);
  });

  it('an extension is told to SAR (Art. 3(3), Art. 13(4))', async () => {
    const code = 'PER36';
    const { mayor, agreement } = await concludedAgreement(hub(), code);
    const res = await mayor.request(ExtendAgreementDocument, {
      input: { agreementId: agreement.id, version: agreement.version, consentOn: today, consentReference: 'C-PER36-1' },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const rows = await notificationsAbout(agreement.id, 'AGREEMENT_EXTENDED');
    expect(rows.map((r) => [r.recipient_code, r.article, r.sender_code])).toEqual([['SAR', 'Art. 3(3), Art. 13(4)', `MUNICIPALITY-${code}`]]);
    const sar = await hub().as({ role: 'SAR' });
    const seen = await nodeOf(sar, rows[0]!.id);
    expect(seen.node).toMatchObject({
      kind: 'AGREEMENT_EXTENDED',
      content: { agreement: { id: agreement.id, status: 'EXTENDED', endsOn: addYears(agreement.endsOn, 1) } },
    });
  });

  it('a transfer is told to the receiving municipality and SAR (Art. 32)', async () => {
    const from = 'RAZ26';
    const to = 'RAZ29';
    const { mayor, agreement, family } = await concludedAgreement(hub(), from);
    const receiving = await registeredMunicipality(hub(), to);
    const res = await mayor.request(TransferAgreementDocument, {
      input: { agreementId: agreement.id, version: agreement.version, toMunicipalityCode: to, newAddress: 'Samuil, 1 Main St.' },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const list = await receiving.request(AgreementsDocument, { filter: { municipalityCode: to } });
    expect(list.data?.agreements.edges).toHaveLength(1);
    const nextId = list.data!.agreements.edges[0]!.node.id;

    const rows = await notificationsAbout(nextId, 'AGREEMENT_TRANSFERRED');
    expect(rows.map((r) => [r.recipient_code, r.article])).toEqual([
      [`MUNICIPALITY-${to}`, 'Art. 32'],
      ['SAR', 'Art. 32, Art. 13(4)'],
    ]);
    expect(rows.every((r) => r.sender_code === `MUNICIPALITY-${from}`)).toBe(true);
    const inbox = await findInList(receiving, { received: true, kind: 'AGREEMENT_TRANSFERRED' }, (n) => n.subjectId === nextId);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.content).toMatchObject({
      agreement: { id: nextId, municipalityCode: to, status: 'ACTIVE' },
      holder: { id: family.holderId },
      transferredFrom: { id: agreement.id, municipalityCode: from, transferredOn: today },
    });
    // The sending municipality's own agreement id is the subject of nothing it receives.
    expect(await findInList(mayor, { received: true }, (n) => n.subjectId === nextId)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Inbox and acknowledgement

describe('inbox and acknowledgement', () => {
  it('reading delivers, acknowledging confirms once; only the recipient may acknowledge; ADMIN sees no content', async () => {
    const code = 'PER51';
    await registeredMunicipality(hub(), code);
    const family = await forwardedFamily(hub(), code);
    const [row] = await notificationsAbout(family.applicationId, 'APPLICATION_FORWARDED');
    expect(row).toMatchObject({ recipient_code: `MUNICIPALITY-${code}`, delivered_at: null, acknowledged_at: null });
    const id = row!.id;

    const clerk = await hub().as({ role: 'MUNICIPALITY', unit: code, sub: `clerk-${code}`, purpose: 'inbox' });
    const [unread] = await findInList(clerk, { unread: true }, (n) => n.id === id);
    expect(unread).toBeDefined();
    // Reading the inbox delivered it, through the hub.
    expect(unread).toMatchObject({ deliveredVia: 'HUB', acknowledgedAt: null, overdue: false });
    expect(unread!.deliveredAt).not.toBeNull();
    const [stored] = await sql<NotificationRow>('select * from notification where id = ?', [id]);
    expect(stored!.delivered_via).toBe('HUB');
    expect(stored!.delivered_at).not.toBeNull();

    const acked = await clerk.request(AcknowledgeNotificationDocument, { id });
    expect(acked.errors, JSON.stringify(acked.errors)).toBeUndefined();
    expect(acked.data!.acknowledgeNotification).toMatchObject({ id, acknowledgedBy: `clerk-${code}`, deliveredVia: 'HUB' });
    expect(acked.data!.acknowledgeNotification.acknowledgedAt).not.toBeNull();
    // Delivery stays when it was first delivered (by the read), not moved to the acknowledgement.
    expect(new Date(acked.data!.acknowledgeNotification.deliveredAt!).getTime()).toBe(new Date(stored!.delivered_at!).getTime());

    expect(await findInList(clerk, { unread: true }, (n) => n.id === id)).toEqual([]);
    // Still in the inbox, acknowledged.
    const [read] = await findInList(clerk, { received: true, kind: 'APPLICATION_FORWARDED' }, (n) => n.id === id);
    expect(read).toMatchObject({ acknowledgedBy: `clerk-${code}` });

    const twice = await clerk.request(AcknowledgeNotificationDocument, { id });
    expect(GraphQLClient.codes(twice)).toEqual(['CONFLICT']);

    // The sender (SAR) may see it, but not acknowledge it: it is not addressed to SAR.
    const sar = await hub().as({ role: 'SAR' });
    expect((await nodeOf(sar, id)).node).toMatchObject({ id, content: null });
    expect(GraphQLClient.codes(await sar.request(AcknowledgeNotificationDocument, { id }))).toEqual(['NOT_FOUND']);
    // Another municipality: not found either.
    const other = await hub().as({ role: 'MUNICIPALITY', unit: 'PER08' });
    expect(GraphQLClient.codes(await other.request(AcknowledgeNotificationDocument, { id }))).toEqual(['NOT_FOUND']);
    // ADMIN is no institution with an inbox.
    const admin = await hub().as({ role: 'ADMIN', purpose: 'operations' });
    expect(GraphQLClient.codes(await admin.request(AcknowledgeNotificationDocument, { id }))).toEqual(['FORBIDDEN']);
    const [after] = await sql<NotificationRow>('select * from notification where id = ?', [id]);
    expect(after!.acknowledged_by).toBe(`clerk-${code}`);

    // ADMIN lists notifications (metadata), the content refused field by field.
    const listed = await admin.request(NotificationContentsDocument, { filter: { kind: 'APPLICATION_FORWARDED' }, first: 5 });
    const nodes = listed.data!.notifications.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.kind === 'APPLICATION_FORWARDED' && n.content === null)).toBe(true);
    expect(listed.errors).toHaveLength(nodes.length);
    expect(new Set(GraphQLClient.codes(listed))).toEqual(new Set(['FORBIDDEN']));
    expect(new Set(listed.errors!.map((e) => e.extensions?.field))).toEqual(new Set(['Notification.content']));
    // ADMIN's listing delivers nothing.
    const adminNode = await nodeOf(admin, id);
    expect(adminNode.node).toMatchObject({ id, kind: 'APPLICATION_FORWARDED' });
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Webhook registration

describe('webhook registration', () => {
  it('accepts loopback http outside production, refuses other hosts, schemes and credentials; ADMIN and NGO may not', async () => {
    // RZOK-PER: no other test file registers a webhook for it (and nothing here notifies it meanwhile).
    const rzok = await hub().as({ role: 'RZOK', unit: 'PER', sub: 'rzok-per-it' });
    try {
      const first = await rzok.request(RegisterWebhookDocument, { url: 'http://127.0.0.1:9/x' });
      expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
      expect(first.data!.registerWebhook.webhook).toMatchObject({ url: 'http://127.0.0.1:9/x', registeredBy: 'rzok-per-it' });
      expect(first.data!.registerWebhook.secret.length).toBeGreaterThanOrEqual(32);
      expect((await rzok.request(WebhookDocument)).data!.webhook).toEqual({ url: 'http://127.0.0.1:9/x', registeredBy: 'rzok-per-it' });

      // Registering again replaces the URL and the key.
      const second = await rzok.request(RegisterWebhookDocument, { url: 'http://localhost:9/y' });
      expect(second.errors, JSON.stringify(second.errors)).toBeUndefined();
      expect(second.data!.registerWebhook.secret).not.toBe(first.data!.registerWebhook.secret);
      expect((await rzok.request(WebhookDocument)).data!.webhook!.url).toBe('http://localhost:9/y');
      expect(await sql("select url from webhook where institution_code = 'RZOK-PER'")).toEqual([{ url: 'http://localhost:9/y' }]);
      // The key is never shown again: no field of the schema holds it (an invalid document, so inline).
      const secretField = await rzok.request(`{ webhook { secret } }`);
      expect(GraphQLClient.codes(secretField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      for (const url of ['http://example.com/x', 'ftp://127.0.0.1/x', 'http://user:pw@127.0.0.1/x', 'not a url']) {
        const refused = await rzok.request(RegisterWebhookDocument, { url });
        expect(GraphQLClient.codes(refused), url).toEqual(['BAD_USER_INPUT']);
        expect(refused.errors?.[0]?.extensions?.field, url).toBe('url');
      }
      // A refused registration leaves the one there.
      expect((await rzok.request(WebhookDocument)).data!.webhook!.url).toBe('http://localhost:9/y');

      const admin = await hub().as({ role: 'ADMIN' });
      expect(GraphQLClient.codes(await admin.request(RegisterWebhookDocument, { url: 'http://127.0.0.1:9/admin' }))).toEqual(['FORBIDDEN']);
      const ngo = await hub().as({ role: 'NGO', unit: 'unhcr' });
      expect(GraphQLClient.codes(await ngo.request(RegisterWebhookDocument, { url: 'http://127.0.0.1:9/ngo' }))).toEqual(['FORBIDDEN']);
      expect(GraphQLClient.codes(await ngo.request(RemoveWebhookDocument))).toEqual(['FORBIDDEN']);

      const removed = await rzok.request(RemoveWebhookDocument);
      expect(removed.data).toEqual({ removeWebhook: true });
      expect((await rzok.request(WebhookDocument)).data).toEqual({ webhook: null });
      expect((await rzok.request(RemoveWebhookDocument)).data).toEqual({ removeWebhook: false });
    } finally {
      await rzok.request(RemoveWebhookDocument);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Subscriptions over graphql-ws

describe('subscription notificationReceived', () => {
  const SUBSCRIPTION = `subscription { notificationReceived { id kind article subjectId deliveredVia content recipient { code } } }`;
  type Pushed = {
    notificationReceived: {
      id: string;
      kind: string;
      article: string;
      subjectId: string;
      deliveredVia: string | null;
      // biome-ignore lint/suspicious/noExplicitAny: the JSON scalar: each kind of notification has its own content.
      content: Record<string, any> | null;
      recipient: { code: string };
    };
  };

  const wsUrl = () => `${hub().url.replace(/^http/, 'ws')}/graphql`;
  /** Subscriptions of this hub waiting for notifications: each listens to the runtime's events while it is open. */
  const subscriptionsListening = () => hub().notifications!.events.listenerCount('notification');
  const wsClient = (connectionParams?: Record<string, unknown>) =>
    createClient({ url: wsUrl(), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  const asSubscriber = async (spec: PrincipalSpec) => wsClient({ authorization: `Bearer ${await tokenFor(hub().config, spec)}`, purpose: 'testing' });

  /** Subscribes and collects what arrives; resolves once the connection is acknowledged. */
  function collect(client: Client) {
    const events: Pushed[] = [];
    const errors: unknown[] = [];
    let settled = false;
    const done = new Promise<void>((resolve) => {
      const unsubscribe = client.subscribe<Pushed>(
        { query: SUBSCRIPTION },
        {
          next: (value) => {
            if (value.errors) errors.push(...value.errors);
            if (value.data) events.push(value.data as Pushed);
          },
          error: (error) => {
            errors.push(error);
            settled = true;
            resolve();
          },
          complete: () => {
            settled = true;
            resolve();
          },
        },
      );
      void unsubscribe;
    });
    return {
      events,
      errors,
      done,
      get settled() {
        return settled;
      },
    };
  }

  it("pushes the municipality's OFFENCE_REPORTED to its subscriber only, with its content; the push delivers it", async () => {
    const code = 'RAZ36';
    const { family } = await concludedAgreement(hub(), code);
    await registeredMunicipality(hub(), 'PER08');
    const mine = await asSubscriber({ role: 'MUNICIPALITY', unit: code });
    const theirs = await asSubscriber({ role: 'MUNICIPALITY', unit: 'PER08' });
    try {
      const listening = subscriptionsListening();
      const mySub = collect(mine);
      const theirSub = collect(theirs);
      // Both are connected and their subscriptions started once each listens to the hub's notifications.
      await waitFor('both subscriptions to listen', () => subscriptionsListening() >= listening + 2);
      expect(mySub.errors).toEqual([]);
      expect(theirSub.errors).toEqual([]);

      const mvr = await hub().as({ role: 'MVR', purpose: 'Art. 24(2)' });
      const res = await mvr.request(ReportOffenceDocument, {
        input: { beneficiaryId: family.holderId, kind: OffenceKind.Crime, description: 'Theft', committedOn: today },
      });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const reportId = res.data!.reportOffence.id;

      const pushed = await waitFor('the pushed notification', () => mySub.events.find((e) => e.notificationReceived.subjectId === reportId));
      expect(pushed.notificationReceived).toMatchObject({
        kind: 'OFFENCE_REPORTED',
        article: 'Art. 24(2)',
        recipient: { code: `MUNICIPALITY-${code}` },
        // As it was before this push: the push delivers it once written (docs/notifications.md, "Delivered").
        deliveredVia: null,
        content: { offence: { id: reportId, kind: 'CRIME', description: 'Theft' }, beneficiary: { id: family.holderId } },
      });
      // The push, written to the open subscription, delivers it.
      const row = await waitFor('the push to be recorded as the delivery', async () => {
        const [r] = await sql<NotificationRow>('select * from notification where id = ?', [pushed.notificationReceived.id]);
        return r?.delivered_via ? r : undefined;
      });
      expect(row).toMatchObject({ delivered_via: 'HUB', recipient_code: `MUNICIPALITY-${code}` });

      // The other municipality's subscriber gets nothing of it: a notification of its own, committed
      // after, reaches it, and its subscription takes the hub's notifications in order.
      const marker = await forwardedFamily(hub(), 'PER08');
      await waitFor("the other municipality's own notification", () => theirSub.events.some((e) => e.notificationReceived.subjectId === marker.applicationId));
      expect(theirSub.events.map((e) => e.notificationReceived.subjectId)).toEqual([marker.applicationId]);
      expect(theirSub.errors).toEqual([]);
      expect(mySub.events.filter((e) => e.notificationReceived.subjectId === reportId)).toHaveLength(1);
    } finally {
      await mine.dispose();
      await theirs.dispose();
    }
  });

  it('refuses a subscription without a token, or with a bad one', async () => {
    for (const params of [undefined, { authorization: 'Bearer not-a-token', purpose: 'testing' }]) {
      const client = wsClient(params);
      try {
        const sub = collect(client);
        await waitFor('the subscription to be refused', () => sub.settled);
        expect(sub.events).toEqual([]);
        expect(sub.errors).toHaveLength(1);
        // The server closes the socket: 4403 Forbidden.
        expect((sub.errors[0] as { code?: number }).code).toBe(4403);
      } finally {
        await client.dispose();
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 8. "Delivered" by a push: written to a subscription still open (docs/notifications.md, "Delivered")

describe('a push delivers only what the hub wrote to an open subscription; the rest escalates when overdue (Art. 19)', () => {
  // Issue 17: a subscriber that completed its subscription (or closed its socket) got one more `next`,
  // and the next notification was marked delivered via HUB though nobody received it, so it was never
  // escalated to the COORDINATOR. PER22 receives APPLICATION_FORWARDED (Art. 20 p.5); no other test of
  // this file subscribes for it, and no other file uses PER.
  const code = 'PER22';
  const listening = () => hub().notifications!.events.listenerCount('notification');

  /** A raw graphql-transport-ws connection of PER22's mayor with one subscription, '1', listening. */
  async function subscribed(options: { sub?: string; query?: string } = {}) {
    const before = listening();
    const socket = new WebSocket(`${hub().url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    // biome-ignore lint/suspicious/noExplicitAny: graphql-ws messages of every type, read by the test's own checks.
    const messages: { id?: string; type: string; payload?: any }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const token = await tokenFor(hub().config, { role: 'MUNICIPALITY', unit: code, sub: options.sub });
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}`, purpose: 'testing' } }));
    await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: options.query ?? 'subscription { notificationReceived { id subjectId deliveredVia } }' },
      }),
    );
    await waitFor('the subscription to listen', () => listening() > before);
    const nextsFor = (subjectId: string) => messages.filter((m) => m.type === 'next' && m.payload?.data?.notificationReceived?.subjectId === subjectId);
    return { socket, messages, closed, nextsFor, before };
  }

  /** The notification `make` writes (its id), once this hub's runtime has emitted it: every subscription of the hub has had it offered. */
  async function emitted(make: () => Promise<string>): Promise<NotificationRow> {
    const ids = new Set<string>();
    const seen = ({ id }: { id: string }) => ids.add(id);
    hub().notifications!.events.on('notification', seen);
    try {
      const id = await make();
      await waitFor('the notification to be emitted', () => ids.has(id));
      const [row] = await sql<NotificationRow>('select * from notification where id = ?', [id]);
      return row!;
    } finally {
      hub().notifications!.events.off('notification', seen);
    }
  }

  /** SAR forwards a new applicant to PER22: one APPLICATION_FORWARDED for it, seen emitted by this hub. */
  const forwarded = () =>
    emitted(async () => {
      const family = await forwardedFamily(hub(), code);
      const [row] = await notificationsAbout(family.applicationId, 'APPLICATION_FORWARDED');
      return row!.id;
    });

  /**
   * An APPLICATION_FORWARDED to PER22 that the hub writes with no request of a client. While the
   * access log is held for a push, a request's own entry would wait behind the held one (the log is one
   * chain, written a batch at a time), and a request that made the notification may log only after its
   * commit has already set the push going.
   */
  const sentByTheHub = () =>
    emitted(async () => {
      const em = hub().orm.em.fork();
      const [n] = send(em, {
        kind: NotificationKind.APPLICATION_FORWARDED,
        sender: 'SAR',
        recipients: [[`MUNICIPALITY-${code}`, 'Art. 20 p.5']],
        subject: { type: 'AgreementApplication', id: randomUUID() },
        sections: [],
      });
      await em.flush();
      return n!.id;
    });

  /** Its due-by passes (as if days went by), and a sweep escalates what is then overdue and undelivered. */
  async function dueByPassesAndSweep(id: string): Promise<NotificationRow> {
    await asOwner(`update notification set due_by = now() - interval '1 minute' where id = '${id}'`);
    await hub().notifications!.sweep();
    const [row] = await sql<NotificationRow>('select * from notification where id = ?', [id]);
    return row!;
  }

  /** Its due-by passed and the sweep ran: it must have stayed undelivered and been escalated (Art. 19). */
  async function undeliveredAndEscalated(id: string): Promise<void> {
    const after = await dueByPassesAndSweep(id);
    expect(after).toMatchObject({ delivered_at: null, delivered_via: null });
    expect(after.escalated_at).not.toBeNull();
  }

  const escalationsOf = (id: string) => sql<NotificationRow>("select * from notification where kind = 'OVERDUE_ESCALATED' and subject_id = ?", [id]);

  it('a live subscriber: the `next` is written, the notification is delivered via HUB and not escalated', async () => {
    await registeredMunicipality(hub(), code);
    const sub = await subscribed();
    try {
      const notification = await forwarded();
      await waitFor('the push', () => sub.nextsFor(notification.subject_id).length > 0);
      const delivered = await waitFor('the push to be recorded as the delivery', async () => {
        const [r] = await sql<NotificationRow>('select * from notification where id = ?', [notification.id]);
        return r?.delivered_at ? r : undefined;
      });
      expect(delivered.delivered_via).toBe('HUB');
      const after = await dueByPassesAndSweep(notification.id);
      expect(after.escalated_at).toBeNull();
      expect(await escalationsOf(notification.id)).toEqual([]);
    } finally {
      sub.socket.close();
      await sub.closed;
    }
  });

  it('after `complete`: nothing more is sent for the subscription, the next notification stays undelivered and is escalated when overdue', async () => {
    await registeredMunicipality(hub(), code);
    const sub = await subscribed();
    try {
      sub.socket.send(JSON.stringify({ id: '1', type: 'complete' }));
      // The subscription ends at once: it no longer waits for a notification to come first.
      await waitFor('the completed subscription to stop listening', () => listening() === sub.before);
      const notification = await forwarded();
      await undeliveredAndEscalated(notification.id);
      expect(await escalationsOf(notification.id)).toEqual([expect.objectContaining({ recipient_code: 'COORDINATOR', article: 'Art. 19' })]);
      expect(sub.messages.filter((m) => m.id === '1')).toEqual([]);
    } finally {
      sub.socket.close();
      await sub.closed;
    }
  });

  it('after the socket closes: the next notification stays undelivered and is escalated when overdue', async () => {
    await registeredMunicipality(hub(), code);
    const sub = await subscribed();
    sub.socket.close();
    await sub.closed;
    await waitFor("the closed socket's subscription to stop listening", () => listening() === sub.before);
    const notification = await forwarded();
    await undeliveredAndEscalated(notification.id);
    expect(await escalationsOf(notification.id)).toHaveLength(1);
  });

  it('a push withheld because its access log entry could not be written does not deliver: the subscriber got no notification', async () => {
    await registeredMunicipality(hub(), code);
    // The access log refuses this subscriber's entries (a fault of the database, for one subject only).
    const subject = `withheld-${randomUUID()}`;
    const fn = `test_refuse_audit_${subject.replaceAll('-', '').slice(8, 20)}`;
    await asOwner(`create function ${fn}() returns trigger language plpgsql as $$
      begin
        if new.subject = '${subject}' then raise exception 'test: access log refused for ${subject}'; end if;
        return new;
      end $$`);
    try {
      await asOwner(`create trigger ${fn} before insert on audit_log for each row execute function ${fn}()`);
      // content names the applicant: the push reads personal data, so it needs its entry.
      const sub = await subscribed({ sub: subject, query: 'subscription { notificationReceived { id subjectId content } }' });
      try {
        const notification = await forwarded();
        const answer = await waitFor('the answer to the push', () => sub.messages.find((m) => m.id === '1' && m.type === 'next'));
        expect(answer.payload.data).toBeUndefined();
        expect(answer.payload.errors).toHaveLength(1);
        await undeliveredAndEscalated(notification.id);
      } finally {
        sub.socket.close();
        await sub.closed;
      }
    } finally {
      await asOwner(`drop trigger if exists ${fn} on audit_log`);
      await asOwner(`drop function if exists ${fn}()`);
    }
  });

  it('a `complete` that arrives while the push is being prepared: nothing is sent for the subscription, and the notification stays undelivered', async () => {
    await registeredMunicipality(hub(), code);
    // The access log entry of this subscriber's push waits for a lock the test holds: the push is held
    // while it is being prepared, after the notification was loaded and handed on, before it is sent.
    const subject = `inflight-${randomUUID()}`;
    const key = randomInt(1, 2 ** 31 - 1);
    const fn = `test_hold_audit_${subject.replaceAll('-', '').slice(8, 20)}`;
    await asOwner(`create function ${fn}() returns trigger language plpgsql as $$
      begin
        if new.subject = '${subject}' then perform pg_advisory_xact_lock(${key}); end if;
        return new;
      end $$`);
    const holder = new pg.Client({ connectionString: hub().config.database.url! });
    await holder.connect();
    try {
      await asOwner(`create trigger ${fn} before insert on audit_log for each row execute function ${fn}()`);
      await holder.query('select pg_advisory_lock($1)', [key]);
      const sub = await subscribed({ sub: subject, query: 'subscription { notificationReceived { id subjectId content } }' });
      try {
        const notification = await sentByTheHub();
        await waitFor('the push to wait for its access log entry', async () => {
          const { rows } = await holder.query("select 1 from pg_locks where locktype = 'advisory' and not granted and classid = 0 and objid = $1", [key]);
          return rows.length > 0;
        });
        sub.socket.send(JSON.stringify({ id: '1', type: 'complete' }));
        await waitFor('the completed subscription to stop listening', () => listening() === sub.before);
        await holder.query('select pg_advisory_unlock($1)', [key]);
        // Its entry is written once the lock is released; then a ping's pong comes after anything the hub sent before.
        await waitFor('the access log entry of the held push', async () => (await sql('select 1 from audit_log where subject = ?', [subject])).length > 0);
        sub.socket.send(JSON.stringify({ type: 'ping' }));
        await waitFor('pong', () => sub.messages.some((m) => m.type === 'pong'));
        expect(sub.messages.filter((m) => m.id === '1')).toEqual([]);
        await undeliveredAndEscalated(notification.id);
      } finally {
        sub.socket.close();
        await sub.closed;
      }
    } finally {
      await holder.query('select pg_advisory_unlock_all()').catch(() => {});
      await holder.end();
      await asOwner(`drop trigger if exists ${fn} on audit_log`);
      await asOwner(`drop function if exists ${fn}()`);
    }
  });
});
