import { Temporal } from '@js-temporal/polyfill';
import { BadUserInputError } from './errors.js';

/** The law's days are calendar days in Bulgaria: every date and deadline is computed in this zone. */
export const ZONE = 'Europe/Sofia';

/** A calendar date, ISO 8601 `YYYY-MM-DD`, as PostgreSQL `date` columns hold it. */
export type CalendarDate = string;

const dayAt = (now: Temporal.Instant): CalendarDate => now.toZonedDateTimeISO(ZONE).toPlainDate().toString();

// Read paths ask for today once per row (agreement status): compute it at most once a second.
let cached = { at: -Infinity, day: '' };
export function todayInSofia(now?: Temporal.Instant): CalendarDate {
  if (now) return dayAt(now);
  const ms = Date.now();
  if (ms - cached.at >= 1000) cached = { at: ms, day: dayAt(Temporal.Now.instant()) };
  return cached.day;
}

/** The form of a calendar date, YYYY-MM-DD (whether the day exists is parseDate's question). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The years a date given to the API may fall in. PostgreSQL refuses the year 0000 and the law's
 * dates (births, decisions, agreements) need nothing outside these.
 */
export const YEARS = { min: 1900, max: 2100 } as const;
export const inYears = (date: Temporal.PlainDate): boolean => date.year >= YEARS.min && date.year <= YEARS.max;

/** Parses a `YYYY-MM-DD` string into a real calendar date, or says what is wrong with it. */
export function parseDate(value: string, field = 'date'): Temporal.PlainDate {
  if (!ISO_DATE.test(value)) {
    throw new BadUserInputError(`${field} must be a calendar date written YYYY-MM-DD, got '${value}'.`, {
      messageBg: `${field} трябва да бъде дата във формат ГГГГ-ММ-ДД.`,
      details: { field },
    });
  }
  let date: Temporal.PlainDate;
  try {
    date = Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new BadUserInputError(`${field} '${value}' is not a date in the calendar.`, {
      messageBg: `${field} '${value}' не е съществуваща дата.`,
      details: { field },
    });
  }
  if (!inYears(date)) {
    throw new BadUserInputError(`${field} '${value}' is outside the years ${YEARS.min}–${YEARS.max}.`, {
      messageBg: `${field} '${value}' е извън годините ${YEARS.min}–${YEARS.max}.`,
      details: { field },
    });
  }
  return date;
}

const plain = (d: CalendarDate) => Temporal.PlainDate.from(d);

/**
 * A value the client may leave out. GraphQL hands a resolver `undefined` for an omitted nullable argument
 * or input field but `null` for an explicit `null`; the schema declares both allowed, so both mean
 * "not given" (issue 17: `forwardedOn: null` was refused as a malformed date).
 */
export type Omittable<T> = T | null | undefined;

/** A day the caller gives for something that happened (default today in Europe/Sofia, also for null); never in the future. */
export function dayOf(value: Omittable<string>, field: string): CalendarDate {
  const today = todayInSofia();
  if (value == null) return today;
  parseDate(value, field);
  if (compareDates(value, today) > 0) {
    throw new BadUserInputError(`${field}: is in the future`, { messageBg: `${field}: е в бъдещето`, details: { field } });
  }
  return value;
}

export const addDays = (d: CalendarDate, days: number): CalendarDate => plain(d).add({ days }).toString();
/** Adds whole years; 29 February becomes 28 February in a common year. */
export const addYears = (d: CalendarDate, years: number): CalendarDate => plain(d).add({ years }).toString();
/**
 * Two calendar dates in order (negative, 0, positive). `YYYY-MM-DD` strings sort as their days do,
 * so no parsing: read paths compare a date on every row (an agreement's status).
 */
export const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Age in whole years on a date (a person is 18 from the 18th birthday on). */
export const ageOn = (birthDate: CalendarDate, on: CalendarDate): number => plain(birthDate).until(plain(on), { largestUnit: 'year' }).years;
