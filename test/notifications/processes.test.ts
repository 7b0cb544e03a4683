import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseOfFile } from '../support/own-database.js';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/config.js';
import { verify } from '../../src/modules/notifications/delivery/signature.js';
import { ConcludeAgreementDocument, NotificationDeliveryAttemptsDocument, RegisterWebhookUrlDocument, RemoveWebhookDocument } from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement, forwardedFamily, registeredMunicipality } from '../support/flows.js';
import type { TestHub } from '../support/hub.js';
import { killHub, spawnHub, type HubProcess } from '../support/hub-process.js';
import { tokenFor, type PrincipalSpec } from '../support/principals.js';
import { jobStates } from '../support/notifications.js';
import { waitFor } from '../support/wait.js';

// Notification delivery across real hub processes (`src/main.ts`, as `npm start` runs it) on the
// file's own database: PostgreSQL NOTIFY fans a commit out to every process's WebSocket subscribers; a
// webhook delivery cut short by a killed process runs again (same idempotency key) in another one;
// two processes hearing the same NOTIFY deliver it once.
//
// The file's tests share its database, and several processes run the notification runtime on it
// (LISTEN, dispatch, pg-boss workers on the same queue). So every assertion is narrowed to the
// notifications of the test's own agreements, in provinces PDV and PAZ, and webhooks are registered
// for institutions of those provinces only (RZOK-PAZ, RZI-PAZ): one institution has one endpoint.

// The file's own database, which its hub processes share; the config signs the tests' tokens.
let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = (await databaseOfFile()).url;
});
const config = loadConfig({ NODE_ENV: 'test' });

// ---------------------------------------------------------------------------------------------------
// Hub processes

/** A hub process of this file's: the shared spawnHub's, with a name and the TestHub shape the flows use (`as(spec)`) over HTTP. */
interface NamedHub extends HubProcess {
  name: string;
  hub: TestHub;
  as(spec: PrincipalSpec): Promise<GraphQLClient>;
}

const processes: NamedHub[] = [];

async function startHub(name: string, env: Record<string, string> = {}): Promise<NamedHub> {
  const p = await spawnHub({
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', OUTBOX_SWEEP_SECONDS: '1', JOBS_MAINTENANCE_SECONDS: '1', ...env },
    readyWithin: 60_000,
  });
  const as = async (spec: PrincipalSpec) => new GraphQLClient(p.graphqlUrl, await tokenFor(config, spec));
  const named: NamedHub = Object.assign(p, { name, as, hub: { as } as unknown as TestHub });
  processes.push(named);
  return named;
}

afterAll(async () => {
  await Promise.all(processes.map(killHub));
});

// ---------------------------------------------------------------------------------------------------
// Helpers

function must<T>(value: T | null | undefined, what: string, errors: unknown): T {
  if (value === null || value === undefined) throw new Error(`${what} failed: ${JSON.stringify(errors)}`);
  return value;
}

interface Pushed {
  at: number;
  id: string;
  kind: string;
  recipient: { code: string };
  content: { agreement?: { id: string } } | null;
}

const SUBSCRIPTION = 'subscription { notificationReceived { id kind recipient { code } content } }';

