import { createHash } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { runPrepared } from '../db/prepared.js';
import { parseId } from '../shared/ids.js';
import { decodeOpaque, DEFAULT_PAGE_SIZE, encodeOpaque, forgedCursor, pageSize, type Connection } from '../shared/relay.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { Anchors } from './checkpoints.js';

export const GENESIS_HASH = '0'.repeat(64);
// One chain, one order: appends take this transaction-scoped advisory lock.
const AUDIT_CHAIN_LOCK = 7_2017_0060;

export type AuditFields = Omit<AuditEntry, 'seq' | 'hash' | 'prevHash' | 'records' | 'recordIds' | 'hashVersion'> & {
  /** The ids of the records touched, per data class (a class with no ids: refused, or nothing found). */
  records: Record<string, readonly string[]>;
};

/**
 * The hash version the hub writes (docs/audit-log.md): 3, every column as stored, with each record id
 * stored once (`record_ids`) and `records` holding, per class, runs of positions in it.
 */
const HASH_VERSION = 3;

const UPPER = /[A-Z]/;
// Ids read from the database are lowercase already; lowering each anyway (a new string per id, then
// hashed again) was half the time of building an entry's ids on a page's ~3,000 ids.
const lower = (id: string) => (UPPER.test(id) ? id.toLowerCase() : id);

/** The ids of `records` as version 1 and 2 entries hold them in `record_ids`: each once, lowercase, sorted. */
export function recordIdsOf(records: Record<string, readonly string[]>): string[] {
  const ids = new Set<string>();
  for (const list of Object.values(records)) for (const id of list) ids.add(lower(id));
  return [...ids].sort();
}

/** Positions `first` … `first + count - 1` in an entry's `record_ids`. */
export type PositionRun = [first: number, count: number];

/** An entry's records as version 3 stores them: each id once in `recordIds`, and per class the runs of positions of its ids there. */
export interface StoredRecords {
  records: Record<string, PositionRun[]>;
  recordIds: string[];
}

/**
 * The stored form of an entry's records (version 3). A page of 100 agreements touches about 1,500
 * records, most of them under two or three classes. Stored per class as ids, they were written, sent,
 * parsed and hashed twice (`records` and `record_ids`); as one position each, `records` was still
 * about a fifth of the append's time in PostgreSQL (a jsonb number per position). Ids get their
 * positions class by class, in the order noted, so a class's positions mostly follow each other:
 * `{ "IDENTITY": [[0, 260]], "PROFILE": [[0, 260]], "PLAN": [[360, 1100]] }`.
 */
export function storedRecords(byClass: Record<string, readonly string[]>): StoredRecords {
  const position = new Map<string, number>();
  const recordIds: string[] = [];
  const records: Record<string, PositionRun[]> = {};
  for (const dataClass of Object.keys(byClass)) {
    const ids = byClass[dataClass]!;
    const positions = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = lower(ids[i]!);
      let at = position.get(id);
      if (at === undefined) {
        at = recordIds.push(id) - 1;
        position.set(id, at);
      }
      positions[i] = at;
    }
    positions.sort();
    const runs: PositionRun[] = [];
    let run: PositionRun | undefined;
    for (const p of positions) {
      if (run && p < run[0] + run[1]) continue; // the same id noted twice (in two cases)
      if (run && p === run[0] + run[1]) run[1] += 1;
      else {
        run = [p, 1];
        runs.push(run);
      }
    }
    records[dataClass] = runs;
  }
  return { records, recordIds };
}

/**
 * The ids of an entry per data class, whatever its version: version 3 keeps runs of positions in
 * `record_ids`, earlier versions the ids themselves. Positions that point at no id are left out (the
 * chain's check reports such an entry: `storedRecordsProblem`).
 */
export function idsByClass(entry: {
  records: Record<string, readonly unknown[]>;
  recordIds: readonly string[];
  hashVersion: number;
}): Record<string, string[]> {
  if (entry.hashVersion < 3) return entry.records as Record<string, string[]>;
  const ids: Record<string, string[]> = {};
  for (const [dataClass, runs] of Object.entries(entry.records as Record<string, PositionRun[]>)) {
    ids[dataClass] = runs.flatMap(([first, count]) => entry.recordIds.slice(first, first + count));
  }
  return ids;
}

/**
 * What is wrong with a version 3 entry's records, or null: each run must be in `record_ids`, and every
 * id must be in a run. The hash covers both columns as stored; this holds the writer to the form, so
 * that an entry cannot list an id no class accounts for, nor a class an id that is not there.
 */
