/**
 * The cell-key method (the UK's 2021 census outputs, the Australian Bureau of Statistics' TableBuilder):
 * The access policy for aggregates (docs/indicators.md): never a group small enough to single out a person, also not by
 * differencing two answers. docs/indicators.md states the method, its parameters and its error bound.
 *
 * 1. Every counted record (agreement, person, child's case, best-interests assessment) holds a fixed
 *    random `record_key` in [0, KEY_RANGE), drawn by the database at insert (RECORD_KEY_DEFAULT) and
 *    never exposed.
 * 2. A cell's key is the sum of its records' keys mod KEY_RANGE, computed in SQL beside its count.
 * 3. The published value is count + PERTURBATION_TABLE[row of count][cell key]: the same records
 *    always give the same answer, however the query was phrased, so asking again reveals nothing new;
 *    and two overlapping cells that differ by a record have unrelated cell keys, so their difference
 *    is the true difference plus noise, never exact.
 * 4. A published value under the threshold is not shown (suppressed): small groups never appear as such.
 *    A true zero (no records, no key) is published as 0: it singles out no one.
 * Totals are cells of their own (their records' keys), never sums of perturbed cells.
 */

/** Record keys are one byte: the cell key is their sum mod 256. */
export const KEY_RANGE = 256;

/** PostgreSQL's default for a record_key column: a byte of a version-4 UUID (gen_random_uuid, a CSPRNG; byte 0 is all random). */
export const RECORD_KEY_DEFAULT = 'get_byte(uuid_send(gen_random_uuid()), 0)';

/** The largest deviation the table ever adds or takes away: the error bound of every published figure. */
export const MAX_DEVIATION = 2;

/**
 * The perturbation table: for a count of 1, and for counts of 2 or more, consecutive bands of cell
 * keys (deviation, how many keys) covering [0, KEY_RANGE). Each row's deviations average 0 over the
 * keys (unbiased) and never take a count below 0. The zero band comes first, so a cell key of 0
 * publishes the true count.
 *   count 1:  0 ×96, −1 ×96, +1 ×32, +2 ×32              (mean 0, variance 1)
 *   count ≥2: 0 ×80, −1 ×56, +1 ×56, −2 ×32, +2 ×32      (mean 0, variance 1.44)
 */
export const PERTURBATION_TABLE: readonly (readonly (readonly [deviation: number, keys: number])[])[] = [
  [
    [0, 96],
    [-1, 96],
    [1, 32],
    [2, 32],
  ],
  [
    [0, 80],
    [-1, 56],
    [1, 56],
    [-2, 32],
    [2, 32],
  ],
];

/** The deviation for a true count and a cell key (the key sum mod KEY_RANGE), by the table. */
export function deviation(count: number, cellKey: number): number {
  if (count <= 0) return 0;
  const row = PERTURBATION_TABLE[Math.min(count, PERTURBATION_TABLE.length) - 1]!;
  let key = ((cellKey % KEY_RANGE) + KEY_RANGE) % KEY_RANGE;
  for (const [d, keys] of row) {
    if (key < keys) return d;
    key -= keys;
  }
  throw new Error(`perturbation table row for ${count} does not cover ${KEY_RANGE} keys`);
}

export interface Perturbed {
  /** The perturbed count; null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * What is published of a cell of `count` records whose keys sum to `keySum` (mod KEY_RANGE or not):
 * 0 for no records; otherwise the perturbed count, or suppressed when that is under the threshold.
 */
export function perturb(count: number, keySum: number, threshold: number): Perturbed {
  if (count === 0) return { count: 0, suppressed: false };
  const published = count + deviation(count, keySum);
  return published < threshold ? { count: null, suppressed: true } : { count: published, suppressed: false };
}

/**
 * SQL for a cell's key over the rows of its group (those meeting `filter`, when given): the sum of
 * `column` mod KEY_RANGE (0 for no rows).
 */
export const cellKeySql = (column: string, filter?: string) => `(coalesce(sum(${column})${filter ? ` filter (where ${filter})` : ''}, 0) % ${KEY_RANGE})::int`;