/** A graphql-ws subscriber to notificationReceived; resolves once the server acknowledged the connection. */
async function subscriber(p: NamedHub, spec: PrincipalSpec) {
  const token = await tokenFor(config, spec);
  const pushed: Pushed[] = [];
  const errors: unknown[] = [];
  let connected!: () => void;
  const ack = new Promise<void>((resolve) => (connected = resolve));
  const client: Client = createClient({
    url: p.graphqlUrl.replace('http:', 'ws:'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}`, purpose: spec.purpose ?? 'integration testing' },
    retryAttempts: 0,
    lazy: false,
    on: { connected: () => connected() },
  });
  await ack;
  const unsubscribe = client.subscribe<{ notificationReceived: Omit<Pushed, 'at'> }>(
    { query: SUBSCRIPTION },
    {
      next: (result) => {
        if (result.errors) errors.push(result.errors);
        if (result.data) pushed.push({ at: Date.now(), ...result.data.notificationReceived });
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return {
    pushed,
    errors,
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

interface Arrival {
  at: number;
  key: string;
  attempt: number;
  signatureValid: boolean;
  body: { id: string; kind: string; recipient: string; subject: { type: string; id: string }; content: { agreement?: { id: string } } };
  /** What the receiver answered; null: held open, never answered. */
  status: number | null;
  /** When the connection of a held request closed (the sender gave up or died). */
  closedAt?: number;
}

/** A webhook endpoint that records every POST; `decide` answers it (a number) or holds it open (null). */
async function webhookReceiver(decide: (arrival: Arrival) => number | null) {
  const arrivals: Arrival[] = [];
  const processed = new Set<string>(); // what a receiver deduplicating by idempotency key takes in
  let secret = '';
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const arrival: Arrival = {
        at: Date.now(),
        key: String(req.headers['idempotency-key']),
        attempt: Number(req.headers['x-hub-delivery-attempt']),
        signatureValid: verify(secret, raw, req.headers['x-hub-signature'] as string),
        body: JSON.parse(raw),
        status: null,
      };
      arrivals.push(arrival);
      arrival.status = decide(arrival);
      if (arrival.status === null) {
        held.push(res);
        res.on('close', () => (arrival.closedAt = Date.now()));
        return;
      }
      if (arrival.status >= 200 && arrival.status < 300) processed.add(arrival.key);
      res.statusCode = arrival.status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/hub`,
    arrivals,
    processed,
    setSecret: (s: string) => (secret = s),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function registerWebhook(client: GraphQLClient, url: string): Promise<string> {
  const res = await client.request(RegisterWebhookUrlDocument, { url });
  return must(res.data?.registerWebhook.secret, 'registerWebhook', res.errors);
}

async function notificationNode(client: GraphQLClient, id: string) {
  const res = await client.request(NotificationDeliveryAttemptsDocument, { id });
  return must(res.data?.node, `node(${id})`, res.errors);
}

// ---------------------------------------------------------------------------------------------------

describe('subscriptions across hub processes', () => {
  let a: NamedHub;
  let b: NamedHub;
  beforeAll(async () => {
    // Started together, as a deployment would: both create/update the job queue at once.
    [a, b] = await Promise.all([startHub('A'), startHub('B')]);
  });
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(killHub));
  });

  it("pushes a commit on process A to the province's RZI subscribed on process B, and nothing addressed elsewhere", async () => {
    const rzi = await subscriber(b, { role: 'RZI', unit: 'PDV', purpose: 'health measures' });
    // The province's RZOK, on A: it hears of the same agreement, and the RZI must not get its notification.
    const rzok = await subscriber(a, { role: 'RZOK', unit: 'PDV', purpose: 'health insurance' });
    try {
      // The steps before concluding notify other institutions (the municipality: APPLICATION_FORWARDED).
      const mayor = await registeredMunicipality(a.hub, 'PDV22');
      const family = await forwardedFamily(a.hub, 'PDV22');
      const concluded = await mayor.request(ConcludeAgreementDocument, { input: { applicationId: family.applicationId, familyMemberIds: [] } });
      const agreement = must(concluded.data?.concludeAgreement, 'concludeAgreement', concluded.errors);

      const mine = await waitFor(
        'the RZI-PDV push on B',
        () => rzi.pushed.find((n) => n.content?.agreement?.id === agreement.id),
        5_000,
        () => `pushed: ${JSON.stringify(rzi.pushed)}, errors: ${JSON.stringify(rzi.errors)}\n${b.output()}`,
      );
      expect(mine).toMatchObject({ kind: 'AGREEMENT_CONCLUDED', recipient: { code: 'RZI-PDV' } });
      // RZI's statutory view: status and term; not the parties.
      expect(mine.content).not.toHaveProperty('parties');

      // The same commit reached the other process's RZOK-PDV subscriber with its own notification.
      const theirs = await waitFor('the RZOK-PDV push on A', () => rzok.pushed.find((n) => n.content?.agreement?.id === agreement.id), 5_000);
      expect(theirs.recipient.code).toBe('RZOK-PDV');
      expect(theirs.id).not.toBe(mine.id);

      // A marker: a second agreement, concluded after. Pushes come in commit order, so once the marker's
      // has arrived anything the first commit could have pushed has arrived too.
      const second = await forwardedFamily(a.hub, 'PDV22');
      const marker = must(
        (await mayor.request(ConcludeAgreementDocument, { input: { applicationId: second.applicationId, familyMemberIds: [] } })).data?.concludeAgreement,
        'concludeAgreement (the marker)',
        undefined,
      );
      await waitFor("the marker's push on B", () => rzi.pushed.some((n) => n.content?.agreement?.id === marker.id), 5_000);
      expect(rzi.errors).toEqual([]);
      expect(rzi.pushed.map((n) => [n.kind, n.recipient.code, n.content?.agreement?.id])).toEqual([
        ['AGREEMENT_CONCLUDED', 'RZI-PDV', agreement.id],
        ['AGREEMENT_CONCLUDED', 'RZI-PDV', marker.id],
      ]);
      expect(rzok.pushed.every((n) => n.recipient.code === 'RZOK-PDV')).toBe(true);
      // A push delivers it (through the hub), recorded once B has written it to the open subscription.
      const rziClient = await b.as({ role: 'RZI', unit: 'PDV' });
      const node = await waitFor('the push to be recorded as the delivery', async () => {
        const n = await notificationNode(rziClient, mine.id);
        return n.deliveredVia ? n : undefined;
      });
      expect(node.deliveredVia).toBe('HUB');
    } finally {
      await rzi.close();
      await rzok.close();
    }
  });

  it('refuses a WebSocket subscriber without a token (4403), and one with a forged token', async () => {
    const attempt = async (connectionParams?: Record<string, unknown>) => {
      let closeCode: number | undefined;
      const client = createClient({
        url: b.graphqlUrl.replace('http:', 'ws:'),
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        on: { closed: (event) => (closeCode = (event as { code?: number }).code) },
      });
      const outcome = await new Promise<{ kind: 'next' | 'error' | 'complete'; value?: unknown }>((resolve) => {
        client.subscribe(
          { query: SUBSCRIPTION },
          {
            next: (value) => resolve({ kind: 'next', value }),
            error: (value) => resolve({ kind: 'error', value }),
            complete: () => resolve({ kind: 'complete' }),
          },
        );
        setTimeout(() => resolve({ kind: 'complete', value: 'timeout' }), 5_000);
      });
      await client.dispose();
      return { outcome, closeCode };
    };

    const anonymous = await attempt();
    expect(anonymous.outcome.kind).toBe('error');
    expect(anonymous.closeCode).toBe(4403);

    const forged = await attempt({ authorization: 'Bearer not-a-token', purpose: 'x' });
    expect(forged.outcome.kind).toBe('error');
    expect(forged.closeCode).toBe(4403);
  });
});

