// LNCh (личен номер на чужденец): 10 digits; the last is a check digit — the first nine weighted
// 21, 19, 17, 13, 11, 9, 7, 3, 1, summed, modulo 10.
const WEIGHTS = [21, 19, 17, 13, 11, 9, 7, 3, 1];

export function isValidLnch(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  return sum % 10 === Number(value[9]);
}

/** Completes nine digits with their check digit (for test and demo data). */
export function withLnchCheckDigit(nineDigits: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(nineDigits[i]), 0);
  return `${nineDigits}${sum % 10}`;
}
