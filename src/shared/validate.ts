import countries from 'i18n-iso-countries';
import { BadUserInputError, ConflictError } from './errors.js';
import { codePoints } from './input.js';

/** Throws BAD_USER_INPUT naming the field unless `ok`. */
export function check(ok: unknown, field: string, message: string, messageBg?: string): asserts ok {
  if (!ok) throw new BadUserInputError(`${field}: ${message}`, { messageBg: messageBg && `${field}: ${messageBg}`, details: { field } });
}

/** Trims a required free-text value and checks its length. */
export function text(value: string, field: string, max = 500): string {
  const trimmed = value.trim();
  check(trimmed.length > 0, field, 'must not be empty', 'не може да бъде празно');
  check(codePoints(trimmed) <= max, field, `must be at most ${max} characters`, `трябва да е най-много ${max} знака`);
  return trimmed;
}

export const optionalText = (value: string | undefined | null, field: string, max = 4000): string | null | undefined =>
  value === undefined || value === null ? value : value.trim() === '' ? null : text(value, field, max);

/** Optimistic concurrency: the caller changes what it read (`given`), else CONFLICT on field `version`. */
export function assertVersion(current: number, given: number, what: string, messageBg: string): void {
  if (current !== given) {
    throw new ConflictError(`The ${what} changed since you read it (version ${given}, now ${current}): read it again and retry.`, {
      messageBg,
      details: { field: 'version' },
    });
  }
}

export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && countries.isValid(code);
