import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useTestHub } from '../support/hub.js';
import { tokenFor } from '../support/principals.js';
import { waitFor } from '../support/wait.js';

// The WebSocket on /graphql speaks graphql-transport-ws only (src/server/subscriptions.ts, docs/notifications.md,
// "Real time"). A client offering only the legacy `graphql-ws` subprotocol (subscriptions-transport-ws) was
// upgraded naming no subprotocol: neither served nor told why (its own side failed the handshake). It is
// now refused in the handshake; a client offering none is upgraded and closed with graphql-ws's 4406.

const hub = useTestHub();
const url = () => `${hub().url.replace(/^http/, 'ws')}/graphql`;

type Outcome =
  | { refused: { status: number; body: string } }
  | { opened: { protocol: string; socket: WebSocket; closed: Promise<{ code: number; reason: string }>; messages: { type: string }[] } };

/** Offers `protocols` and reports whether the upgrade was refused (status, body) or made (the subprotocol chosen). */
function offer(protocols: string[]): Promise<Outcome> {
  const socket = new WebSocket(url(), protocols);
  const messages: { type: string }[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as { type: string }));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ opened: { protocol: socket.protocol, socket, closed, messages } }));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res: IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        // The listener takes over the request from ws: end it, so nothing of this test outlives it.
        _req.destroy();
        resolve({ refused: { status: res.statusCode!, body } });
      });
    });
  });
}

describe('WebSocket subprotocol', () => {
  it("refuses in the handshake a client offering only the legacy 'graphql-ws' (subscriptions-transport-ws): 400, nothing upgraded", async () => {
    const outcome = await offer(['graphql-ws']);
    expect(outcome).toEqual({ refused: { status: 400, body: 'Subprotocol not acceptable: this endpoint speaks graphql-transport-ws only' } });
    // Any other subprotocol the hub does not speak alike.
    expect(await offer(['mqtt', 'chat'])).toMatchObject({ refused: { status: 400 } });
  });

  it("serves 'graphql-transport-ws', also when offered beside the legacy one, and names it in the handshake", async () => {
    for (const protocols of [['graphql-transport-ws'], ['graphql-ws', 'graphql-transport-ws']]) {
      const outcome = await offer(protocols);
      if (!('opened' in outcome)) throw new Error(`refused: ${JSON.stringify(outcome)}`);
      const { socket, messages, closed } = outcome.opened;
      expect(outcome.opened.protocol).toBe('graphql-transport-ws');
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${await tokenFor(hub().config, { role: 'MUNICIPALITY', unit: 'SOF46' })}` },
        }),
      );
      await waitFor('connection_ack', () => messages.some((m) => m.type === 'connection_ack'));
      socket.close();
      expect((await closed).code).toBe(1005);
    }
  });

  it('upgrades a client offering no subprotocol, and closes it with 4406 "Subprotocol not acceptable" (graphql-ws), which it can read', async () => {
    const outcome = await offer([]);
    if (!('opened' in outcome)) throw new Error(`refused: ${JSON.stringify(outcome)}`);
    expect(outcome.opened.protocol).toBe('');
    expect(await outcome.opened.closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable' });
  });
});
