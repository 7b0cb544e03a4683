import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/modules/notifications/delivery/signature.js';
import { Notification } from '../../src/modules/notifications/notification.entity.js';
import {
  InstitutionWebhooksDocument,
  NotificationIdsDocument,
  NotificationKindAndContentDocument,
  RegisterInstitutionWebhookDocument,
  RemoveWebhookDocument,
  RetryDeliveryDocument,
  RotateWebhookKeyDocument,
  SendTestDeliveryDocument,
  WebhookAttemptsDocument,
  WebhookUrlDocument,
} from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse } from '../support/client.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { jobStates } from '../support/notifications.js';
import { waitFor } from '../support/wait.js';

// The operators' side of the webhooks (ADMIN): any institution's endpoint registered, re-keyed and
// tested for it, the calls it got, and a failed delivery sent again. Real hub, real HTTP endpoint.
// RZOK-KRZ and RZI-KRZ: no other test file registers their webhooks or concludes agreements in KRZ.
const hub = useTestHub({ notifications: true });

interface Call {
  path: string;
  signature: string;
  attempt: string;
  raw: string;
  body: { id: string; kind: string; test?: boolean; recipient: string; content?: Record<string, unknown> };
}
const calls: Call[] = [];
/** Per notification id: how many calls to answer 500 before 200. */
const failFirst = new Map<string, number>();
const receiver = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    const body = JSON.parse(raw) as Call['body'];
    calls.push({ path: req.url ?? '', signature: String(req.headers['x-hub-signature']), attempt: String(req.headers['x-hub-delivery-attempt']), raw, body });
    const left = failFirst.get(body.id) ?? 0;
    if (left > 0) failFirst.set(body.id, left - 1);
    res.statusCode = left > 0 ? 500 : 200;
    res.end();
  });
});
const endpoint = (path: string) => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}${path}`;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  // Nothing of this file's outlives it: the endpoints go with the receiver.
  for (const [role, unit] of [
    ['RZOK', 'KRZ'],
    ['RZI', 'KRZ'],
  ] as const)
    await (await hub().as({ role, unit })).request(RemoveWebhookDocument);
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}
function refused(res: GraphQLResponse<unknown>, code: string, field?: string) {
  expect(res.status, JSON.stringify(res.errors)).toBeLessThan(500);
  expect(GraphQLClient.codes(res), JSON.stringify(res.errors)).toEqual([code]);
  const error = res.errors![0]!;
  expect(JSON.stringify(error)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  if (code !== 'FORBIDDEN') expect(error.extensions?.messageBg, JSON.stringify(error)).toEqual(expect.any(String));
  if (field) expect(error.extensions?.field).toBe(field);
}

describe('operators: institutions and their webhooks', () => {
  it('ADMIN registers an endpoint for an institution, rotates its key (the old one signs nothing more), and a test delivery reaches it', async () => {
    const admin = await hub().as({ role: 'ADMIN', sub: 'operator-1' });
    const registered = ok(await admin.request(RegisterInstitutionWebhookDocument, { code: 'RZI-KRZ', url: endpoint('/rzi') })).registerInstitutionWebhook;
    expect(registered.webhook).toEqual({ url: endpoint('/rzi'), registeredBy: 'operator-1', institution: { code: 'RZI-KRZ' } });
    // The institution sees its own endpoint as registered.
    const rzi = await hub().as({ role: 'RZI', unit: 'KRZ' });
    expect(ok(await rzi.request(WebhookUrlDocument)).webhook!.url).toBe(endpoint('/rzi'));

    const listed = ok(await admin.request(InstitutionWebhooksDocument)).institutionWebhooks;
    expect(listed.find((w) => w.institution.code === 'RZI-KRZ')).toMatchObject({ url: endpoint('/rzi'), registeredBy: 'operator-1' });
    // Every institution with an inbox is listed, registered or not; NGOs get no notifications.
    expect(listed.find((w) => w.institution.code === 'RZOK-TGV')).toBeDefined();
    expect(listed.some((w) => w.institution.kind === 'NGO')).toBe(false);

    const rotated = ok(await admin.request(RotateWebhookKeyDocument, { code: 'RZI-KRZ' })).rotateWebhookKey;
    expect(rotated.secret).not.toBe(registered.secret);
    expect(rotated.secret.length).toBeGreaterThanOrEqual(32);
    expect(rotated.webhook.url).toBe(endpoint('/rzi'));

    const sent = ok(await admin.request(SendTestDeliveryDocument, { code: 'RZI-KRZ' })).sendTestDelivery;
    expect(sent).toMatchObject({ attempt: 1, test: true, notificationId: null, outcome: 'ACCEPTED', statusCode: 200, error: null, url: endpoint('/rzi') });
    const call = calls.find((c) => c.path === '/rzi' && c.body.kind === 'TEST');
    expect(call).toBeDefined();
    // Signed with the new key only; no personal data: nothing but the test's own fields.
    expect(verify(rotated.secret, call!.raw, call!.signature)).toBe(true);
    expect(verify(registered.secret, call!.raw, call!.signature)).toBe(false);
    expect(Object.keys(call!.body).sort()).toEqual(['createdAt', 'id', 'kind', 'recipient', 'test']);
    expect(call!.body).toMatchObject({ kind: 'TEST', test: true, recipient: 'RZI-KRZ' });

    const attempts = ok(await admin.request(WebhookAttemptsDocument, { code: 'RZI-KRZ', first: 5 })).webhookAttempts;
    expect(attempts[0]).toMatchObject({ id: sent.id, test: true, outcome: 'ACCEPTED', statusCode: 200 });

    // An endpoint that answers no: the attempt says what came back.
    const down = http.createServer((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    try {
      ok(await admin.request(RegisterInstitutionWebhookDocument, { code: 'RZI-KRZ', url: `http://127.0.0.1:${(down.address() as AddressInfo).port}/x` }));
      const rejected = ok(await admin.request(SendTestDeliveryDocument, { code: 'RZI-KRZ' })).sendTestDelivery;
      expect(rejected).toMatchObject({ outcome: 'REJECTED', statusCode: 503, error: 'HTTP 503' });
    } finally {
      await new Promise<void>((resolve) => down.close(() => resolve()));
      // Back to the receiver: the notifications this file's agreements send RZI-KRZ find an endpoint.
      ok(await admin.request(RegisterInstitutionWebhookDocument, { code: 'RZI-KRZ', url: endpoint('/rzi') }));
    }
  });

  it('a delivery after the rotation is signed with the new key, and ADMIN sees its attempt (not its content)', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    const first = ok(await admin.request(RegisterInstitutionWebhookDocument, { code: 'RZOK-KRZ', url: endpoint('/rzok') })).registerInstitutionWebhook;
    const rotated = ok(await admin.request(RotateWebhookKeyDocument, { code: 'RZOK-KRZ' })).rotateWebhookKey;

    const { agreement } = await concludedAgreement(hub(), 'KRZ16');
    const delivered = await waitFor('the delivery of the agreement to RZOK-KRZ', () =>
      calls.find((c) => c.path === '/rzok' && (c.body.content?.agreement as { id?: string } | undefined)?.id === agreement.id),
    );
    expect(verify(rotated.secret, delivered.raw, delivered.signature)).toBe(true);
    expect(verify(first.secret, delivered.raw, delivered.signature)).toBe(false);

    const attempts = await waitFor('the attempt among the endpoint’s calls', async () => {
      const list = ok(await admin.request(WebhookAttemptsDocument, { code: 'RZOK-KRZ' })).webhookAttempts;
      return list.find((a) => a.notificationId === delivered.body.id);
    });
    expect(attempts).toMatchObject({ attempt: 1, test: false, outcome: 'ACCEPTED', statusCode: 200 });
    // ADMIN reads the notification's metadata, never its content.
    const node = await admin.request(NotificationKindAndContentDocument, { id: delivered.body.id });
    expect(GraphQLClient.codes(node)).toEqual(['FORBIDDEN']);
    expect(node.data?.node).toMatchObject({ kind: 'AGREEMENT_CONCLUDED', content: null });
  });

  it('a failed delivery is delivered again on retryDelivery, its attempts counting on', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    const key = ok(await admin.request(RegisterInstitutionWebhookDocument, { code: 'RZOK-KRZ', url: endpoint('/rzok-retry') })).registerInstitutionWebhook;
    const { agreement } = await concludedAgreement(hub(), 'KRZ21');
    const em = hub().hubEm();
    const notification = await waitFor('the notification to RZOK-KRZ', () => em.findOne(Notification, { recipient: 'RZOK-KRZ', subjectId: agreement.id }));
    // Every attempt of the first job fails (the retry limit of the test run, and one for good measure).
    failFirst.set(notification.id, hub().config.notifications.retryLimit + 1);
    const ours = () => calls.filter((c) => c.body.id === notification.id);

    // Retried as soon as the operator sees it failed: pg-boss may not have marked its job failed yet (the
    // last attempt is recorded first); the dispatcher then leaves it for the next sweep.
    await waitFor(
      'the notification to be failed',
      async () => {
        const failed = ok(await admin.request(NotificationIdsDocument, { filter: { failed: true }, first: 100 }));
        return failed.notifications.edges.some((e) => e.node.id === notification.id);
      },
      90_000,
    );
    const before = ours().length;
    expect(before).toBe(hub().config.notifications.retryLimit + 1);

    const retried = ok(await admin.request(RetryDeliveryDocument, { id: notification.id })).retryDelivery;
    expect(retried).toMatchObject({ id: notification.id, failedAt: null });
    // A second retry before it fails again: nothing to retry.
    refused(await admin.request(RetryDeliveryDocument, { id: notification.id }), 'CONFLICT', 'id');

    const again = await waitFor('the delivery sent again', () => (ours().length > before ? ours()[before] : undefined), 30_000);
    expect(again.attempt).toBe(String(before + 1));
    expect(verify(key.secret, again.raw, again.signature)).toBe(true);
    // Its one job ran again (the job's id is the notification's), and is done now.
    await waitFor('the delivery job to be completed', async () => (await jobStates(hub().config.database.url!, [notification.id]))[0] === 'completed');
    const after = await waitFor('the notification delivered', async () => {
      const n = await hub().hubEm().findOneOrFail(Notification, notification.id);
      return n.deliveredAt ? n : undefined;
    });
    expect(after.failedAt).toBeNull();
  }, 120_000);

  it('refuses other roles (FORBIDDEN), unknown institutions (NOT_FOUND), bad input (BAD_USER_INPUT)', async () => {
    const admin = await hub().as({ role: 'ADMIN' });
    for (const spec of [{ role: 'RZI', unit: 'KRZ' }, { role: 'SAR' }, { role: 'COORDINATOR' }] as const) {
      const other = await hub().as(spec);
      refused(await other.request(InstitutionWebhooksDocument), 'FORBIDDEN');
      refused(await other.request(WebhookAttemptsDocument, { code: 'RZI-KRZ' }), 'FORBIDDEN');
      refused(await other.request(RegisterInstitutionWebhookDocument, { code: 'RZI-KRZ', url: endpoint('/evil') }), 'FORBIDDEN');
      refused(await other.request(RotateWebhookKeyDocument, { code: 'RZI-KRZ' }), 'FORBIDDEN');
      refused(await other.request(SendTestDeliveryDocument, { code: 'RZI-KRZ' }), 'FORBIDDEN');
      refused(await other.request(RetryDeliveryDocument, { id: '00000000-0000-4000-8000-000000000000' }), 'FORBIDDEN');
    }
    refused(await hub().anonymous.request(InstitutionWebhooksDocument), 'UNAUTHENTICATED');

    refused(await admin.request(RotateWebhookKeyDocument, { code: 'RZI-NOPE' }), 'NOT_FOUND', 'institutionCode');
    refused(await admin.request(SendTestDeliveryDocument, { code: 'RZI-NOPE' }), 'NOT_FOUND', 'institutionCode');
    refused(await admin.request(WebhookAttemptsDocument, { code: 'RZI-NOPE' }), 'NOT_FOUND', 'institutionCode');
    // An institution with no endpoint has no key to rotate and nothing to test.
    refused(await admin.request(RotateWebhookKeyDocument, { code: 'RZOK-TGV' }), 'NOT_FOUND', 'institutionCode');
    refused(await admin.request(SendTestDeliveryDocument, { code: 'RZOK-TGV' }), 'NOT_FOUND', 'institutionCode');
    refused(await admin.request(RegisterInstitutionWebhookDocument, { code: 'RZI-KRZ', url: 'ftp://127.0.0.1/x' }), 'BAD_USER_INPUT', 'url');
    refused(await admin.request(WebhookAttemptsDocument, { code: 'RZI-KRZ', first: 1000 }), 'BAD_USER_INPUT');
    refused(await admin.request(RetryDeliveryDocument, { id: 'not-an-id' }), 'BAD_USER_INPUT', 'id');
    refused(await admin.request(RetryDeliveryDocument, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 'id');
  });
});
