import { Temporal } from '@js-temporal/polyfill';
import { DataClass, mayRead } from '../../access/policy.js';
import { roleOfInstitution } from '../../domain/institutions.js';
import { ZONE, type CalendarDate } from '../../shared/dates.js';

/**
 * Who is told what, under which article, by when. The Ordinance sets one deadline (Art. 31(2):
 * 7 days); where it sets none the hub gives HUB_DEFAULT_DAYS, so that nothing waits unseen.
 */
const HUB_DEFAULT_DAYS = 3;
const HUB_DEFAULT_BASIS = `hub default: ${HUB_DEFAULT_DAYS} days (the Ordinance sets no deadline)`;

export interface Due {
  by: Date;
  basis: string;
}

/** The end of the day `days` after `from`, in Europe/Sofia: "within N days" of the law. */
export function endOfDayAfter(from: CalendarDate, days: number): Date {
  const end = Temporal.PlainDate.from(from)
    .add({ days })
    .toZonedDateTime({ timeZone: ZONE, plainTime: Temporal.PlainTime.from('23:59:59') });
  return new Date(end.epochMilliseconds);
}

export const hubDefaultDue = (today: CalendarDate): Due => ({ by: endOfDayAfter(today, HUB_DEFAULT_DAYS), basis: HUB_DEFAULT_BASIS });

/** A part of a notification's content, of one data class: a recipient gets the parts its role may read. */
export interface Section {
  dataClass: DataClass;
  key: string;
  value: unknown;
}

/** docs/policy.md, "Notifications": "a payload limited to what the recipient's statutory view allows". */
export function contentFor(recipientCode: string, sections: readonly Section[]): Record<string, unknown> {
  const role = roleOfInstitution(recipientCode);
  return Object.fromEntries(sections.filter((s) => s.dataClass === DataClass.PUBLIC || mayRead(role, s.dataClass)).map((s) => [s.key, s.value]));
}
