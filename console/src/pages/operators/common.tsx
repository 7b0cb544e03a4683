import { formatDate, useLanguage, useStrings } from '../../i18n.js';
import { operatorsStrings } from './strings.js';

export const useOperatorsStrings = () => useStrings(operatorsStrings);

/** dd.mm.yyyy hh:mm:ss, in Bulgaria (Europe/Sofia): the console's dates with the time the log and attempts need. */
function formatDateTime(iso: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Sofia', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
  return `${formatDate(iso)} ${time}`;
}

export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/**
 * A day (yyyy-mm-dd) as the instant it starts, or ends (`end`), in Bulgaria: the access log's
 * `from`/`to` are instants. What is not a day is passed on as typed, for the hub to refuse.
 */
export function dayBoundary(day: string, end = false): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Sofia', timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((p) => p.type === 'timeZoneName')?.value;
  const zone = offset?.replace('GMT', '') || 'Z';
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}${zone}`).toISOString();
}

/** An institution's name in the reader's language (Bulgarian where there is no English one). */
export function useInstitutionName() {
  const language = useLanguage();
  return (i: { nameBg: string; nameEn?: string | null }) => (language === 'en' ? (i.nameEn ?? i.nameBg) : i.nameBg);
}
