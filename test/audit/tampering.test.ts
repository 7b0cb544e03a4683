import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { auditService, entryHash, entryRow, GENESIS_HASH, recordIdsOf, type AuditFields } from '../../src/audit/audit.service.js';
import { anchorsFor, devKeyFile, loadCheckpointKey } from '../../src/audit/checkpoints.js';
import { projectRoot } from '../../src/shared/project-root.js';
import { AuditLogRecordsDocument, VerifyAuditChainDocument } from '../gql/graphql.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { createOwnDatabase } from '../support/own-database.js';

// Issue 16, point 3 (docs/audit-log.md): each way of changing the access log silently, done as the
// database's owner on a database of the test's own, is found by the chain's check against the signed
// checkpoints, by the ADMIN query and by npm run audit:verify; and the hub's own role can do none of it.

const COLUMNS =
  'seq, at, request_id, role, institution_code, unit, subject, purpose, operation_name, operation_type, records, record_ids, outcome, prev_hash, hash, hash_version';

const entry = (i: number, ids = [randomUUID(), randomUUID()]): AuditFields => ({
  at: new Date(),
  requestId: `tamper-${i}`,
  role: 'SAR',
  institutionCode: 'SAR',
  unit: null,
  subject: `tamper-${randomUUID()}`,
  purpose: 'test',
  operationName: 'Tamper',
  operationType: 'query',
  records: { IDENTITY: ids },
  outcome: 'SUCCESS',
});

interface Setup {
  hub: TestHub;
  /** The owner's connection to the test's database, the trigger switched off on it (superuser only). */
  owner: pg.Client;
  ownerUrl: string;
  appUrl: string;
  /** The hub's checks: the chain alone, and held to the checkpoints. */
  chain(): ReturnType<typeof auditService.verify>;
  checked(): ReturnType<typeof auditService.verify>;
  /** verifyAuditChain, as ADMIN. */
  query(): Promise<{ ok: boolean; firstBrokenSeq?: string | null; reason?: string | null } | undefined>;
}
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A hub on a database of the test's own, and the owner's connection to it. */
async function ownHub(name: string) {
  const own = await createOwnDatabase(name);
  cleanups.push(() => own.drop());
  const hub = await startTestHub({ env: { DATABASE_URL: own.url } });
  cleanups.push(() => hub.stop());
  const owner = new pg.Client({ connectionString: own.url });
  await owner.connect();
  cleanups.push(() => owner.end());
  return { own, hub, owner };
}

/** A hub on a database of its own, with `count` entries appended by the hub (as its runtime role) and checkpointed at `checkpointAt`. */
async function logWith(count: number, checkpointAt: number): Promise<Setup> {
  const { own, hub, owner } = await ownHub('tamper');
  for (let i = 1; i <= count; i++) {
    await auditService.append(hub.orm.em.fork(), entry(i));
    if (i === checkpointAt) expect(await hub.checkpoints.checkpoint()).toMatchObject({ seq: String(i) });
  }
  // What the superuser the hub used to run as could do: switch the append-only trigger off.
  await owner.query('set session_replication_role = replica');
  const admin = await hub.as({ role: 'ADMIN', purpose: null });
  return {
    hub,
    owner,
    ownerUrl: own.url,
    appUrl: own.appUrl,
    chain: () => auditService.verify(hub.orm.em.fork()),
    checked: async () => {
      const em = hub.orm.em.fork();
      return auditService.verify(em, { anchors: await anchorsFor(em, hub.checkpoints.settings, hub.checkpoints.key) });
    },
    query: async () => (await admin.request(VerifyAuditChainDocument)).data?.verifyAuditChain,
  };
}

