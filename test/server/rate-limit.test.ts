import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MeDocument } from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { waitFor } from '../support/wait.js';

// Fair use (issue 15): each user (institution and subject; an anonymous caller, or one whose token is
// refused, by address) has a rate and a burst; past them, 429 with Retry-After and RATE_LIMITED, before
// any work is done.

const hub = useTestHub({ env: { RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '2' } });

const burst = (client: GraphQLClient, n: number) => Promise.all(Array.from({ length: n }, () => client.request(MeDocument)));
const ok = (responses: GraphQLResponse<unknown>[]) => responses.filter((r) => r.status === 200 && !r.errors);
const limited = (responses: GraphQLResponse<unknown>[]) => responses.filter((r) => r.status === 429);

describe('rate limit', () => {
  it('answers a user past the rate and the burst with 429, RATE_LIMITED and Retry-After; other users are not held back', async () => {
    const officer = await hub().as({ role: 'MUNICIPALITY', unit: 'SOF46' });
    const responses = await burst(officer, 8);
    // 1 a second and 2 of burst: 3 pass, or 4 if the second turns during the burst.
    expect(ok(responses).length).toBeGreaterThanOrEqual(3);
    expect(ok(responses).length).toBeLessThanOrEqual(4);
    expect(ok(responses).length + limited(responses).length).toBe(8);
    const refused = limited(responses)[0]!;
    expect(GraphQLClient.codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0]!.message).toMatch(/Too many requests.*Try again in \d+ s/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // A colleague of the same institution has a bucket of their own.
    const colleague = await hub().as({ role: 'MUNICIPALITY', unit: 'SOF46' });
    expect(ok([await colleague.request(MeDocument)])).toHaveLength(1);

    // The rate comes back by itself.
    await waitFor('the officer to be served again', async () => (await officer.request(MeDocument)).status === 200, 10_000);
  });

  it('counts a caller whose token is refused by its address before answering 401: forged tokens cannot be sprayed without limit', async () => {
    // Each request a different forged token, as a sprayer would send them (issue 16).
    const forged = Array.from({ length: 8 }, (_, i) => new GraphQLClient(`${hub().url}/graphql`, `forged.${i}.token`));
    const responses = await Promise.all(forged.map((client) => client.request(MeDocument)));
    expect(responses.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    // The address has a rate of 1 and a burst of 2 (less if the test before spent them).
    expect(limited(responses).length).toBeGreaterThanOrEqual(4);
    expect(GraphQLClient.codes(limited(responses)[0]!)).toEqual(['RATE_LIMITED']);
    // What passed the limit is still refused for its token.
    for (const refused of responses.filter((r) => r.status === 401)) expect(GraphQLClient.codes(refused)).toEqual(['UNAUTHENTICATED']);

    // A valid token has a bucket of its own, whatever its address spent on forged ones.
    const officer = await hub().as({ role: 'MUNICIPALITY', unit: 'SOF46' });
    expect(ok([await officer.request(MeDocument)])).toHaveLength(1);
  });

  it('counts WebSocket handshakes by address too: a sprayer cannot try token after token over sockets', async () => {
    // A token comes only in connection_init, and a refused one closes the socket (4403): each try is a handshake.
    const statuses = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<number>((resolve) => {
            const socket = new WebSocket(`${hub().url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
            socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
            socket.on('open', () => {
              resolve(101);
              socket.close();
            });
            socket.on('error', () => {});
          }),
      ),
    );
    expect(statuses.every((s) => s === 101 || s === 429)).toBe(true);
    // The address has a rate of 1 and a burst of 2 (less if the tests before spent them).
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
  });

  it('holds anonymous callers to the same limit, by address', async () => {
    const responses = await burst(hub().anonymous, 8);
    expect(limited(responses).length).toBeGreaterThanOrEqual(4);
    expect(GraphQLClient.codes(limited(responses)[0]!)).toEqual(['RATE_LIMITED']);
  });
});
