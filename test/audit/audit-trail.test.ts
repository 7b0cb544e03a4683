import { describe, expect, it } from 'vitest';
import { DataClass } from '../../src/access/policy.js';
import { AuditTrail } from '../../src/audit/audit-trail.js';

// What a request did with personal data, as the access log records it: each record once per class,
// a refusal marks the request, data that is not personal is not noted. A row's fields are noted one
// after another (the trail skips the repeats), so the order of notes must not change the result.
describe('the audit trail of a request', () => {
  it('notes each record once per class, whatever the order of its fields', () => {
    const trail = new AuditTrail();
    const [a, b] = [{ id: 'a' }, { id: 'b' }];
    for (const [dataClass, record] of [
      [DataClass.IDENTITY, a], [DataClass.IDENTITY, a], [DataClass.PROFILE, a], [DataClass.IDENTITY, a],
      [DataClass.IDENTITY, b], [DataClass.PROFILE, b], [DataClass.PROFILE, b], [DataClass.IDENTITY, a],
    ] as const) trail.note(dataClass, record, true);
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