const auditVerify = (s: Setup) =>
  promisify(execFile)('npx', ['tsx', 'src/cli/audit-verify.ts'], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: s.ownerUrl, DATABASE_APP_URL: s.appUrl, AUDIT_CHECKPOINT_FILE: s.hub.config.audit.checkpoint.file },
  }).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('tampering with the access log', () => {
  it('removing a record id from an entry (which hid the read from whoAccessed) breaks its hash', async () => {
    const s = await logWith(4, 4);
    expect(await s.checked()).toMatchObject({ ok: true, checked: 4 });
    const { rows } = await s.owner.query<{ id: string }>('select record_ids[1]::text as id from audit_log where seq = 2');
    await s.owner.query('update audit_log set record_ids = array_remove(record_ids, $1::uuid) where seq = 2', [rows[0]!.id]);
    expect(await s.chain()).toMatchObject({ ok: false, firstBrokenSeq: '2', reason: 'the entry was changed after it was written' });
    expect(await s.query()).toMatchObject({ ok: false, firstBrokenSeq: '2' });
  });

  it('moving a record out of a class (version 3 keeps runs of positions in record_ids) breaks the hash', async () => {
    const s = await logWith(3, 3);
    const { rows } = await s.owner.query<{ records: Record<string, number[][]>; hash_version: number }>(
      'select records, hash_version from audit_log where seq = 2',
    );
    expect(rows[0]).toEqual({ records: { IDENTITY: [[0, 2]] }, hash_version: 3 });
    await s.owner.query(`update audit_log set records = '{"IDENTITY": [[0, 1]], "PROFILE": [[1, 1]]}' where seq = 2`);
    expect(await s.chain()).toMatchObject({ ok: false, firstBrokenSeq: '2', reason: 'the entry was changed after it was written' });
  });

  it('entries of hash version 2 still verify, the hub goes on with version 3, and the version never goes down', async () => {
    const { hub, owner } = await ownHub('v2');
    // As the hub wrote version 2: record ids in `records` per class and again, sorted, in record_ids.
    const insertV2 = async (seq: number, prev: string) => {
      const e = entry(seq);
      const hash = entryHash(String(seq), { ...e, recordIds: recordIdsOf(e.records) }, prev, 2);
      await owner.query(`insert into audit_log (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 2)`, [
        seq,
        e.at,
        e.requestId,
        e.role,
        e.institutionCode,
        e.unit,
        e.subject,
        e.purpose,
        e.operationName,
        e.operationType,
        JSON.stringify(e.records),
        recordIdsOf(e.records),
        e.outcome,
        prev,
        hash,
      ]);
      return hash;
    };
    await insertV2(2, await insertV2(1, GENESIS_HASH));
    const third = await auditService.append(hub.orm.em.fork(), entry(3));
    expect(await auditService.verify(hub.orm.em.fork())).toMatchObject({ ok: true, checked: 3 });
    const admin = await hub.as({ role: 'ADMIN', purpose: null });
    const listed = await admin.request(AuditLogRecordsDocument, { first: 3 });
    // ADMIN reads both versions as ids per class.
    for (const { node } of listed.data!.auditLog.edges) {
      expect(node.records).toEqual([{ dataClass: 'IDENTITY', ids: expect.arrayContaining([expect.stringMatching(/^[0-9a-f-]{36}$/)]) }]);
      expect(node.records[0]!.ids).toHaveLength(2);
    }
    await insertV2(4, third.hash);
    expect(await auditService.verify(hub.orm.em.fork())).toMatchObject({
      ok: false,
      firstBrokenSeq: '4',
      reason: 'hash version 2 after an entry of version 3',
    });
  });

  it('a version 3 entry whose records point at no id is reported, though its hash holds', async () => {
    const { hub, owner } = await ownHub('v3form');
    // A writer's fault, not a forger's: the hash was computed over the faulty form.
    const linked = entryRow(1n, entry(1), GENESIS_HASH);
    // biome-ignore lint/suspicious/noExplicitAny: a stored row's columns, of several types, written back as they are.
    const row = { ...(JSON.parse(linked.json) as Record<string, string>), record_ids: linked.recordIds } as Record<string, any>;
    const records = { IDENTITY: [[0, 3]] };
    const hash = entryHash(
      '1',
      { ...entry(1), at: new Date(row.at!), requestId: row.request_id!, subject: row.subject!, records, recordIds: row.record_ids },
      GENESIS_HASH,
      3,
    );
    await owner.query(`insert into audit_log (${COLUMNS}) select ${COLUMNS} from jsonb_populate_recordset(null::audit_log, $1::jsonb)`, [
      JSON.stringify([{ ...row, records, hash }]),
    ]);
    expect(await auditService.verify(hub.orm.em.fork())).toMatchObject({ ok: false, firstBrokenSeq: '1', reason: 'records point at no id of record_ids' });
  });

  it('entries written before hash version 2 (record_ids outside their hash) still verify, and lose no record id unseen', async () => {
    const { hub, owner } = await ownHub('legacy');
    // Two entries as the hub wrote them before the migration: version 1 (the column's default), no record_ids in the hash.
    let prev = '0'.repeat(64);
    for (const seq of [1, 2]) {
      const e = entry(seq);
      const hash = entryHash(String(seq), e, prev, 1);
      await owner.query(
        `insert into audit_log (seq, at, request_id, role, institution_code, unit, subject, purpose, operation_name, operation_type, records, record_ids, outcome, prev_hash, hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          seq,
          e.at,
          e.requestId,
          e.role,
          e.institutionCode,
          e.unit,
          e.subject,
          e.purpose,
          e.operationName,
          e.operationType,
          JSON.stringify(e.records),
          recordIdsOf(e.records).reverse(),
          e.outcome,
          prev,
          hash,
        ],
      );
      prev = hash;
    }
    // The hub goes on after them with version 2.
    await auditService.append(hub.orm.em.fork(), entry(3));
    expect(await auditService.verify(hub.orm.em.fork())).toMatchObject({ ok: true, checked: 3 });

    await owner.query('set session_replication_role = replica');
    await owner.query('update audit_log set record_ids = record_ids[1:1] where seq = 1');
    expect(await auditService.verify(hub.orm.em.fork())).toMatchObject({
      ok: false,
      firstBrokenSeq: '1',
      reason: 'record_ids do not match the records of the entry',
    });
  });

  it('deleting the last entries: the log no longer reaches the last checkpoint (ADMIN query and npm run audit:verify)', async () => {
    const s = await logWith(6, 6);
    const intact = await auditVerify(s);
    expect(intact.stdout).toContain('access log intact: 6 entries checked, against 1 signed checkpoints');
    await s.owner.query('delete from audit_log where seq > 3');
    // The chain alone holds: what is left links up.
    expect(await s.chain()).toMatchObject({ ok: true, checked: 3 });
    const report = await s.checked();
    expect(report).toMatchObject({ ok: false, firstBrokenSeq: '4' });
    expect(report.reason).toMatch(/log ends at entry 3, but entry 6 was checkpointed .*entries were removed from the end/);
    expect(await s.query()).toMatchObject({ ok: false, firstBrokenSeq: '4' });
    const cli = await auditVerify(s);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('access log BROKEN at entry 4');
  }, 60_000);

  it('rewriting an entry and re-hashing every one after it: the rewritten hash is not the checkpointed one', async () => {
    const s = await logWith(6, 4);
    // Forge entry 2's purpose, then compute every hash from there on again, as a forger with the code would.
    const { rows } = await s.owner.query<Record<string, unknown>>(
      `select seq::text as seq, at, request_id as "requestId", role, institution_code as "institutionCode", unit, subject, purpose,
         operation_name as "operationName", operation_type as "operationType", records, record_ids::text[] as "recordIds", outcome, prev_hash as "prevHash", hash_version as "hashVersion"
       from audit_log where seq >= 2 order by audit_log.seq`,
    );
    let prev = (await s.owner.query<{ hash: string }>('select hash from audit_log where seq = 1')).rows[0]!.hash;
    for (const row of rows) {
      const forged = { ...row, purpose: row.seq === '2' ? 'forged' : row.purpose } as unknown as AuditFields & { recordIds: string[]; hashVersion: number };
      const hash = entryHash(row.seq as string, forged, prev, forged.hashVersion);
      await s.owner.query('update audit_log set purpose = $1, prev_hash = $2, hash = $3 where seq = $4', [forged.purpose, prev, hash, row.seq]);
      prev = hash;
    }
    expect(await s.chain()).toMatchObject({ ok: true, checked: 6 });
    const report = await s.checked();
    expect(report).toMatchObject({ ok: false, firstBrokenSeq: '4' });
    expect(report.reason).toMatch(/not the one checkpointed .*rewritten from here or before/);
    expect(await s.query()).toMatchObject({ ok: false, firstBrokenSeq: '4' });
    const cli = await auditVerify(s);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('access log BROKEN at entry 4');
  }, 60_000);

  it('a changed checkpoint file: a line whose signature does not verify is reported', async () => {
    const s = await logWith(2, 2);
    const file = s.hub.config.audit.checkpoint.file;
    const [line] = fs.readFileSync(file, 'utf8').trim().split('\n');
    // The file's holder moves the checkpoint back, to hide the newest entry's removal.
    fs.appendFileSync(file, `${JSON.stringify({ ...JSON.parse(line!), seq: '1' })}\n`);
    const report = await s.checked();
    expect(report).toMatchObject({ ok: false, firstBrokenSeq: '1' });
    expect(report.reason).toMatch(/line 2 .*signature does not verify/);
  });

  it("the hub's role cannot change, remove or truncate entries, nor switch the trigger off", async () => {
    const s = await logWith(1, 1);
    const connection = s.hub.orm.em.fork().getConnection();
    await expect(connection.execute("update audit_log set purpose = 'forged' where seq = 1")).rejects.toThrow(/permission denied for table audit_log/);
    await expect(connection.execute('delete from audit_log where seq = 1')).rejects.toThrow(/permission denied for table audit_log/);
    await expect(connection.execute('truncate audit_log')).rejects.toThrow(/permission denied for table audit_log/);
    await expect(connection.execute('set session_replication_role = replica')).rejects.toThrow(/permission denied to set parameter "session_replication_role"/);
    await expect(connection.execute('alter table audit_log disable trigger audit_log_append_only')).rejects.toThrow(/must be owner of table audit_log/);
    // It still appends, and reads.
    expect((await auditService.append(s.hub.orm.em.fork(), entry(2))).seq).toBe('2');
    expect(await s.checked()).toMatchObject({ ok: true, checked: 2 });
    // The owner, the trigger on, is refused too: the trigger is what only a superuser could switch off.
    await s.owner.query('set session_replication_role = origin');
    await expect(s.owner.query("update audit_log set purpose = 'forged' where seq = 1")).rejects.toThrow(/append-only/);
    const [role] = await connection.execute<{ superuser: boolean }[]>('select rolsuper as superuser from pg_roles where rolname = current_user');
    expect(role!.superuser).toBe(false);
  });
});

describe('the checkpoint job', () => {
  it('keeps the hub serving when its file cannot be written, and says why (status, hub_audit_checkpoint_ok 0)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-unwritable-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    // A file where its directory should be: no one, root included, can write below it.
    fs.writeFileSync(path.join(dir, 'not-a-directory'), '');
    const hub = await startTestHub({
      env: {
        AUDIT_CHECKPOINT_FILE: path.join(dir, 'not-a-directory', 'audit-checkpoints.jsonl'),
        AUDIT_CHECKPOINT_KEY: fs.readFileSync(await devKeyOf(), 'utf8'),
      },
    });
    cleanups.push(() => hub.stop());
    await auditService.append(hub.orm.em.fork(), entry(1));
    expect(await hub.checkpoints.checkpoint()).toBeNull();
    expect(hub.checkpoints.status()).toMatchObject({ ok: false, error: expect.stringMatching(/EEXIST|ENOTDIR/) });
    const res = await fetch(`${hub.url}/readyz`);
    expect(res.status).toBe(200);
    // Operators hear of it: the metric goes to 0 (metrics are open outside production without a token).
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toMatch(/^hub_audit_checkpoint_ok 0$/m);
  });
});

/** A development key, as a hub generates one beside its checkpoint file. */
async function devKeyOf(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-key-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  const settings = { file: path.join(dir, 'c.jsonl'), intervalSeconds: 60 };
  loadCheckpointKey(settings);
  return devKeyFile(settings);
}
