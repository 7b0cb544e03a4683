import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/modules/notifications/delivery/signature.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// A webhook that fails three times and then accepts gets the notification once as accepted; every
// attempt is recorded; every POST is signed (HMAC-SHA256 over timestamp and body) and carries the
// notification's id as its idempotency key.
const hub = useTestHub({
  notifications: true,
  env: { WEBHOOK_RETRY_LIMIT: '4', WEBHOOK_RETRY_DELAY_SECONDS: '1', JOBS_MAINTENANCE_SECONDS: '1', OUTBOX_SWEEP_SECONDS: '1' },
});

interface Received {
  key: string;
  attempt: string;
  signatureValid: boolean;
  body: { id: string; kind: string; recipient: string; content: Record<string, unknown> };
}
const received: Received[] = [];
let secret = '';
let failuresLeft = 3;
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
    res.statusCode = failuresLeft-- > 0 ? 500 : 200;
    res.end();
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const waitFor = async <T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('webhook delivery', () => {
  it('retries a failing endpoint with backoff and records each attempt; the receiver accepts it once', async () => {
    const mvr = await hub().as({ role: 'MVR' });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/hub`;
    const registered = await mvr.request('mutation($url: String!) { registerWebhook(url: $url) { secret webhook { url } } }', { url });
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    secret = (registered.data as { registerWebhook: { secret: string } }).registerWebhook.secret;

    const { agreement } = await concludedAgreement(hub(), 'BGS04');
    const accepted = await waitFor('an accepted delivery', () => (received.length >= 4 ? received : undefined));
    expect(accepted.map((r) => r.attempt)).toEqual(['1', '2', '3', '4']);
    expect(new Set(accepted.map((r) => r.key)).size).toBe(1);
    expect(accepted.every((r) => r.signatureValid)).toBe(true);
    const body = accepted[3]!.body;
    expect(body).toMatchObject({ kind: 'AGREEMENT_CONCLUDED', recipient: 'MVR' });
    expect(body.content).toMatchObject({ agreement: { id: agreement.id } });
    // MVR's view: identity, status, term, termination; not the parties' list (AGREEMENT data).
    expect(body.content).not.toHaveProperty('parties');

    const attempts = await waitFor('the recorded attempts', async () => {
      const res = await mvr.request('query($id: ID!) { node(id: $id) { ... on Notification { deliveredVia failedAt attempts { attempt outcome statusCode } } } }', { id: body.id });
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
    expect(received).toHaveLength(4);
  }, 60_000);
});