describe('webhook delivery across hub processes', () => {
  // Short timeouts: a delivery not finished in 2 s is abandoned; one whose process died expires after
  // 2*2+5 = 9 s and runs again (pg-boss maintenance every second), after a retry delay of 1-2 s.
  const env = { WEBHOOK_TIMEOUT_SECONDS: '2', WEBHOOK_RETRY_DELAY_SECONDS: '1', JOBS_MAINTENANCE_SECONDS: '1', OUTBOX_SWEEP_SECONDS: '1' };
  // Started in the first test, used by the second beside a new one.
  let survivor: NamedHub | undefined;

  it('re-delivers a webhook POST in flight when its process is SIGKILLed: same idempotency key, accepted once', async () => {
    let holdFirst = true;
    // Only this file's agreements are in PAZ; RZOK-PAZ's endpoint gets nothing else.
    const receiver = await webhookReceiver((arrival) => {
      if (holdFirst && arrival.body.kind === 'AGREEMENT_CONCLUDED') {
        holdFirst = false;
        return null; // never answered
      }
      return 200;
    });
    try {
      const first = await startHub('P1', env);
      const rzok = await first.as({ role: 'RZOK', unit: 'PAZ', purpose: 'health insurance' });
      receiver.setSecret(await registerWebhook(rzok, receiver.url));

      const concluded = Date.now();
      const { agreement } = await concludedAgreement(first.hub, 'PAZ19');
      const held = await waitFor(
        'the first POST',
        () => receiver.arrivals.find((r) => r.body.subject.id === agreement.id),
        10_000,
        () => first.output(),
      );
      expect(held.status).toBeNull();
      expect(held.attempt).toBe(1);
      const notificationId = held.key;

      first.child.kill('SIGKILL');
      await first.exit;
      const killedAt = Date.now();
      console.log(`first POST ${held.at - concluded} ms after the agreement flow began; P1 SIGKILLed`);

      survivor = await startHub('P2', env);
      const ours = () => receiver.arrivals.filter((r) => r.body.subject.id === agreement.id);
      const redelivered = await waitFor(
        'the re-delivery',
        () => ours().find((r) => r !== held && r.status === 200),
        45_000,
        () => `arrivals: ${JSON.stringify(ours().map((r) => ({ key: r.key, attempt: r.attempt, status: r.status })))}\nP2:\n${survivor?.output()}`,
      );
      console.log(
        `held connection closed ${held.closedAt === undefined ? '(not closed)' : `${held.closedAt - killedAt} ms`} after the kill; ` +
          `re-delivered (attempt ${redelivered.attempt}) ${redelivered.at - killedAt} ms after the kill`,
      );

      const arrivals = ours();
      expect(arrivals.length).toBeGreaterThanOrEqual(2);
      expect(new Set(arrivals.map((r) => r.key))).toEqual(new Set([notificationId]));
      expect(redelivered.key).toBe(notificationId);
      expect(redelivered.attempt).toBeGreaterThan(1);
      expect(redelivered.body).toMatchObject({
        id: notificationId,
        kind: 'AGREEMENT_CONCLUDED',
        recipient: 'RZOK-PAZ',
        subject: { type: 'Agreement', id: agreement.id },
      });
      expect(redelivered.body.content.agreement?.id).toBe(agreement.id);
      expect(arrivals.every((r) => r.signatureValid)).toBe(true);
      // The receiver, deduplicating by idempotency key, took in one event.
      expect([...receiver.processed].filter((key) => key === notificationId)).toHaveLength(1);

      const reader = await survivor.as({ role: 'RZOK', unit: 'PAZ' });
      const node = await waitFor(
        'the recorded acceptance',
        async () => {
          const n = await notificationNode(reader, notificationId);
          return n.deliveredVia ? n : undefined;
        },
        10_000,
      );
      expect(node).toMatchObject({ deliveredVia: 'WEBHOOK', failedAt: null, subjectId: agreement.id });
      expect(node.attempts!.filter((x) => x.outcome === 'ACCEPTED')).toHaveLength(1);
      expect(node.attempts!.at(-1)).toMatchObject({ outcome: 'ACCEPTED', statusCode: 200 });

      // Nothing more after the acceptance: its delivery job (whose id is the notification's) is completed,
      // so it cannot run again, and no other job delivers the notification.
      const count = ours().length;
      await waitFor('the delivery job to be completed', async () => (await jobStates(databaseUrl, [notificationId]))[0] === 'completed');
      expect(ours()).toHaveLength(count);

      const removed = await (await survivor.as({ role: 'RZOK', unit: 'PAZ' })).request(RemoveWebhookDocument);
      expect(removed.errors).toBeUndefined();
    } finally {
      await receiver.close();
    }
  }, 80_000);

  it('delivers once though two processes hear the NOTIFY (the dispatch claim is exclusive)', async () => {
    const receiver = await webhookReceiver(() => 200);
    const [one, two] = await Promise.all([survivor ?? startHub('P2', env), startHub('P3', env)]);
    // RZOK-PAZ subscribed on both processes: proof that each of them hears every commit.
    const watchers = await Promise.all([one, two].map((p) => subscriber(p, { role: 'RZOK', unit: 'PAZ', purpose: 'health insurance' })));
    try {
      const rzi = await one.as({ role: 'RZI', unit: 'PAZ', purpose: 'health measures' });
      receiver.setSecret(await registerWebhook(rzi, receiver.url));

      // Several agreements at once, concluded through both processes, for the dispatchers to race on.
      const mayor = await registeredMunicipality(one.hub, 'PAZ20');
      const families = await Promise.all([one, two, one].map((p) => forwardedFamily(p.hub, 'PAZ20')));
      const mayorOnTwo = new GraphQLClient(two.graphqlUrl, mayor.token);
      const agreements = await Promise.all(
        families.map(async (family, i) => {
          const res = await (i % 2 ? mayorOnTwo : mayor).request(ConcludeAgreementDocument, {
            input: { applicationId: family.applicationId, familyMemberIds: [] },
          });
          return must(res.data?.concludeAgreement, 'concludeAgreement', res.errors).id;
        }),
      );

      const ours = () => receiver.arrivals.filter((r) => agreements.includes(r.body.subject.id));
      await waitFor('a delivery per agreement', () => new Set(ours().map((r) => r.body.subject.id)).size === agreements.length || undefined, 15_000);
      // Both processes heard every commit.
      for (const w of watchers) {
        await waitFor(
          'the pushes on both processes',
          () => agreements.every((id) => w.pushed.some((n) => n.content?.agreement?.id === id)) || undefined,
          5_000,
        );
      }
      // Every delivery job (one per notification: its id is the notification's) is completed: none can
      // run again, so no second delivery can come.
      const keys = [...new Set(ours().map((r) => r.key))];
      await waitFor('every delivery job to be completed', async () => (await jobStates(databaseUrl, keys)).every((state) => state === 'completed'));

      const arrivals = ours();
      expect(arrivals.map((r) => r.body.recipient)).toEqual(agreements.map(() => 'RZI-PAZ'));
      expect(arrivals.every((r) => r.attempt === 1 && r.signatureValid)).toBe(true);
      expect(new Set(arrivals.map((r) => r.key)).size).toBe(agreements.length);
      const reader = await two.as({ role: 'RZI', unit: 'PAZ' });
      for (const r of arrivals) {
        const node = await notificationNode(reader, r.key);
        expect(node).toMatchObject({ deliveredVia: 'WEBHOOK', failedAt: null });
        expect(node.attempts!.map((x) => [x.attempt, x.outcome])).toEqual([[1, 'ACCEPTED']]);
      }
      const removed = await rzi.request(RemoveWebhookDocument);
      expect(removed.errors).toBeUndefined();
    } finally {
      await Promise.all(watchers.map((w) => w.close()));
      await receiver.close();
    }
  }, 60_000);
});
