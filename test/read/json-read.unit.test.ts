import 'reflect-metadata';
import { raw, RawQueryFragment } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/access/principal.js';
import { scopes } from '../../src/modules/scopes.js';
import { beyondParent, release } from '../../src/read/sql.js';

const as = (role: string, unit?: string) => ({ role, unit, institutionCode: unit ?? role }) as unknown as Principal;

describe('beyondParent: a nested row is checked only for what its parent does not imply', () => {
  it("drops the parent's condition from a municipality's plans and measures, and keeps RZI's health area", () => {
    const mayor = as('MUNICIPALITY', 'SOF46');
    expect(beyondParent(scopes.integrationPlan(mayor), 'agreement', scopes.agreement(mayor))).toEqual({});
    expect(beyondParent(scopes.measure(mayor), 'plan', scopes.integrationPlan(mayor))).toEqual({});
    const rzi = as('RZI', 'BLG');
    expect(beyondParent(scopes.measure(rzi), 'plan', scopes.integrationPlan(rzi))).toEqual({ area: 'HEALTHCARE' });
  });

  it('keeps the whole scope when the condition differs from the parent scope, or is absent', () => {
    expect(beyondParent({ plan: { agreement: { municipality: 'SOF46' } } }, 'plan', { agreement: { municipality: 'VAR06' } })).toEqual({
      plan: { agreement: { municipality: 'SOF46' } },
    });
    expect(beyondParent({ kind: 'CHILD' }, 'agreement', { municipality: 'SOF46' })).toEqual({ kind: 'CHILD' });
    expect(beyondParent({ agreement: { municipality: 'SOF46' } }, 'agreement', undefined)).toEqual({ agreement: { municipality: 'SOF46' } });
  });

  it('keeps a condition with raw SQL: two scopes built apart never compare equal', () => {
    const governor = as('GOVERNOR', 'BLG');
    const measure = scopes.measure(governor) as Record<string, unknown>;
    expect(beyondParent(measure, 'plan', scopes.integrationPlan(governor))).toBe(measure);
    release([measure]);
  });
});

describe('release', () => {
  it("forgets the raw fragments of a scope that no query rendered (MikroORM's cache does not grow)", () => {
    const before = RawQueryFragment.checkCacheSize();
    const built = [scopes.agreement(as('DAZD')), scopes.beneficiary(as('MUNICIPALITY', 'SOF46')), { nested: { [raw('x = 1')]: [] } }];
    expect(RawQueryFragment.checkCacheSize()).toBe(before + 3);
    release(built);
    expect(RawQueryFragment.checkCacheSize()).toBe(before);
  });
});