export function storedRecordsProblem(records: Record<string, unknown>, recordIds: readonly string[]): string | null {
  const used = new Uint8Array(recordIds.length);
  for (const runs of Object.values(records)) {
    if (!Array.isArray(runs)) return 'records are not lists of runs of positions in record_ids';
    for (const run of runs) {
      if (!Array.isArray(run) || run.length !== 2 || !run.every((n) => Number.isInteger(n))) return 'records point at no id of record_ids';
      const [first, count] = run as PositionRun;
      if (first < 0 || count < 1 || first + count > recordIds.length) return 'records point at no id of record_ids';
      used.fill(1, first, first + count);
    }
  }
  return used.includes(0) ? 'record_ids hold an id no class of records points at' : null;
}

/** An entry as hashed: its fields with `records` as stored (ids, or runs of positions for version 3), and `record_ids` from version 2 on. */
export type HashedEntry = Omit<AuditFields, 'records'> & {
  records: Record<string, readonly unknown[]>;
  recordIds?: readonly string[];
  hashVersion?: number;
};

/**
 * The hash of an entry, with the previous hash. Versions 2 and 3 cover every column as stored:
 * version 3 (the hub writes no other) `records` as runs of positions in `record_ids`, version 2 as ids.
 * Version 1, that of entries written before version 2, left out `record_ids` (and the version), so
 * the chain's check requires those entries' `record_ids` to be exactly the ids of their hashed
 * `records` (recordIdsOf): then no column of an old entry can change unseen either.
 */
export function entryHash(seq: string | bigint, e: HashedEntry, prevHash: string, version: number = e.hashVersion ?? HASH_VERSION): string {
  const fields = [
    String(seq), // the driver may hand a bigint back as a string or a BigInt
    e.at.toISOString(),
    e.requestId,
    e.role,
    e.institutionCode,
    e.unit ?? null,
    e.subject,
    e.purpose ?? null,
    e.operationName ?? null,
    e.operationType,
    // jsonb keeps its own key order: hash the classes in sorted order.
    Object.keys(e.records)
      .sort()
      .map((c) => [c, e.records[c]]),
    e.outcome,
    prevHash,
  ];
  if (version === 1) return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
  if (version !== 2 && version !== 3) throw new Error(`unknown hash version ${version}`);
  if (!e.recordIds) throw new Error(`a version ${version} entry is hashed with its record_ids`);
  // As stored: a changed, added, removed or reordered id changes the hash.
  return createHash('sha256')
    .update(JSON.stringify([...fields, e.recordIds, version]))
    .digest('hex');
}

const HEX = new Int8Array(128).fill(-1);
for (const [i, c] of [...'0123456789abcdef'].entries()) HEX[c.charCodeAt(0)] = HEX[c.toUpperCase().charCodeAt(0)] = i;
const notUuid = (id: string): never => {
  throw new Error(`a record id is not a UUID: ${JSON.stringify(id)}`);
};
const digit = (id: string, i: number) => {
  const c = id.charCodeAt(i);
  const d = c < 128 ? HEX[c]! : -1;
  return d < 0 ? notUuid(id) : d;
};
/**
 * Writes UUID `id` (8-4-4-4-12 hex digits) at `to[at]` as its 16 bytes; anything else is refused, as
 * the uuid column refuses it. The same shape as shared/ids.ts UUID, checked as the bytes are written:
 * that regular expression, tested first, made a page's ~1,400 ids cost about five times as much
 * (0.09 -> 0.55 ms, measured alternately).
 */
function uuidBytes(id: string, to: Buffer, at: number): void {
  if (id.length !== 36) notUuid(id);
  for (let i = 0, o = at; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (id.charCodeAt(i) !== 45) notUuid(id); // '-'
      i++;
    }
    to[o++] = (digit(id, i) << 4) | digit(id, i + 1);
  }
}

const UUID_OID = 2950;
/** Where uuidArray writes: a buffer kept from batch to batch. */
export interface Scratch {
  buffer?: Buffer;
}
/** A batch's ids beyond this (~50,000) go into a buffer of their own, not kept. */
const SCRATCH_MAX = 1 << 20;

