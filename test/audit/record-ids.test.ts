import { describe, expect, it } from 'vitest';
import { recordIdsOf } from '../../src/audit/audit.service.js';

describe('recordIdsOf: the ids of an entry as record_ids holds them', () => {
  it("gives each id once, in PostgreSQL's lowercase text form, sorted, whatever case it was noted in", () => {
    const upper = 'B1A2C3D4-0000-4000-8000-00000000000A';
    const lower = upper.toLowerCase();
    const other = '0aa2c3d4-0000-4000-8000-000000000001';
    expect(recordIdsOf({ IDENTITY: [upper, other], AGREEMENT: [lower], HEALTH: [] })).toEqual([other, lower]);
  });
});
