import { describe, expect, it } from 'vitest';
import { DataClass } from '../../src/access/policy.js';
import { AuditTrail } from '../../src/audit/audit-trail.js';
import { storedRecords } from '../../src/audit/audit.service.js';

// What a request did with personal data, as the access log records it: each record once per class,
// a refusal marks the request, data that is not personal is not noted. A row's fields are noted one
// after another (the trail skips the repeats), so the order of notes must not change the result.
describe('the audit trail of a request', () => {
  it('notes each record once per class, whatever the order of its fields', () => {
    const trail = new AuditTrail();
    const [a, b] = [{ id: 'a' }, { id: 'b' }];
    for (const [dataClass, record] of [
      [DataClass.IDENTITY, a],
      [DataClass.IDENTITY, a],
      [DataClass.PROFILE, a],
      [DataClass.IDENTITY, a],
      [DataClass.IDENTITY, b],
      [DataClass.PROFILE, b],
      [DataClass.PROFILE, b],
      [DataClass.IDENTITY, a],
    ] as const)
      trail.note(dataClass, record, true);
    expect(trail.records()).toEqual({ IDENTITY: ['a', 'b'], PROFILE: ['a', 'b'] });
    expect(trail.denied).toBe(false);
  });

  it('marks the request when a field of the same record is refused after one was allowed', () => {
    const trail = new AuditTrail();
    const a = { id: 'a' };
    trail.note(DataClass.IDENTITY, a, true);
    trail.note(DataClass.IDENTITY, a, false);
    expect(trail.denied).toBe(true);
    expect(trail.records()).toEqual({ IDENTITY: ['a'] });
  });

  it('leaves out data that is not personal', () => {
    const trail = new AuditTrail();
    trail.note(DataClass.PUBLIC, { id: 'x' }, true);
    trail.note(DataClass.STRUCTURE, { id: 'y' }, false);
    expect(trail.empty).toBe(true);
    expect(trail.denied).toBe(false);
  });
});

describe('the trail and the stored entry', () => {
  it('a record noted as two rows (a holder who is also a member) is stored once in its class', () => {
    const trail = new AuditTrail();
    const id = '0aa2c3d4-0000-4000-8000-000000000001';
    trail.note(DataClass.IDENTITY, { id }, true);
    trail.note(DataClass.PROFILE, { id: 'b1a2c3d4-0000-4000-8000-00000000000a' }, true);
    trail.note(DataClass.IDENTITY, { id, givenNameLatin: 'As a member' }, true);
    trail.disclose({ IDENTITY: [id] });
    expect(storedRecords(trail.records())).toEqual({
      recordIds: [id, 'b1a2c3d4-0000-4000-8000-00000000000a'],
      records: { IDENTITY: [[0, 1]], PROFILE: [[1, 1]] },
    });
  });

  it('gives the same records when asked again, once it has let its rows go', () => {
    const trail = new AuditTrail();
    trail.note(DataClass.IDENTITY, { id: 'a' }, true);
    const first = trail.records();
    expect(trail.records()).toBe(first);
    expect(first).toEqual({ IDENTITY: ['a'] });
    expect(trail.empty).toBe(false);
    const nothing = new AuditTrail();
    expect(nothing.records()).toEqual({});
    expect(nothing.empty).toBe(true);
  });

  it('keeps a class whose fields were only refused, with no records', () => {
    const trail = new AuditTrail();
    trail.note(DataClass.HEALTH, { id: 'a' }, false);
    expect(trail.records()).toEqual({ HEALTH: [] });
    expect(trail.denied).toBe(true);
    expect(trail.empty).toBe(false);
  });
});