/**
 * Lists of UUIDs, one after another, as one `uuid[]` in PostgreSQL's binary format. A Buffer
 * parameter goes as it is and PostgreSQL copies the ids' bytes; as text (JSON, or an array literal)
 * it parsed each id, ~1.4 ms of the append's time for a page's ~1,400 ids, against ~0.2 ms so.
 *
 * Written into `scratch`'s buffer (one per queue, used by one batch at a time), which grows up to
 * SCRATCH_MAX: made once rather than per batch. (Side by side, a buffer made per batch measured no
 * worse within this machine's noise; the kept one is the simpler memory profile.)
 */
export function uuidArray(lists: readonly (readonly string[])[], scratch: Scratch = {}): Buffer {
  const count = lists.reduce((n, ids) => n + ids.length, 0);
  // No dimensions: the empty array.
  if (count === 0) return Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (UUID_OID >> 8) & 255, UUID_OID & 255]);
  const size = 20 + count * 20;
  let out: Buffer;
  if (scratch.buffer && scratch.buffer.length >= size) out = scratch.buffer.subarray(0, size);
  else if (size > SCRATCH_MAX) out = Buffer.allocUnsafe(size);
  else {
    scratch.buffer = Buffer.allocUnsafe(Math.min(SCRATCH_MAX, Math.max(size, 2 * (scratch.buffer?.length ?? 32 * 1024))));
    out = scratch.buffer.subarray(0, size);
  }
  out.writeInt32BE(1, 0); // dimensions
  out.writeInt32BE(0, 4); // no nulls
  out.writeInt32BE(UUID_OID, 8);
  out.writeInt32BE(count, 12);
  out.writeInt32BE(1, 16); // lower bound
  let at = 20;
  for (const ids of lists) {
    for (const id of ids) {
      out.writeInt32BE(16, at);
      uuidBytes(id, out, at + 4);
      at += 20;
    }
  }
  return out;
}

/**
 * An entry's row as the append inserts it, linked after `prevHash`: its columns as JSON but
 * `record_ids`, and those ids (the stored form's: each once), which the append sends apart.
 */
export function entryRow(seq: bigint, fields: AuditFields, prevHash: string): { json: string; recordIds: string[]; seq: string; hash: string } {
  const { records, recordIds } = storedRecords(fields.records);
  const hash = entryHash(seq, { ...fields, records, recordIds }, prevHash, HASH_VERSION);
  const row = {
    seq: seq.toString(),
    at: fields.at,
    request_id: fields.requestId,
    role: fields.role,
    institution_code: fields.institutionCode,
    unit: fields.unit ?? null,
    subject: fields.subject,
    purpose: fields.purpose ?? null,
    operation_name: fields.operationName ?? null,
    operation_type: fields.operationType,
    records,
    outcome: fields.outcome,
    prev_hash: prevHash,
    hash,
    hash_version: HASH_VERSION,
  };
  return { json: JSON.stringify(row), recordIds, seq: row.seq, hash };
}

const COLUMNS =
  'seq, at, request_id, role, institution_code, unit, subject, purpose, operation_name, operation_type, records, record_ids, outcome, prev_hash, hash, hash_version';
/**
 * Inserts rows (entryRow's JSON, as an array) with their record ids: every row's ids in one uuid[]
 * (uuidArray), and each row's end in it, after a first 0 (knex's `?` placeholders: insertParams).
 */
export const INSERT_ROWS = `insert into audit_log (${COLUMNS})
  select ${COLUMNS.replace('record_ids', 'i.ids[i.ends[e.ordinality] + 1 : i.ends[e.ordinality + 1]]')}
    from (select ?::uuid[] as ids, ?::int[] as ends) i, jsonb_populate_recordset(null::audit_log, ?::jsonb) with ordinality e`;

/** The parameters of INSERT_ROWS for `rows` (entryRow's), the ids written into `scratch` (uuidArray). */
export function insertParams(rows: readonly { json: string; recordIds: readonly string[] }[], scratch?: Scratch): [ids: Buffer, ends: number[], rows: string] {
  const ends = [0];
  for (const { recordIds } of rows) ends.push(ends.at(-1)! + recordIds.length);
  return [
    uuidArray(
      rows.map((r) => r.recordIds),
      scratch,
    ),
    ends,
    `[${rows.map((r) => r.json).join(',')}]`,
  ];
}

type Knex = ReturnType<ReturnType<EntityManager['getConnection']>['getKnex']>;
interface Pending {
  fields: AuditFields;
  resolve: (link: { seq: string; hash: string }) => void;
  reject: (error: unknown) => void;
}
interface Head {
  seq: bigint;
  hash: string;
}
const GENESIS: Head = { seq: 0n, hash: GENESIS_HASH };
/**
 * Entries waiting for the next commit, per database (tests run several hubs in one process), the
 * head of the chain as this process last wrote it (unknown at first and after a failure), and the
 * buffer its batches' ids are written into (one batch at a time: flush is sequential).
 */
