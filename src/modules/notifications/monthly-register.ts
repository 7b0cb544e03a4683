import { createHash } from 'node:crypto';
import { Temporal } from '@js-temporal/polyfill';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DataClass } from '../../access/policy.js';
import { ZONE } from '../../shared/dates.js';
import { toCsv } from '../../shared/csv.js';
import { AgreementStatus } from '../../domain/agreements.js';
import { cellKeySql, perturb } from '../statistics/cell-key.js';
import { Notification } from './notification.entity.js';
import { NotificationKind } from '../../domain/notifications.js';
import { send } from './notification.events.js';

/** The month before the given instant's month, in Europe/Sofia, as YYYY-MM. */
export const previousMonth = (now = Temporal.Now.instant()): string =>
  now.toZonedDateTimeISO(ZONE).toPlainDate().toPlainYearMonth().subtract({ months: 1 }).toString();

/** One report per month: its subject id is derived from the month, so a second run finds the first. */
const monthId = (month: string) => {
  const h = createHash('sha256').update(`monthly-register:${month}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const COLUMNS_COUNTED = ['concluded', 'active', 'terminated'] as const;
type Column = (typeof COLUMNS_COUNTED)[number];
type Row = { code: string | null; registered: boolean | null; g: number } & Record<`${Column}_n` | `${Column}_k`, number>;

/**
 * Art. 13(5): SAR's register of municipalities and agreements (Art. 13(4)) goes to NSORB every month:
 * the municipalities that applied, whether registered, and per municipality the agreements concluded
 * and terminated in the month and active at its end. Counts are aggregates (STATS), published by the
 * cell-key method (docs/indicators.md): each count, and each column's total over the municipalities
 * listed (a cell of its own, not the sum of the published ones), is perturbed by its agreements' record
 * keys, and suppressed when that is under the threshold. A true zero is published as 0.
 */
export async function monthlyRegister(em: EntityManager, month: string, threshold: number): Promise<MonthlyRegister> {
  const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 });
  const [from, to] = [first.toString(), first.add({ months: 1 }).subtract({ days: 1 }).toString()];
  const counted: Record<Column, { sql: string; params: string[] }> = {
    concluded: { sql: `a.status <> '${AgreementStatus.DRAFT}' and a.signed_on between ? and ?`, params: [from, to] },
    active: {
      sql: `a.status <> '${AgreementStatus.DRAFT}' and a.signed_on <= ? and a.ends_on >= ? and coalesce(a.terminated_on, a.transferred_on, 'infinity') > ?`,
      params: [to, to, to],
    },
    terminated: { sql: 'a.terminated_on between ? and ?', params: [from, to] },
  };
  // Each column's count and key sum per municipality (g = 0) and over all of them (g = 1), in one pass.
  // On the caller's transaction when there is one: the register is one snapshot.
  const rows = await em.execute<Row[]>(
    `select ma.code, ma.registered, grouping(ma.code, ma.registered) <> 0 as g,
        ${COLUMNS_COUNTED.map((c) => `count(a.id) filter (where ${counted[c].sql})::int as ${c}_n, ${cellKeySql('a.record_key', counted[c].sql)} as ${c}_k`).join(',\n        ')}
       from (select municipality_code as code, bool_or(status = 'REGISTERED') as registered from municipality_application where submitted_on <= ? group by 1) ma
       left join agreement a on a.municipality_code = ma.code
       group by grouping sets ((ma.code, ma.registered), ()) order by g, ma.code`,
    [...COLUMNS_COUNTED.flatMap((c) => [...counted[c].params, ...counted[c].params]), to],
  );
  const published = (r: Row, c: Column) => perturb(r[`${c}_n`], r[`${c}_k`], threshold).count;
  const total = rows.find((r) => r.g)!;
  return {
    month,
    threshold,
    totals: { concluded: published(total, 'concluded'), active: published(total, 'active'), terminated: published(total, 'terminated') },
    municipalities: rows
      .filter((r) => !r.g)
      .map((r) => ({
        code: r.code!,
        registered: r.registered!,
        // null: suppressed (perturbed under the threshold); 0 is a real zero.
        concluded: published(r, 'concluded'),
        active: published(r, 'active'),
        terminated: published(r, 'terminated'),
      })),
  };
}

type Count = number | null;
export interface MonthlyRegister {
  month: string;
  threshold: number;
  totals: { concluded: Count; active: Count; terminated: Count };
  municipalities: { code: string; registered: boolean; concluded: Count; active: Count; terminated: Count }[];
}

/** The month's register as a notification to NSORB, once per month (the scheduled job calls it). */
export async function produceMonthlyRegister(em: EntityManager, month: string, threshold: number): Promise<Notification> {
  const subjectId = monthId(month);
  const existing = await em.findOne(Notification, { kind: NotificationKind.MONTHLY_REGISTER, subjectId });
  if (existing) return existing;
  const value = await monthlyRegister(em, month, threshold);
  const [notification] = send(em, {
    kind: NotificationKind.MONTHLY_REGISTER,
    sender: 'SAR',
    recipients: [['NSORB', 'Art. 13(5)']],
    subject: { type: 'MonthlyRegister', id: subjectId },
    sections: [{ dataClass: DataClass.STATS, key: 'register', value }],
  });
  await em.flush();
  return notification!;
}

const COLUMNS = {
  en: ['Municipality', 'Registered', 'Concluded in the month', 'Active at its end', 'Terminated in the month'],
  bg: ['Община', 'Вписана в регистъра', 'Сключени през месеца', 'Действащи в края на месеца', 'Прекратени през месеца'],
};

/** The register as CSV (RFC 4180), with English or Bulgarian headers; the counts as published (perturbed), suppressed ones say so. */
export function monthlyRegisterCsv(register: MonthlyRegister, lang: 'en' | 'bg'): string {
  const hidden = lang === 'bg' ? 'скрито' : 'suppressed';
  const yes = lang === 'bg' ? ['да', 'не'] : ['yes', 'no'];
  const n = (v: Count) => (v === null ? hidden : String(v));
  const rows = [COLUMNS[lang], ...register.municipalities.map((m) => [m.code, m.registered ? yes[0]! : yes[1]!, n(m.concluded), n(m.active), n(m.terminated)])];
  rows.push([lang === 'bg' ? 'Общо' : 'Total', '', n(register.totals.concluded), n(register.totals.active), n(register.totals.terminated)]);
  return toCsv(rows);
}
