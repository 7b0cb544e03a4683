import { formatDate } from '../i18n.js';

/** A day as dd.mm.yyyy in a <time> element (its ISO date for machines), or a dash when there is none. */
export const dateOrNone = (iso: string | null | undefined) => (iso ? <time dateTime={iso}>{formatDate(iso)}</time> : '—');