interface Queue {
  pending: Pending[];
  flushing: boolean;
  head?: Head;
  scratch: Scratch;
}
const queues = new WeakMap<Knex, Queue>();
const BATCH = 200;

// One statement: the chain's lock and its head (migration audit_chain_head), and the batch's rows
// inserted only if that head is still the one they were linked to; it gives back how many it added.
const APPEND = `with head as materialized (select last_seq, hash from audit_chain_head(?)),
  added as (${INSERT_ROWS}
    where (select last_seq || ':' || hash from head) is not distinct from ? returning seq)
  select (select count(*) from added)::int as added`;

/** Runs the append statement: prepared on the pool (the usual case), or in the fallback's transaction. */
type Run = (sql: string, params: unknown[]) => Promise<{ added: number }[]>;

/** Links the batch after `head` and appends it if the chain still ends there; null if it moved on. */
async function appendAfter(run: Run, batch: Pending[], head: Head, scratch: Scratch): Promise<{ seq: string; hash: string }[] | null> {
  let seq = head.seq;
  let prevHash = head.hash;
  const links: { seq: string; hash: string }[] = [];
  const rows = batch.map(({ fields }) => {
    seq += 1n;
    const row = entryRow(seq, fields, prevHash);
    links.push({ seq: row.seq, hash: row.hash });
    prevHash = row.hash;
    return row;
  });
  const expected = head.seq === 0n ? null : `${head.seq}:${head.hash}`;
  const [result] = await run(APPEND, [AUDIT_CHAIN_LOCK, ...insertParams(rows, scratch), expected]);
  return result!.added > 0 ? links : null;
}

/**
 * Writes what is pending, batch after batch, until nothing is left. A batch is linked to the head
 * this process last wrote and appended in one statement; if another process wrote since (or the
 * head is unknown), it is appended in a transaction that holds the lock from reading the head on.
 */
async function flush(em: EntityManager, knex: Knex, q: Queue): Promise<void> {
  q.flushing = true;
  // The same statement all day: prepared once per connection, not parsed and planned per batch.
  const prepared: Run = (sql, params) => runPrepared<{ added: number }>(em, { sql, params });
  try {
    while (q.pending.length) {
      const batch = q.pending.splice(0, BATCH);
      try {
        const links =
          (q.head && (await appendAfter(prepared, batch, q.head, q.scratch))) ||
          (await knex.transaction(async (trx) => {
            const { rows } = await trx.raw<{ rows: { last_seq: string; hash: string }[] }>('select last_seq, hash from audit_chain_head(?)', [
              AUDIT_CHAIN_LOCK,
            ]);
            const head = rows[0] ? { seq: BigInt(rows[0].last_seq), hash: rows[0].hash } : GENESIS;
            // Under the lock since the head was read: the chain cannot have moved on.
            const linked = await appendAfter(
              async (sql, params) => (await trx.raw<{ rows: { added: number }[] }>(sql, params as never[])).rows,
              batch,
              head,
              q.scratch,
            );
            if (!linked) throw new Error('the access log moved on under its lock');
            return linked;
          }));
        const last = links.at(-1)!;
        q.head = { seq: BigInt(last.seq), hash: last.hash };
        for (const [i, p] of batch.entries()) p.resolve(links[i]!);
      } catch (error) {
        // Nothing of the batch was written (one statement, or one transaction): each request
        // withholds its data.
        q.head = undefined;
        for (const p of batch) p.reject(error);
      }
    }
  } finally {
    q.flushing = false;
  }
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBrokenSeq: string | null;
  reason: string | null;
  /** Where to go on: the first entry not checked, when `limit` stopped the walk before the end. */
  nextSeq: string | null;
}

/** An entry as the chain's check reads it: what the hash covers (the instant as ISO text), its links. */
type ChainRow = Omit<AuditFields, 'at' | 'records'> & {
  at: string;
  seq: string;
  records: Record<string, unknown[]>;
  recordIds: string[];
  hashVersion: number;
  prevHash: string;
  hash: string;
};
const HASH_VERSIONS = new Set([1, 2, HASH_VERSION]);
const CHAIN_PART = `select seq::text as seq, to_json(at) #>> '{}' as at, request_id as "requestId", role, institution_code as "institutionCode", unit, subject, purpose,
    operation_name as "operationName", operation_type as "operationType", records, record_ids::text[] as "recordIds", outcome, prev_hash as "prevHash", hash, hash_version as "hashVersion"
  from audit_log where audit_log.seq >= ? order by audit_log.seq limit ?`; // the column, not the text alias

