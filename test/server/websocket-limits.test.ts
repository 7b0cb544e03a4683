import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useTestHub } from '../support/hub.js';
import { tokenFor, type PrincipalSpec } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

// What one WebSocket client can make the hub hold is bounded (issue 15): message size, the wait for
// connection_init, subscriptions per connection and per user; and a connection ends with its token.

const hub = useTestHub({
  env: {
    WS_MAX_MESSAGE_BYTES: '8192',
    WS_CONNECTION_INIT_TIMEOUT_SECONDS: '0.5',
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
    WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '5',
    WS_MAX_MESSAGES_PER_SECOND: '30',
  },
  notifications: true,
});

interface Message {
  type: string;
  id?: string;
  payload?: { message: string; extensions?: { code?: string } }[] | unknown;
}

/** A raw graphql-transport-ws connection: what the server sent, and how it closed. */
async function connect() {
  const socket = new WebSocket(`${hub().url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: Message[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as Message));
  socket.on('error', () => {}); // a close by the server can surface as an error first; `closed` tells
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', () => reject(new Error('WebSocket upgrade refused')));
  });
  const send = (message: object) => socket.send(JSON.stringify(message));
  return {
    socket,
    messages,
    closed,
    send,
    /** connection_init with a token for `spec`; resolves on connection_ack. */
    async init(spec: PrincipalSpec) {
      send({ type: 'connection_init', payload: { authorization: `Bearer ${await tokenFor(hub().config, spec)}` } });
      await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
    },
    subscribe: (id: string) => send({ id, type: 'subscribe', payload: { query: 'subscription { notificationReceived { id kind } }' } }),
    errorsOf: (id: string) =>
      messages.filter((m) => m.type === 'error' && m.id === id).flatMap((m) => m.payload as { message: string; extensions?: { code?: string } }[]),
    close: () => socket.close(),
  };
}

const healthy = async () => (await fetch(`${hub().url}/healthz`)).status === 200;

describe('WebSocket limits', () => {
  it('closes a connection whose message exceeds WS_MAX_MESSAGE_BYTES (1009) before reading it whole; the hub keeps serving', async () => {
    const client = await connect();
    client.send({ type: 'connection_init', payload: { padding: 'x'.repeat(64 * 1024) } });
    expect((await client.closed).code).toBe(1009);
    expect(await healthy()).toBe(true);

    // A message under the limit is read.
    const small = await connect();
    await small.init({ role: 'MUNICIPALITY', unit: 'SOF46' });
    small.close();
  });

  it('closes a connection that sends no connection_init in time (4408)', async () => {
    const client = await connect();
    expect(await client.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('refuses a subscription over the per-connection cap with TOO_MANY_SUBSCRIPTIONS, and takes one again once another completes', async () => {
    const client = await connect();
    await client.init({ role: 'MUNICIPALITY', unit: 'BGS01' });
    for (const id of ['1', '2', '3', '4']) client.subscribe(id);
    await waitFor('the fourth to be refused', () => client.errorsOf('4').length > 0);
    expect(client.errorsOf('4')).toEqual([
      expect.objectContaining({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' }, message: expect.stringMatching(/3 subscriptions.*one connection/) }),
    ]);
    expect(['1', '2', '3'].flatMap(client.errorsOf)).toEqual([]);

    // Completing one frees its place: 5 is taken (three again), 6 is refused.
    client.send({ id: '1', type: 'complete' });
    client.subscribe('5');
    client.subscribe('6');
    await waitFor('the sixth to be refused', () => client.errorsOf('6').length > 0);
    expect(client.errorsOf('5')).toEqual([]);
    client.close();
  });

  it("caps one user's subscriptions across connections; another user of the same institution is counted apart", async () => {
    const user: PrincipalSpec = { role: 'MUNICIPALITY', unit: 'VAR06', sub: `officer-${Date.now()}` };
    const a = await connect();
    const b = await connect();
    await a.init(user);
    await b.init(user);
    for (const id of ['1', '2', '3']) a.subscribe(id);
    for (const id of ['1', '2', '3']) b.subscribe(id);
    await waitFor('the sixth of the user to be refused', () => b.errorsOf('3').length > 0);
    expect(b.errorsOf('3')).toEqual([
      expect.objectContaining({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' }, message: expect.stringMatching(/5 subscriptions across your connections/) }),
    ]);
    expect([...['1', '2', '3'].flatMap(a.errorsOf), ...['1', '2'].flatMap(b.errorsOf)]).toEqual([]);

    const colleague = await connect();
    await colleague.init({ role: 'MUNICIPALITY', unit: 'VAR06', sub: `colleague-${Date.now()}` });
    for (const id of ['1', '2', '3', '4']) colleague.subscribe(id);
    await waitFor("the colleague's fourth to be refused", () => colleague.errorsOf('4').length > 0);
    // Refused by the connection's cap, not the first user's.
    expect(colleague.errorsOf('4')[0]!.message).toMatch(/one connection/);
    expect(['1', '2', '3'].flatMap(colleague.errorsOf)).toEqual([]);

    // A closed connection's subscriptions no longer count for the user.
    a.close();
    await a.closed;
    b.subscribe('4');
    b.subscribe('5');
    await waitFor("b's connection cap to refuse 5", () => b.errorsOf('5').length > 0);
    expect(b.errorsOf('5')[0]!.message).toMatch(/one connection/);
    expect(b.errorsOf('4')).toEqual([]);
    for (const c of [b, colleague]) c.close();
  });

  it('closes a connection that floods messages (4429) and stops reading it; the hub keeps serving', async () => {
    const client = await connect();
    await client.init({ role: 'MUNICIPALITY', unit: 'SOF46' });
    for (let i = 0; i < 2000; i++) client.send({ type: 'ping' });
    expect(await client.closed).toEqual({ code: 4429, reason: 'Too many messages' });
    // Far fewer answers than messages: what came after the flood was not worked on.
    expect(client.messages.filter((m) => m.type === 'pong').length).toBeLessThan(1000);
    expect(await healthy()).toBe(true);
  });

  it('closes the connection when its token expires (4401)', async () => {
    const client = await connect();
    await client.init({ role: 'MUNICIPALITY', unit: 'SOF46', expiresIn: '2s' });
    client.subscribe('1');
    expect(await client.closed).toEqual({ code: 4401, reason: 'The token has expired' });
  });

  it('holds documents to the token limit, as HTTP does', async () => {
    const client = await connect();
    await client.init({ role: 'MUNICIPALITY', unit: 'SOF46' });
    const fields = 'a '.repeat(2100); // small in bytes, over 2000 tokens
    client.send({ id: '1', type: 'subscribe', payload: { query: `subscription { ${fields} }` } });
    await waitFor('the subscription to be refused', () => client.errorsOf('1').length > 0);
    expect(client.errorsOf('1')).toEqual([expect.objectContaining({ message: expect.stringMatching(/more that 2000 tokens/) })]);
    client.close();
  });
});
