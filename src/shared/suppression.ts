/**
 * Small-cell suppression (statutory-views.md: "aggregates suppress cells below a threshold so that
 * no small group singles out a person").
 *
 * 1. Primary: a cell counting fewer than `threshold` persons, but some, is suppressed (shown as
 *    suppressed, never as zero or as its count). A zero is published.
 * 2. Secondary: the total is published, so total − shown is known. While that remainder is under
 *    `threshold`, or a single cell is suppressed alone (its count would be the remainder), the
 *    smallest published cell is suppressed too. (Cells may overlap — a person using two services —
 *    so the total is given, not summed: the remainder is what an adversary can compute.)
 * 3. If that cannot be reached (too few cells), or the total itself is below the threshold, the
 *    total is suppressed as well — except a total of 0, which singles out no one.
 */
export interface Counted<K> {
  key: K;
  count: number;
}

export interface Suppressed<K> {
  key: K;
  /** null when suppressed */
  count: number | null;
  suppressed: boolean;
}

export function suppressSmallCells<K>(
  cells: readonly Counted<K>[],
  threshold: number,
  total = cells.reduce((sum, c) => sum + c.count, 0),
): { cells: Suppressed<K>[]; total: number | null } {
  // A zero singles out no one: it is published, and hiding it would protect nothing.
  const hidden = new Set(cells.filter((c) => c.count > 0 && c.count < threshold));
  const hiddenSum = () => total - cells.filter((c) => !hidden.has(c)).reduce((sum, c) => sum + c.count, 0);
  if (hidden.size > 0) {
    const byCount = cells.filter((c) => c.count > 0 && !hidden.has(c)).sort((a, b) => a.count - b.count);
    while ((hiddenSum() < threshold || hidden.size < 2) && byCount.length > 0) hidden.add(byCount.shift()!);
  }
  const totalHidden = (total > 0 && total < threshold) || (hidden.size > 0 && (hiddenSum() < threshold || hidden.size < 2));
  return {
    cells: cells.map((c) => (hidden.has(c) ? { key: c.key, count: null, suppressed: true } : { key: c.key, count: c.count, suppressed: false })),
    total: totalHidden ? null : total,
  };
}
