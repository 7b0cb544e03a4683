import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditService, idsByClass, type PositionRun } from '../../src/audit/audit.service.js';
import { connectOrm } from '../../src/db/orm.js';
import { createLogger } from '../../src/server/logger.js';
import {
  AgreementHolderAndPlansDocument,
  AuditLogDocument,
  BeneficiaryDocument,
  ProvincesDocument,
  VerifyAuditChainDocument,
  WhoAccessedDocument,
} from '../gql/graphql.js';
import { GraphQLClient } from '../support/client.js';
import { concludedAgreement, registeredMunicipality } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();
const admin = () => hub().as({ role: 'ADMIN', purpose: null });
const entriesOf = async (subject: string) =>
  (await (await admin()).request(AuditLogDocument, { filter: { subject }, first: 100 })).data!.auditLog.edges.map((e) => e.node);

describe('the access log', () => {
  it('stores its record ids out of line and uncompressed (pglz only tried and gave up on UUIDs: docs/read-paths.md)', async () => {
    const rows = await hub()
      .orm.em.getConnection()
      .execute<{ attname: string; attstorage: string }[]>(
        `select attname, attstorage from pg_attribute where attrelid = 'audit_log'::regclass and attname in ('records', 'record_ids') order by attname`,
      );
    expect(rows).toEqual([
      { attname: 'record_ids', attstorage: 'e' },
      { attname: 'records', attstorage: 'e' },
    ]);
  });

  it('records a personal-data read: who, institution, unit, purpose, operation, the records per class, outcome', async () => {
    const { family } = await concludedAgreement(hub(), 'MON29');
    const sub = `clerk-${randomUUID()}`;
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'MON29', sub, purpose: 'token purpose' });
    const read = await mayor.request(BeneficiaryDocument, { id: family.holderId }, { 'x-purpose': 'Art. 14 p.4 labour office referral' });
    expect(read.errors).toBeUndefined();
    const [entry] = await entriesOf(sub);
    expect(entry).toMatchObject({
      role: 'MUNICIPALITY',
      institutionCode: 'MUNICIPALITY-MON29',
      unit: 'MON29',
      subject: sub,
      purpose: 'Art. 14 p.4 labour office referral',
      operationName: 'Beneficiary',
      operationType: 'query',
      outcome: 'SUCCESS',
    });
    expect(entry!.records.find((r) => r.dataClass === 'IDENTITY')?.ids).toContain(family.holderId);
    expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records nothing for public reference data', async () => {
    const sub = `reader-${randomUUID()}`;
    const client = await hub().as({ role: 'RZI', unit: 'BLG', sub });
    expect((await client.request(ProvincesDocument)).errors).toBeUndefined();
    expect(await entriesOf(sub)).toEqual([]);
  });

  it('refuses personal data without a stated purpose (PURPOSE_REQUIRED), and records the refusal', async () => {
    const { family } = await concludedAgreement(hub(), 'MON36');
    const sub = `no-purpose-${randomUUID()}`;
    const mayor = await hub().as({ role: 'MUNICIPALITY', unit: 'MON36', sub, purpose: null });
    const res = await mayor.request(BeneficiaryDocument, { id: family.holderId });
    expect(GraphQLClient.codes(res)).toContain('PURPOSE_REQUIRED');
    expect(res.errors?.[0]?.message).toMatch(/X-Purpose/);
    expect(res.data).toBeNull();
    expect((await entriesOf(sub)).map((e) => e.outcome)).toEqual(['DENIED']);
  });

  it('records a partly refused read as PARTIAL', async () => {
    const { agreement } = await concludedAgreement(hub(), 'MON38');
    const sub = `sar-${randomUUID()}`;
    const sar = await hub().as({ role: 'SAR', sub });
    const res = await sar.request(AgreementHolderAndPlansDocument, { id: agreement.id });
    expect(GraphQLClient.codes(res)).toEqual(['FORBIDDEN']);
    expect((await entriesOf(sub)).map((e) => e.outcome)).toEqual(['PARTIAL']);
  });

  it('is searchable and verifiable by ADMIN only', async () => {
    const sar = await hub().as({ role: 'SAR' });
    expect(GraphQLClient.codes(await sar.request(AuditLogDocument, {}))).toEqual(['FORBIDDEN']);
    expect(GraphQLClient.codes(await sar.request(VerifyAuditChainDocument))).toEqual(['FORBIDDEN']);
    const report = await (await admin()).request(VerifyAuditChainDocument);
    expect(report.data?.verifyAuditChain).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(report.data!.verifyAuditChain.checked).toBeGreaterThan(0);
  });

  it('verifies the chain part by part (at most 50,000 entries a request), once per request', async () => {
    // Entries of its own, so that the log holds at least the twelve the parts below walk.
    await Promise.all(Array.from({ length: 12 }, (_, i) => auditService.append(hub().orm.em.fork(), entry(i))));
    const admin1 = await admin();
    const first = await admin1.request(VerifyAuditChainDocument, { from: '1', limit: 5 });
    expect(first.data?.verifyAuditChain).toEqual({ ok: true, checked: 5, firstBrokenSeq: null, reason: null, nextSeq: '6' });
    const second = await admin1.request(VerifyAuditChainDocument, { from: '6', limit: 5 });
    expect(second.data?.verifyAuditChain).toMatchObject({ ok: true, checked: 5, nextSeq: '11' });
    // The last part reaches the head: no next part.
    const [{ head }] = await hub().orm.em.getConnection().execute<{ head: string }[]>('select max(seq)::text as head from audit_log');
    const last = await admin1.request(VerifyAuditChainDocument, { from: head, limit: 50_000 });
    expect(last.data?.verifyAuditChain).toMatchObject({ ok: true, nextSeq: null });
    expect(last.data!.verifyAuditChain.checked).toBeGreaterThanOrEqual(1);

    // The root field twice under aliases, against the once-per-request limit: inline, as the aliases are the point.
    const twice = await admin1.request('{ a: verifyAuditChain(limit: 1) { ok } b: verifyAuditChain(limit: 1) { ok } }');
    expect(GraphQLClient.codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors?.[0]?.message).toMatch(/once per request/);
    for (const variables of [{ from: 'x1' }, { from: '0' }, { limit: 50_001 }, { limit: 0 }]) {
      expect(GraphQLClient.codes(await admin1.request(VerifyAuditChainDocument, variables))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('whoAccessed: the caseworker sees who looked and why; DANS only as a count; other municipalities get NOT_FOUND', async () => {
    const { mayor, family } = await concludedAgreement(hub(), 'LOV18');
    const sar = await hub().as({ role: 'SAR', purpose: 'register check' });
    await sar.request(BeneficiaryDocument, { id: family.holderId });
    const dans = { role: 'DANS', institutionCode: 'DANS', unit: null, subject: 'analyst-7', operationType: 'query', outcome: 'SUCCESS' };
    for (const purpose of ['risk analysis (Art. 26)', 'risk analysis (Art. 26)']) {
      await auditService.append(hub().orm.em.fork(), {
        ...dans,
        at: new Date(),
        requestId: randomUUID(),
        purpose,
        operationName: 'Secret',
        records: { IDENTITY: [family.holderId] },
      });
    }
    const res = await mayor.request(WhoAccessedDocument, { beneficiaryId: family.holderId });
    expect(res.errors).toBeUndefined();
    const lines = res.data!.whoAccessed;
    expect(lines.filter((l) => l.role === 'DANS')).toEqual([
      expect.objectContaining({ institutionCode: 'DANS', count: 2, purpose: null, operationName: null }),
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ role: 'SAR', purpose: 'register check', count: 1 }));
    const other = await registeredMunicipality(hub(), 'LOV19');
    expect(GraphQLClient.codes(await other.request(WhoAccessedDocument, { beneficiaryId: family.holderId }))).toEqual(['NOT_FOUND']);
  });
});

/** An entry of a read by SAR, as the n-th of a burst. */
const entry = (i: number) => ({
  at: new Date(),
  requestId: `concurrent-${i}`,
  role: 'SAR',
  institutionCode: 'SAR',
  unit: null,
  subject: `concurrency-${randomUUID()}`,
  purpose: 'test',
  operationName: null,
  operationType: 'query',
  records: { IDENTITY: [randomUUID()] },
  outcome: 'SUCCESS',
});

/** Each link an append gave is an entry of the log, with that hash: none was reported written and not written. */
const expectWritten = async (links: { seq: string; hash: string }[]) => {
  const rows = await hub()
    .orm.em.getConnection()
    .execute<{ seq: string; hash: string }[]>(`select seq::text as seq, hash from audit_log where seq in (${links.map((l) => l.seq).join(',')})`);
  expect(rows.map((r) => `${r.seq}:${r.hash}`).sort()).toEqual(links.map((l) => `${l.seq}:${l.hash}`).sort());
};

describe('the hash chain', () => {
  it('links concurrent appends one after another (written together, one commit per batch)', async () => {
    const links = await Promise.all(Array.from({ length: 60 }, (_, i) => auditService.append(hub().orm.em.fork(), entry(i))));
    // Every append got its own place in the chain, and the chain holds.
    expect(new Set(links.map((l) => l.seq)).size).toBe(60);
    await expectWritten(links);
    const report = await (await admin()).request(VerifyAuditChainDocument);
    expect(report.data?.verifyAuditChain).toMatchObject({ ok: true });
  });

  it("keeps each entry's own record ids when a batch sends them together (one uuid[] and each entry's end in it)", async () => {
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
    const sizes = [0, 1, 1500, 2, 0, 37];
    const records = sizes.map(
      (n, i): Record<string, string[]> => (i === 5 ? { IDENTITY: ids(n).map((id) => id.toUpperCase()), PROFILE: [] } : { IDENTITY: ids(n), PLAN: ids(1) }),
    );
    const links = await Promise.all(records.map((r, i) => auditService.append(hub().orm.em.fork(), { ...entry(i), records: r })));
    // An id that is not a UUID is refused, as the column would refuse it: nothing is written.
    await expect(auditService.append(hub().orm.em.fork(), { ...entry(9), records: { IDENTITY: [randomUUID(), 'not-a-uuid'] } })).rejects.toThrow(
      'a record id is not a UUID: "not-a-uuid"',
    );
    const rows = await hub()
      .orm.em.getConnection()
      .execute<{ seq: string; records: Record<string, PositionRun[]>; record_ids: string[]; hash_version: number }[]>(
        `select seq::text as seq, records, record_ids::text[] as record_ids, hash_version from audit_log where seq in (${links.map((l) => l.seq).join(',')})`,
      );
    for (const [i, link] of links.entries()) {
      const row = rows.find((r) => r.seq === link.seq)!;
      const expected = Object.fromEntries(Object.entries(records[i]!).map(([c, list]) => [c, list.map((id) => id.toLowerCase())]));
      expect(idsByClass({ records: row.records, recordIds: row.record_ids, hashVersion: row.hash_version })).toEqual(expected);
    }
    const report = await (await admin()).request(VerifyAuditChainDocument);
    expect(report.data?.verifyAuditChain).toMatchObject({ ok: true });
  });

  it('a batch that fails (a column refused): the entries after it are appended after the true head, and the chain holds', async () => {
    const append = (fields: ReturnType<typeof entry>) => auditService.append(hub().orm.em.fork(), fields);
    await append(entry(0)); // the queue knows the head: the next batch is sent in one statement
    // In one tick: the failing entry is sent alone, the rest wait for the next batch.
    const bad = append({ ...entry(1), role: null as unknown as string });
    const good = Array.from({ length: 6 }, (_, i) => append(entry(2 + i)));
    await expect(bad).rejects.toThrow(/null value in column "role"/);
    await expectWritten(await Promise.all(good));
    const report = await (await admin()).request(VerifyAuditChainDocument);
    expect(report.data?.verifyAuditChain).toMatchObject({ ok: true });
  });

  it('holds when two processes append at once: the lock and the head come in one statement, the head read after the lock', async () => {
    // A second pool stands for a second hub process: its own queue, its own batches, the same chain.
    const other = await connectOrm(hub().config.database.appUrl!, createLogger({ logLevel: 'silent' }), { poolMax: 5, strict: true });
    try {
      const links = await Promise.all(Array.from({ length: 80 }, (_, i) => auditService.append((i % 2 ? other : hub().orm).em.fork(), entry(i))));
      expect(new Set(links.map((l) => l.seq)).size).toBe(80);
      await expectWritten(links);
      const report = await (await admin()).request(VerifyAuditChainDocument);
      expect(report.data?.verifyAuditChain).toMatchObject({ ok: true });
    } finally {
      await other.close();
    }
  });

  it('appends in one statement after the head it last wrote, and after the true head when another process wrote since', async () => {
    const other = await connectOrm(hub().config.database.appUrl!, createLogger({ logLevel: 'silent' }), { poolMax: 5, strict: true });
    try {
      const links: { seq: string; hash: string }[] = [];
      // Each pool knows the head it wrote; every round the other pool has moved the chain on since.
      for (let round = 0; round < 4; round++) {
        for (const orm of [hub().orm, other]) links.push(await auditService.append(orm.em.fork(), entry(round)));
        links.push(...(await Promise.all([hub().orm, other].map((orm) => auditService.append(orm.em.fork(), entry(round))))));
      }
      expect(new Set(links.map((l) => l.seq)).size).toBe(16);
      await expectWritten(links);
      const report = await (await admin()).request(VerifyAuditChainDocument);
      expect(report.data?.verifyAuditChain).toMatchObject({ ok: true });
    } finally {
      await other.close();
    }
  });

  it('the hub cannot change an entry: its database role may only append (the tampering itself: tampering.test.ts)', async () => {
    const connection = hub().orm.em.fork().getConnection();
    const [row] = await connection.execute<{ seq: string }[]>('select seq::text as seq from audit_log order by audit_log.seq asc limit 1');
    await expect(connection.execute(`update audit_log set purpose = 'forged' where seq = ${row!.seq}`)).rejects.toThrow(
      /permission denied for table audit_log/,
    );
    await expect(connection.execute(`delete from audit_log where seq = ${row!.seq}`)).rejects.toThrow(/permission denied for table audit_log/);
  });
});
