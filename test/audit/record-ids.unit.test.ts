import { describe, expect, it } from 'vitest';
import {
  entryHash,
  GENESIS_HASH,
  idsByClass,
  recordIdsOf,
  storedRecords,
  storedRecordsProblem,
  uuidArray,
  type AuditFields,
  type PositionRun,
  type Scratch,
} from '../../src/audit/audit.service.js';

const upper = 'B1A2C3D4-0000-4000-8000-00000000000A';
const lower = upper.toLowerCase();
const other = '0aa2c3d4-0000-4000-8000-000000000001';
const third = '1bb2c3d4-0000-4000-8000-000000000002';

describe('recordIdsOf: the ids of a version 1 or 2 entry as record_ids holds them', () => {
  it("gives each id once, in PostgreSQL's lowercase text form, sorted, whatever case it was noted in", () => {
    expect(recordIdsOf({ IDENTITY: [upper, other], AGREEMENT: [lower], HEALTH: [] })).toEqual([other, lower]);
  });
});

describe('storedRecords: version 3 stores each id once and, per class, runs of positions in record_ids', () => {
  it('keeps each id once, lowercase, numbered class by class in the order noted; a class holds runs [first, count]', () => {
    const stored = storedRecords({ IDENTITY: [upper, other], PROFILE: [third, lower], AGREEMENT: [] });
    expect(stored).toEqual({
      recordIds: [lower, other, third],
      records: {
        IDENTITY: [[0, 2]],
        PROFILE: [
          [0, 1],
          [2, 1],
        ],
        AGREEMENT: [],
      },
    });
    expect(storedRecordsProblem(stored.records, stored.recordIds)).toBeNull();
  });

  it('makes one run of a class whose ids follow each other, and counts an id noted in two cases once', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const stored = storedRecords({ IDENTITY: ids, PROFILE: [...ids].reverse(), PLAN: [ids[3]!, ids[3]!.toUpperCase(), ids[1]!] });
    expect(stored.records).toEqual({
      IDENTITY: [[0, 500]],
      PROFILE: [[0, 500]],
      PLAN: [
        [1, 1],
        [3, 1],
      ],
    });
    expect(stored.recordIds).toEqual(ids);
  });

  it('reads back as the ids per class (idsByClass); an older entry reads as it is', () => {
    const byClass = { IDENTITY: [lower, other], PROFILE: [lower, third], AGREEMENT: [] };
    expect(idsByClass({ ...storedRecords(byClass), hashVersion: 3 })).toEqual(byClass);
    expect(idsByClass({ records: byClass, recordIds: [lower, other, third].sort(), hashVersion: 2 })).toEqual(byClass);
  });

  it('finds a version 3 entry whose columns do not hold together', () => {
    const outside = 'records point at no id of record_ids';
    expect(storedRecordsProblem({ IDENTITY: [[0, 3]] }, [lower, other])).toBe(outside);
    expect(storedRecordsProblem({ IDENTITY: [[-1, 2]] }, [lower, other])).toBe(outside);
    expect(storedRecordsProblem({ IDENTITY: [[0, 0]] }, [])).toBe(outside);
    expect(storedRecordsProblem({ IDENTITY: [[0.5, 1]] }, [lower])).toBe(outside);
    expect(storedRecordsProblem({ IDENTITY: [[0, 1, 2]] }, [lower])).toBe(outside);
    expect(storedRecordsProblem({ IDENTITY: [0] }, [lower])).toBe(outside);
    expect(storedRecordsProblem({ IDENTITY: 0 }, [lower])).toBe('records are not lists of runs of positions in record_ids');
    expect(storedRecordsProblem({ IDENTITY: [[1, 1]] }, [lower, other])).toBe('record_ids hold an id no class of records points at');
    expect(storedRecordsProblem({ IDENTITY: [[1, 1]], PLAN: [[0, 1]] }, [lower, other])).toBeNull();
  });
});

describe('the hash of a version 3 entry covers its records as stored', () => {
  const fields: AuditFields = {
    at: new Date('2026-12-01T10:00:00Z'),
    requestId: 'r',
    role: 'SAR',
    institutionCode: 'SAR',
    unit: null,
    subject: 's',
    purpose: 'p',
    operationName: null,
    operationType: 'query',
    records: { IDENTITY: [lower, other], PROFILE: [lower] },
    outcome: 'SUCCESS',
  };
  const stored = storedRecords(fields.records);
  const hash = (records: Record<string, PositionRun[]>, recordIds = stored.recordIds) => entryHash('7', { ...fields, records, recordIds }, GENESIS_HASH, 3);

  it('changes when a record moves to another class, leaves a class, or an id is replaced', () => {
    const original = hash(stored.records);
    expect(stored.records).toEqual({ IDENTITY: [[0, 2]], PROFILE: [[0, 1]] });
    expect(hash({ IDENTITY: [[0, 2]], PROFILE: [[1, 1]] })).not.toBe(original);
    expect(hash({ IDENTITY: [[0, 1]], PROFILE: [[0, 1]] })).not.toBe(original);
    expect(hash(stored.records, [lower, third])).not.toBe(original);
    expect(hash({ PROFILE: [[0, 1]], IDENTITY: [[0, 2]] })).toBe(original); // jsonb's own key order does not matter
  });

  it('is not computed without record_ids', () => {
    expect(() => entryHash('7', { ...fields, records: stored.records }, GENESIS_HASH, 3)).toThrow(/record_ids/);
  });
});

describe("uuidArray: a batch's record ids as one uuid[] in binary", () => {
  /** The ids back from PostgreSQL's binary array format. */
  const decode = (b: Buffer) => {
    if (b.readInt32BE(0) === 0) return [];
    expect([b.readInt32BE(0), b.readInt32BE(4), b.readInt32BE(8), b.readInt32BE(16)]).toEqual([1, 0, 2950, 1]);
    return Array.from({ length: b.readInt32BE(12) }, (_, i) => {
      expect(b.readInt32BE(20 + i * 20)).toBe(16);
      const hex = b.subarray(24 + i * 20, 40 + i * 20).toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    });
  };

  it('writes every list one after another, each id as its 16 bytes (any case); nothing is the empty array', () => {
    expect(decode(uuidArray([[upper], [], [other, third]]))).toEqual([lower, other, third]);
    expect(uuidArray([[], []]).readInt32BE(0)).toBe(0);
  });

  it('refuses what is not a UUID', () => {
    for (const bad of ['not-a-uuid', `${lower}0`, lower.replace('-', 'x'), lower.replace('a', 'g'), lower.replace('a', 'ä')]) {
      expect(() => uuidArray([[lower, bad]])).toThrow(`a record id is not a UUID: ${JSON.stringify(bad)}`);
    }
  });

  it("writes into the queue's buffer, kept and grown from batch to batch, but not beyond a bound", () => {
    const scratch: Scratch = {};
    const many = Array.from({ length: 3000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const first = uuidArray([many], scratch);
    expect(decode(first)).toEqual(many);
    const kept = scratch.buffer!;
    expect(first.buffer).toBe(kept.buffer);
    const second = uuidArray([[other]], scratch);
    expect(second.buffer).toBe(kept.buffer);
    expect(decode(second)).toEqual([other]);
    const huge = Array.from({ length: 60_000 }, () => other);
    expect(decode(uuidArray([huge], scratch))).toHaveLength(60_000);
    expect(scratch.buffer).toBe(kept);
  });
});