export const auditService = {
  /**
   * Appends one entry at the end of the chain. Entries of concurrent requests are written together
   * (group commit): one transaction under the chain's lock, one commit for all of them, each entry
   * linked to the one before. A request's promise settles once its entry is committed.
   */
  append(em: EntityManager, fields: AuditFields): Promise<{ seq: string; hash: string }> {
    const knex = em.getConnection('write').getKnex();
    const q = queues.getOrInsertComputed(knex, () => ({ pending: [], flushing: false, scratch: {} }));
    return new Promise((resolve, reject) => {
      q.pending.push({ fields, resolve, reject });
      if (!q.flushing) void flush(em, knex, q);
    });
  },

  /**
   * Walks the chain from entry `from` (1: the start) over at most `limit` entries; the first entry
   * whose link or hash does not hold is reported, and `nextSeq` says where to go on (null: the end of
   * the log was reached). A part at a time, yielding to other requests between batches: the whole
   * log (hundreds of thousands of entries a year) would hold the process for seconds.
   * With `anchors` (the signed checkpoints, checkpoints.ts), an entry a checkpoint names must still
   * have the hash it signed, and the log must reach the last checkpoint: a log cut short or rewritten
   * and re-hashed from some entry on holds as a chain, but not against them.
   */
  async verify(
    em: EntityManager,
    { from = 1n, limit = Number.MAX_SAFE_INTEGER, anchors }: { from?: bigint; limit?: number; anchors?: Anchors } = {},
    batch = 500,
  ): Promise<ChainReport> {
    let expectedSeq = from;
    let checked = 0;
    const report = (ok: boolean, firstBrokenSeq: string | null = null, reason: string | null = null, nextSeq: string | null = null): ChainReport => ({
      ok,
      checked,
      firstBrokenSeq,
      reason,
      nextSeq,
    });
    // A line of the file that does not hold is itself a sign of tampering (or of the wrong key or file).
    const problem = anchors?.problems[0];
    if (problem) return report(false, problem.seq === null ? null : String(problem.seq), problem.reason);
    // Resuming: the entry before `from` is where the link starts (its own hash was checked by the part before).
    let prevHash = GENESIS_HASH;
    let prevVersion = 1;
    if (from > 1n) {
      const [before] = await em
        .getConnection()
        .execute<{ hash: string; hashVersion: number }[]>('select hash, hash_version as "hashVersion" from audit_log where seq = ?', [String(from - 1n)]);
      if (!before) return report(false, String(from - 1n), `entry ${from - 1n} is missing`);
      prevHash = before.hash;
      prevVersion = before.hashVersion;
    }
    for (;;) {
      const size = Math.min(batch, limit - checked);
      // Plain rows: entities would be hydrated only to be hashed, which cost more than the hashing.
      const rows = await em.getConnection().execute<ChainRow[]>(CHAIN_PART, [expectedSeq.toString(), size + 1]);
      for (const raw of rows.slice(0, size)) {
        const row = { ...raw, at: new Date(raw.at) };
        if (BigInt(row.seq) !== expectedSeq) return report(false, String(expectedSeq), `entry ${expectedSeq} is missing`);
        if (row.prevHash !== prevHash) return report(false, String(row.seq), 'prevHash does not match the hash of the entry before');
        // The versions only go up along the chain: an older one after a newer one was not written by the hub.
        if (row.hashVersion < prevVersion) return report(false, String(row.seq), `hash version ${row.hashVersion} after an entry of version ${prevVersion}`);
        if (!HASH_VERSIONS.has(row.hashVersion)) return report(false, String(row.seq), `unknown hash version ${row.hashVersion}`);
        // Version 1 left record_ids out of the hash: they must be exactly the ids of the hashed records.
        if (row.hashVersion === 1 && JSON.stringify([...row.recordIds].sort()) !== JSON.stringify(recordIdsOf(row.records as Record<string, string[]>))) {
          return report(false, String(row.seq), 'record_ids do not match the records of the entry');
        }
        if (entryHash(row.seq, row, row.prevHash, row.hashVersion) !== row.hash)
          return report(false, String(row.seq), 'the entry was changed after it was written');
        // Version 3's two columns must hold together (a writer's fault the hash would not show).
        const stored = row.hashVersion === 3 ? storedRecordsProblem(row.records, row.recordIds) : null;
        if (stored) return report(false, String(row.seq), stored);
        const signed = anchors?.bySeq.get(expectedSeq);
        if (signed && signed.hash !== row.hash) {
          return report(
            false,
            String(row.seq),
            `the entry's hash is not the one checkpointed at ${signed.at} (line ${signed.line} of ${anchors!.file}): the log was rewritten from here or before`,
          );
        }
        prevHash = row.hash;
        prevVersion = row.hashVersion;
        expectedSeq += 1n;
        checked += 1;
      }
      if (rows.length <= size) {
        // The end of the log: it must reach the last checkpoint.
        const last = anchors?.last;
        if (last && last.seq >= expectedSeq) {
          return report(
            false,
            String(expectedSeq),
            `the log ends at entry ${expectedSeq - 1n}, but entry ${last.seq} was checkpointed at ${last.at} (line ${last.line} of ${anchors!.file}): entries were removed from the end`,
          );
        }
        return report(true);
      }
      if (checked >= limit) return report(true, null, null, expectedSeq.toString());
      await setImmediate(); // let other requests run between batches
    }
  },
};

