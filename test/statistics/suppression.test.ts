import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from '../../src/shared/suppression.js';

// statutory-views.md: aggregates never expose a group smaller than the threshold, directly or by
// subtraction from the published total.
const cells = fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }).map((counts) => counts.map((count, key) => ({ key, count })));

describe('small-cell suppression', () => {
  it('suppresses groups under the threshold, shown as suppressed and not as a count', () => {
    const { cells: out, total } = suppressSmallCells(
      [
        { key: 'SY', count: 40 },
        { key: 'AF', count: 12 },
        { key: 'IQ', count: 3 },
        { key: 'UA', count: 4 },
      ],
      5,
    );
    expect(out).toEqual([
      { key: 'SY', count: 40, suppressed: false },
      { key: 'AF', count: 12, suppressed: false },
      { key: 'IQ', count: null, suppressed: true },
      { key: 'UA', count: null, suppressed: true },
    ]);
    expect(total).toBe(59); // IQ + UA = 7 ≥ 5: the difference names no small group
  });

  it('suppresses a second cell when one alone would be the difference of the total', () => {
    const { cells: out, total } = suppressSmallCells(
      [
        { key: 'SY', count: 40 },
        { key: 'AF', count: 9 },
        { key: 'IQ', count: 2 },
      ],
      5,
    );
    expect(out.map((c) => c.suppressed)).toEqual([false, true, true]);
    expect(total).toBe(51);
  });

  it('publishes a zero cell, and never hides one to protect another', () => {
    const { cells: out, total } = suppressSmallCells(
      [
        { key: 'SY', count: 40 },
        { key: 'AF', count: 0 },
        { key: 'IQ', count: 2 },
      ],
      5,
    );
    expect(out).toEqual([
      { key: 'SY', count: null, suppressed: true },
      { key: 'AF', count: 0, suppressed: false },
      { key: 'IQ', count: null, suppressed: true },
    ]);
    expect(total).toBe(42);
  });

  it('suppresses the total too when the whole table is small, but publishes a zero', () => {
    expect(suppressSmallCells([], 5)).toEqual({ cells: [], total: 0 });
    expect(suppressSmallCells([{ key: 'SY', count: 3 }], 5)).toEqual({ cells: [{ key: 'SY', count: null, suppressed: true }], total: null });
    expect(suppressSmallCells([{ key: 'SY', count: 30 }, { key: 'AF', count: 2 }], 5).total).toBe(32);
  });

  it('never publishes a count under the threshold, and never lets the total recover a small group', () => {
    fc.assert(
      fc.property(cells, fc.integer({ min: 2, max: 10 }), (input, k) => {
        const { cells: out, total } = suppressSmallCells(input, k);
        const hidden = out.filter((c) => c.suppressed);
        for (const c of out) {
          if (!c.suppressed) expect(c.count).toBeGreaterThanOrEqual(k);
          else expect(c.count).toBeNull();
        }
        if (total !== null) {
          expect(total).toBe(input.reduce((s, c) => s + c.count, 0));
          if (total !== 0) expect(total).toBeGreaterThanOrEqual(k);
          if (hidden.length > 0) {
            // The difference (total − published) is the sum of two or more hidden groups, and not small.
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(total - out.reduce((s, c) => s + (c.count ?? 0), 0)).toBeGreaterThanOrEqual(k);
          }
        }
      }),
    );
  });
});
