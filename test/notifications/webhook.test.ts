import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/modules/notifications/delivery/signature.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
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
    const registered = await rzok.request('mutation($url: String!) { registerWebhook(url: $url) { secret webhook { url } } }', { url });
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    secret = (registered.data as { registerWebhook: { secret: string } }).registerWebhook.secret;

    const { agreement } = await concludedAgreement(hub(), 'BGS04');
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
      const res = await rzok.request('query($id: ID!) { node(id: $id) { ... on Notification { deliveredVia failedAt attempts { attempt outcome statusCode } } } }', { id: body.id });
      const node = (res.data as { node: { deliveredVia: string | null; failedAt: string | null; attempts: { attempt: number; outcome: string; statusCode: number }[] } }).node;
      return node.attempts.length === 4 && node.deliveredVia ? node : undefined;
    });
    expect(attempts.attempts.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [1, 'REJECTED', 500],
      [2, 'REJECTED', 500],
      [3, 'REJECTED', 500],
      [4, 'ACCEPTED', 200],
    ]);
    expect(attempts).toMatchObject({ deliveredVia: 'WEBHOOK', failedAt: null });
    // No further POST after the acceptance.
    await new Promise((r) => setTimeout(r, 2500));
    expect(ours()).toHaveLength(4);
  }, 60_000);
});
