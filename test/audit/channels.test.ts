import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { InboxReadDocument, NotificationKind, OffenceKind, ReportOffenceIdDocument, WhoAccessedChannelsDocument } from '../gql/graphql.js';
import { registerBeneficiary } from '../support/builders.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';
import { tokenFor, type PrincipalSpec } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

// Every channel that discloses personal data writes the access log, and whoAccessed shows it with the
// channel (issue 16, point 2): GraphQL over HTTP and over WebSocket with the operation's own type, a
// subscription push, an inbox read of a notification's content, a CSV report. (Webhook deliveries:
// test/notifications/webhook.test.ts.)
const hub = useTestHub({ notifications: true });
const MUNICIPALITY = 'SZR37';
const clients: Client[] = [];
afterAll(async () => {
  for (const c of clients) await c.dispose();
});

async function wsAs(spec: PrincipalSpec): Promise<Client> {
  const token = await tokenFor(hub().config, spec);
  const client = createClient({
    url: `${hub().url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}`, purpose: 'access log channels test' },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** One operation over the socket: its single result. */
function once<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: T; errors?: unknown[] } = {};
    client.subscribe<T>({ query, variables }, { next: (value) => (result = value as typeof result), error: reject, complete: () => resolve(result) });
  });
}

async function whoAccessed(beneficiaryId: string) {
  const sar = await hub().as({ role: 'SAR', purpose: 'the person asked who read their record' });
  const res = await sar.request(WhoAccessedChannelsDocument, { beneficiaryId });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.whoAccessed;
}

describe('the access log records every channel', () => {
  it('a query and a mutation over the WebSocket are logged as query and mutation, not as subscription', async () => {
    const sar = await hub().as({ role: 'SAR' });
    const id = await registerBeneficiary(sar);
    const ws = await wsAs({ role: 'SAR' });

    const read = await once<{ beneficiary: { lnch: string } }>(ws, 'query WsRead($id: ID!) { beneficiary(id: $id) { lnch } }', { id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.beneficiary.lnch).toMatch(/^\d{10}$/);
    const written = await once(
      ws,
      'mutation WsWrite($input: UpdateBeneficiaryProfileInput!) { updateBeneficiaryProfile(input: $input) { id qualifications } }',
      {
        input: { id, qualifications: 'Electrician' },
      },
    );
    expect(written.errors).toBeUndefined();

    const seen = await whoAccessed(id);
    expect(seen.find((a) => a.operationName === 'WsRead')).toMatchObject({ operationType: 'query', institutionCode: 'SAR', outcome: 'SUCCESS' });
    expect(seen.find((a) => a.operationName === 'WsWrite')).toMatchObject({ operationType: 'mutation', institutionCode: 'SAR', outcome: 'SUCCESS' });
  });

  it('a subscription push and an inbox read of a notification name the person it is about', async () => {
    const { family } = await concludedAgreement(hub(), MUNICIPALITY);
    const ws = await wsAs({ role: 'MUNICIPALITY', unit: MUNICIPALITY });
    const pushed: { id: string; content: { beneficiary?: { id: string } } | null }[] = [];
    const events = hub().notifications!.events;
    const listening = events.listenerCount('notification');
    ws.subscribe<{ notificationReceived: (typeof pushed)[number] }>(
      { query: 'subscription Pushed { notificationReceived { id content } }' },
      { next: (v) => v.data && pushed.push(v.data.notificationReceived), error: () => {}, complete: () => {} },
    );
    await waitFor('the subscription to listen', () => events.listenerCount('notification') > listening);

    const mvr = await hub().as({ role: 'MVR', purpose: 'Art. 24(2)' });
    const reported = await mvr.request(ReportOffenceIdDocument, {
      input: { beneficiaryId: family.holderId, kind: OffenceKind.Crime, description: 'Theft', committedOn: '2026-11-01' },
    });
    expect(reported.errors).toBeUndefined();
    const push = await waitFor('the push', () => pushed.find((n) => n.content?.beneficiary?.id === family.holderId));

    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: MUNICIPALITY });
    const inbox = await mayor.request(InboxReadDocument, { filter: { kind: NotificationKind.OffenceReported }, first: 50 });
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.notifications.edges.map((e) => e.node.id)).toContain(push.id);

    const seen = await waitFor('both in whoAccessed', async () => {
      const all = await whoAccessed(family.holderId);
      return all.some((a) => a.operationName === 'Pushed') && all.some((a) => a.operationName === 'InboxRead') && all;
    });
    expect(seen.find((a) => a.operationName === 'Pushed')).toMatchObject({ operationType: 'subscription', institutionCode: `MUNICIPALITY-${MUNICIPALITY}` });
    expect(seen.find((a) => a.operationName === 'InboxRead')).toMatchObject({ operationType: 'query', institutionCode: `MUNICIPALITY-${MUNICIPALITY}` });
  });

  it('a CSV report download is logged as a report, with who took it and why', async () => {
    const token = await tokenFor(hub().config, { role: 'NSORB', purpose: 'monthly register, Art. 13(5)' });
    const res = await fetch(`${hub().url}/reports/monthly-register.csv?month=2026-10`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'csv-channel-test' },
    });
    expect(res.status).toBe(200);
    await res.text();
    const rows = await hub()
      .orm.em.fork()
      .getConnection()
      .execute<{ operation_type: string; operation_name: string; role: string; purpose: string }[]>(
        "select operation_type, operation_name, role, purpose from audit_log where request_id = 'csv-channel-test'",
      );
    expect(rows).toEqual([
      { operation_type: 'report', operation_name: 'GET /reports/monthly-register.csv?month=2026-10', role: 'NSORB', purpose: 'monthly register, Art. 13(5)' },
    ]);
  });
});