export interface AuditSearch {
  subject?: string;
  institutionCode?: string;
  role?: string;
  recordId?: string;
  outcome?: string;
  from?: Date;
  to?: Date;
}

function searchCondition(filter: AuditSearch): FilterQuery<AuditEntry> {
  const where: Record<string, unknown> = {};
  if (filter.subject) where.subject = filter.subject;
  if (filter.institutionCode) where.institutionCode = filter.institutionCode;
  if (filter.role) where.role = filter.role;
  if (filter.outcome) where.outcome = filter.outcome;
  if (filter.recordId) where.recordIds = { $contains: [parseId(filter.recordId, 'recordId')] };
  if (filter.from || filter.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  return where as FilterQuery<AuditEntry>;
}

const MAX_BIGINT = 2n ** 63n - 1n;

/** The entry a cursor points after: a seq PostgreSQL's bigint holds, in a cursor this API issued. */
function seqOf(after: string): string {
  const parsed = decodeOpaque(after);
  if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === 'seq' && typeof parsed[1] === 'string' && /^[1-9]\d{0,18}$/.test(parsed[1])) {
    if (BigInt(parsed[1]) <= MAX_BIGINT) return parsed[1];
  }
  throw forgedCursor();
}

export const auditQueries = {
  /** The log, newest first, for ADMIN. */
  async search(em: EntityManager, filter: AuditSearch = {}, page: { first?: number; after?: string } = {}): Promise<Connection<AuditEntry>> {
    const size = pageSize(page.first ?? DEFAULT_PAGE_SIZE);
    const after = page.after ? seqOf(page.after) : undefined;
    const where = searchCondition(filter);
    const rows = await em.find(AuditEntry, after ? { $and: [where, { seq: { $lt: after } }] } : where, { orderBy: { seq: 'desc' }, limit: size + 1 });
    const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeOpaque(['seq', String(node.seq)]) }));
    let count: Promise<number> | undefined;
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      get totalCount() {
        count ??= em.count(AuditEntry, where);
        return count;
      },
    };
  },

  /**
   * Who accessed a record: the latest `limit` accesses, newest first, read as such (not the whole
   * history); DANS's accesses only as one line with their count. The full history is the ADMIN's
   * paged `auditLog(filter: { recordId })`.
   */
  async whoAccessed(em: EntityManager, recordId: string, limit = 200) {
    const about = { recordIds: { $contains: [recordId] } };
    const others = (await em.find(AuditEntry, { ...about, role: { $ne: 'DANS' } }, { orderBy: { seq: 'desc' }, limit })).map((r) => ({ ...r, count: 1 }));
    const dans = await em.count(AuditEntry, { ...about, role: 'DANS' });
    const latest = dans ? await em.findOne(AuditEntry, { ...about, role: 'DANS' }, { orderBy: { seq: 'desc' }, fields: ['at'] }) : null;
    const summary = latest
      ? [{ at: latest.at, role: 'DANS', institutionCode: 'DANS', purpose: null, operationName: null, operationType: null, outcome: null, count: dans }]
      : [];
    return [...summary, ...others];
  },
};
