import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/modules/notifications/delivery/signature.js';
import { Notification } from '../../src/modules/notifications/notification.entity.js';
import {
  AuditLogEntriesDocument,
  NotificationAttemptErrorsDocument,
  NotificationAttemptsDocument,
  NotificationAttemptUrlsDocument,
  NotificationDeliveryDocument,
  RegisterWebhookSecretDocument,
  RegisterWebhookUrlDocument,
  RemoveWebhookDocument,
  WhoAccessedOperationsDocument,
} from '../gql/graphql.js';
import type { GraphQLClient } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { jobStates } from '../support/notifications.js';
import { waitFor } from '../support/wait.js';

// A webhook that fails three times and then accepts gets the notification once as accepted; every
// attempt is recorded; every POST is signed (HMAC-SHA256 over timestamp and body) and carries the
// notification's id as its idempotency key.
// Quick retries (1 s, doubling) come from vitest.config.ts, for every hub of the run.
const hub = useTestHub({ notifications: true });

interface Received {
  key: string;
  attempt: string;
  signatureValid: boolean;
  body: { id: string; kind: string; recipient: string; content: Record<string, unknown> };
}
const received: Received[] = [];
let secret = '';
// Three failures per notification, then acceptance.
const failures = new Map<string, number>();
const receiver = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    received.push({
      key: String(req.headers['idempotency-key']),
      attempt: String(req.headers['x-hub-delivery-attempt']),
      signatureValid: verify(secret, raw, req.headers['x-hub-signature'] as string),
      body: JSON.parse(raw),
    });
    const key = String(req.headers['idempotency-key']);
    failures.set(key, (failures.get(key) ?? 0) + 1);
    res.statusCode = failures.get(key)! <= 3 ? 500 : 200;
    res.end();
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe('webhook delivery', () => {
  it('retries a failing endpoint with backoff and records each attempt; the receiver accepts it once', async () => {
    // RZOK of Burgas: only agreements in BGS (this file's) notify it, whatever other files do.
    const rzok = await hub().as({ role: 'RZOK', unit: 'BGS' });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/hub`;
    const registered = await rzok.request(RegisterWebhookUrlDocument, { url });
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    secret = registered.data!.registerWebhook.secret;

    const { agreement, family, mayor } = await concludedAgreement(hub(), 'BGS04');
    const ours = () => received.filter((r) => (r.body.content.agreement as { id: string } | undefined)?.id === agreement.id);
    const accepted = await waitFor('an accepted delivery', () => (ours().length >= 4 ? ours() : undefined));
    expect(accepted.map((r) => r.attempt)).toEqual(['1', '2', '3', '4']);
    expect(new Set(accepted.map((r) => r.key)).size).toBe(1);
    expect(accepted.every((r) => r.signatureValid)).toBe(true);
    const body = accepted[3]!.body;
    expect(body).toMatchObject({ kind: 'AGREEMENT_CONCLUDED', recipient: 'RZOK-BGS', article: 'Art. 14 p.12' });
    expect(body.content).toMatchObject({ agreement: { id: agreement.id } });
    // RZOK's view: identity, status and term; not the parties' list (AGREEMENT) nor the termination.
    expect(body.content).toHaveProperty('holder');
    expect(body.content).not.toHaveProperty('parties');
    expect(body.content).not.toHaveProperty('termination');

    const attempts = await waitFor('the recorded attempts', async () => {
      const res = await rzok.request(NotificationAttemptsDocument, { id: body.id });
      const node = res.data!.node;
      return node.attempts?.length === 4 && node.deliveredVia ? node : undefined;
    });
    expect(attempts.attempts!.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [1, 'REJECTED', 500],
      [2, 'REJECTED', 500],
      [3, 'REJECTED', 500],
      [4, 'ACCEPTED', 200],
    ]);
    expect(attempts).toMatchObject({ deliveredVia: 'WEBHOOK', failedAt: null });

    // Issue 16.2: every attempt sent the content (three were answered 500, the fourth 200), so each
    // is one access-log entry of the recipient, written before the attempt itself was recorded.
    const admin = await hub().as({ role: 'ADMIN' });
    const entries = (await webhookEntries(admin, family.holderId)).filter((e) => e.requestId.startsWith(`webhook:${body.id}:`));
    expect(entries.map((e) => [e.requestId, e.outcome])).toEqual([
      [`webhook:${body.id}:1`, 'ERROR'],
      [`webhook:${body.id}:2`, 'ERROR'],
      [`webhook:${body.id}:3`, 'ERROR'],
      [`webhook:${body.id}:4`, 'SUCCESS'],
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({
        role: 'RZOK',
        institutionCode: 'RZOK-BGS',
        unit: 'BGS',
        subject: `webhook ${new URL(url).origin}`,
        purpose: 'Art. 14 p.12',
        operationName: 'webhook AGREEMENT_CONCLUDED',
        operationType: 'webhook',
      });
      // RZOK's content: the agreement's term and the holder's identity (not the parties).
      // (jsonb keeps keys in its own order: compare as a set of classes)
      expect([...e.records].sort((a, b) => a.dataClass.localeCompare(b.dataClass))).toEqual([
        { dataClass: 'AGREEMENT_TERM', ids: [agreement.id] },
        { dataClass: 'IDENTITY', ids: [family.holderId] },
        { dataClass: 'NOTIFICATION_CONTENT', ids: [body.id] },
      ]);
    }
    // The person's caseworker sees the deliveries among those who took the record.
    const who = await mayor.request(WhoAccessedOperationsDocument, { beneficiaryId: family.holderId });
    expect(who.errors).toBeUndefined();
    expect(who.data!.whoAccessed.filter((l) => l.operationName === 'webhook AGREEMENT_CONCLUDED')).toEqual(
      Array.from({ length: 4 }, () => ({ institutionCode: 'RZOK-BGS', operationName: 'webhook AGREEMENT_CONCLUDED', purpose: 'Art. 14 p.12' })),
    );

    // Issue 16.8: the recipient and ADMIN see where it was sent and what failed; the sender sees only
    // that and when it was delivered.
    for (const reader of [rzok, admin]) {
      const res = await reader.request(NotificationDeliveryDocument, { id: body.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node.attempts).toEqual([
        { url, error: 'HTTP 500' },
        { url, error: 'HTTP 500' },
        { url, error: 'HTTP 500' },
        { url, error: null },
      ]);
    }
    const sender = await mayor.request(NotificationDeliveryDocument, { id: body.id });
    expect(sender.errors).toBeUndefined();
    expect(sender.data!.node).toEqual({ deliveredAt: expect.any(String), deliveredVia: 'WEBHOOK', attempts: null });
    // Nor through the list of what it sent.
    const sent = await mayor.request(NotificationAttemptUrlsDocument, { filter: { received: false }, first: 50 });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.notifications.edges.find((e) => e.node.id === body.id)?.node).toEqual({ id: body.id, attempts: null });
    // No further POST after the acceptance: the delivery's job (its id is the notification's) is completed.
    await waitFor('the delivery job to be completed', async () => (await jobStates(hub().config.database.url!, [body.id]))[0] === 'completed');
    expect(ours()).toHaveLength(4);
    // Nothing more for this receiver: the other tests' agreements do not go to it.
    expect((await rzok.request(RemoveWebhookDocument)).errors).toBeUndefined();
  }, 60_000);

  it('an attempt that never reached the endpoint disclosed nothing: it is recorded as an attempt, not in the access log', async () => {
    const rzi = await hub().as({ role: 'RZI', unit: 'BGS' });
    // A port that was free a moment ago: nothing listens there, the connection is refused.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const registered = await rzi.request(RegisterWebhookSecretDocument, { url: `http://127.0.0.1:${port}/hooks/hub` });
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    try {
      const { agreement, family } = await concludedAgreement(hub(), 'BGS08');
      const em = hub().hubEm();
      const notification = await waitFor('the notification to RZI-BGS', () => em.findOne(Notification, { recipient: 'RZI-BGS', subjectId: agreement.id }));
      const admin = await hub().as({ role: 'ADMIN' });
      // The attempts are recorded after the access-log entry would have been (webhook-delivery.ts).
      const tried = await waitFor('two failed attempts', async () => {
        const res = await admin.request(NotificationAttemptErrorsDocument, { id: notification.id });
        const attempts = res.data?.node.attempts ?? [];
        return attempts.length >= 2 ? attempts : undefined;
      });
      expect(tried.every((a) => a.outcome === 'ERROR' && /ECONNREFUSED|connect/i.test(a.error ?? ''))).toBe(true);
      expect((await webhookEntries(admin, family.holderId)).filter((e) => e.requestId.startsWith(`webhook:${notification.id}:`))).toEqual([]);
    } finally {
      // Its retries stop here (a delivery finds no webhook and leaves the notification in the inbox).
      await rzi.request(RemoveWebhookDocument);
    }
  }, 60_000);
});

/** The access log's webhook entries about a record, oldest first (ADMIN's search). */
async function webhookEntries(admin: GraphQLClient, recordId: string) {
  const res = await admin.request(AuditLogEntriesDocument, { filter: { recordId }, first: 20 });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res
    .data!.auditLog.edges.map((e) => e.node)
    .filter((e) => e.operationType === 'webhook')
    .reverse();
}
