import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviation, KEY_RANGE, MAX_DEVIATION, perturb, PERTURBATION_TABLE } from '../../src/modules/statistics/cell-key.js';

// docs/indicators.md (aggregates never a group small enough to single out a person) by the cell-key method
// (docs/indicators.md): what the table and the publication rule guarantee, for every count and key.
// The same guarantees through the API, with the database's random keys: differencing.test.ts.
const THRESHOLD = 5;

describe('the cell-key perturbation table', () => {
  it('each row covers every cell key once, is unbiased, stays within ±MAX_DEVIATION and never goes below 0', () => {
    PERTURBATION_TABLE.forEach((row, i) => {
      const count = i + 1; // the smallest count the row serves (the last row serves all larger ones)
      expect(
        row.reduce((keys, [, n]) => keys + n, 0),
        `row ${count}`,
      ).toBe(KEY_RANGE);
      expect(
        row.reduce((sum, [d, n]) => sum + d * n, 0),
        `row ${count}: mean deviation`,
      ).toBe(0);
      for (const [d] of row) {
        expect(Math.abs(d), `row ${count}`).toBeLessThanOrEqual(MAX_DEVIATION);
        expect(count + d, `row ${count}`).toBeGreaterThanOrEqual(0);
      }
      // Not an identity: a published count is exact for fewer than half the keys.
      expect(row.find(([d]) => d === 0)![1], `row ${count}`).toBeLessThan(KEY_RANGE / 2);
    });
    // The zero band comes first: a cell key of 0 publishes the true count (the exact tests rely on it).
    for (const count of [1, 2, 7, 1000]) expect(deviation(count, 0)).toBe(0);
  });
});

describe('publishing a count by its cell key', () => {
  it('publishes a true zero as 0, and never shows a count of 1 to threshold − 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.nat(), fc.integer({ min: 2, max: 10 }), (count, keySum, threshold) => {
        const out = perturb(count, keySum, threshold);
        if (count === 0) {
          expect(out).toEqual({ count: 0, suppressed: false });
        } else if (out.suppressed) {
          expect(out.count).toBeNull();
          // A suppressed cell hid a count no larger than threshold − 1 + MAX_DEVIATION.
          expect(count).toBeLessThanOrEqual(threshold - 1 + MAX_DEVIATION);
        } else {
          // Published: at least the threshold (so never 0 for a group that has someone), within the bound.
          expect(out.count!).toBeGreaterThanOrEqual(threshold);
          expect(Math.abs(out.count! - count)).toBeLessThanOrEqual(MAX_DEVIATION);
        }
      }),
    );
  });

  it('is deterministic, and depends on the key only mod KEY_RANGE', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat({ max: 10 * KEY_RANGE }), (count, keySum) => {
        expect(perturb(count, keySum, THRESHOLD)).toEqual(perturb(count, keySum, THRESHOLD));
        expect(perturb(count, keySum, THRESHOLD)).toEqual(perturb(count, keySum % KEY_RANGE, THRESHOLD));
      }),
    );
  });

  it('a group of 1 or 2 is never shown (default threshold 5), and neither is 3 or 4', () => {
    for (let key = 0; key < KEY_RANGE; key++) {
      for (const count of [1, 2]) expect(perturb(count, key, THRESHOLD)).toEqual({ count: null, suppressed: true });
      for (const count of [3, 4]) expect(perturb(count, key, THRESHOLD).count ?? THRESHOLD).toBeGreaterThanOrEqual(THRESHOLD);
    }
  });

  it('adding one record to a cell gives the attacker every difference from 1 − 2·MAX_DEVIATION to 1 + 2·MAX_DEVIATION', () => {
    // The differencing attack of issue 16: two cells, one record apart (keys s and s + k). Over all key
    // sums and record keys, the published difference takes every value in the bound, and is exactly
    // 1 for only a minority of them: the difference does not name the count.
    const seen = new Map<number, number>();
    for (let s = 0; s < KEY_RANGE; s++)
      for (let k = 0; k < KEY_RANGE; k++) {
        const diff = perturb(21, s + k, THRESHOLD).count! - perturb(20, s, THRESHOLD).count!;
        seen.set(diff, (seen.get(diff) ?? 0) + 1);
      }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3, 4, 5]);
    expect(seen.get(1)! / KEY_RANGE ** 2).toBeLessThan(0.25);
  });
});
