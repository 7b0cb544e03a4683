import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AgreementsDocument, AuditLogDocument, BeneficiariesDocument, MeasureCountDocument, NotificationCountDocument } from '../gql/graphql.js';
import { GraphQLClient, type GraphQLResponse } from '../support/client.js';
import { useTestHub } from '../support/hub.js';

// Issue 15: a cursor is opaque to clients, and what comes back as `after` goes into SQL as values of
// the sort column and the id: a forged one (an operator object, a string the column cannot hold, a
// number past bigint) was a database error, INTERNAL_SERVER_ERROR.
const hub = useTestHub();

function expectRefused(res: GraphQLResponse<unknown>, path: string) {
  expect(res.status, JSON.stringify(res.errors)).toBeLessThan(500);
  expect(GraphQLClient.codes(res), JSON.stringify(res.errors)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors![0]!.message).toContain(path);
}

/** A cursor as the API encodes one (base64url JSON of [key, id]), with whatever inside. */
const cursor = (key: unknown, id: unknown) => Buffer.from(JSON.stringify([key, id])).toString('base64url');

describe('cursors', () => {
  const id = randomUUID();
  it.each([
    ['a non-UUID id', cursor('2026-01-01', 'not-a-uuid')],
    ['a key that is not a date', cursor('yesterday', id)],
    ['a number for a date', cursor(20260101, id)],
    ['an operator for the key', cursor({ $ne: null }, id)],
    ['an operator for the id', cursor('2026-01-01', { $ne: null })],
    ['three parts', Buffer.from(JSON.stringify(['2026-01-01', id, 1])).toString('base64url')],
  ])('a tampered cursor (%s) is BAD_USER_INPUT, on a date key', async (_what, after) => {
    const sar = await hub().as({ role: 'SAR' });
    expectRefused(await sar.request(AgreementsDocument, { after }), 'after');
  });

  it('a tampered cursor is BAD_USER_INPUT on text, timestamp and id keys too', async () => {
    const sar = await hub().as({ role: 'SAR' });
    expectRefused(await sar.request(BeneficiariesDocument, { after: cursor({ $gt: '' }, id) }), 'after');
    expectRefused(await sar.request(BeneficiariesDocument, { after: cursor(['Smith'], id) }), 'after');
    expectRefused(await sar.request(NotificationCountDocument, { after: cursor('noon', id) }), 'after');
    expectRefused(await sar.request(NotificationCountDocument, { after: cursor('0000-01-01T00:00:00.000Z', id) }), 'after');
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'SML09' });
    expectRefused(await mayor.request(MeasureCountDocument, { after: cursor('not-a-uuid', id) }), 'after');
  });

  it("auditLog's cursor: a number past bigint, or anything the API did not issue, is BAD_USER_INPUT", async () => {
    const admin = await hub().as({ role: 'ADMIN', purpose: null });
    expectRefused(await admin.request(AuditLogDocument, { after: '99999999999999999999999' }), 'after');
    expectRefused(await admin.request(AuditLogDocument, { after: '9223372036854775808' }), 'after');
    // The cursors it issues still page.
    const first = await admin.request(AuditLogDocument, { first: 1 });
    const next = await admin.request(AuditLogDocument, { first: 1, after: first.data!.auditLog.pageInfo.endCursor });
    expect(next.errors, JSON.stringify(next.errors)).toBeUndefined();
    expect(next.data!.auditLog.edges[0]!.node.seq).not.toBe(first.data!.auditLog.edges[0]!.node.seq);
  });
});
