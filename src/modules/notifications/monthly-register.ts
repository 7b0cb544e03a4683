import { createHash } from 'node:crypto';
import { Temporal } from '@js-temporal/polyfill';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DataClass } from '../../access/policy.js';
import { ZONE } from '../../shared/dates.js';
import { suppressSmallCells } from '../../shared/suppression.js';
import { toCsv } from '../../shared/csv.js';
import { AgreementStatus } from '../agreements/agreement.enums.js';
import { Notification } from './notification.entity.js';
import { NotificationKind } from './notification.enums.js';
import { send } from './notification.events.js';

/** The month before the given instant's month, in Europe/Sofia, as YYYY-MM. */
export const previousMonth = (now = Temporal.Now.instant()): string => now.toZonedDateTimeISO(ZONE).toPlainDate().toPlainYearMonth().subtract({ months: 1 }).toString();

/** One report per month: its subject id is derived from the month, so a second run finds the first. */
const monthId = (month: string) => {
  const h = createHash('sha256').update(`monthly-register:${month}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

interface Row {
  code: string;
  registered: boolean;
  concluded: number;
  active: number;
  terminated: number;
}

/**
 * Art. 13(5): SAR's register of municipalities and agreements (Art. 13(4)) goes to NSORB every month:
 * the municipalities that applied, whether registered, and per municipality the agreements concluded
 * and terminated in the month and active at its end. Counts are aggregates (STATS): a count of fewer
 * agreements than the threshold is suppressed, column by column (zeros are published).
 */
export async function monthlyRegister(em: EntityManager, month: string, threshold: number): Promise<MonthlyRegister> {
  const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 });
  const [from, to] = [first.toString(), first.add({ months: 1 }).subtract({ days: 1 }).toString()];
  const rows = await em.getConnection().execute<Row[]>(
    `select ma.municipality_code as code, bool_or(ma.status = 'REGISTERED') as registered,
        (select count(*)::int from agreement a where a.municipality_code = ma.municipality_code and a.status <> '${AgreementStatus.DRAFT}' and a.signed_on between ? and ?) as concluded,
        (select count(*)::int from agreement a where a.municipality_code = ma.municipality_code and a.status <> '${AgreementStatus.DRAFT}'
           and a.signed_on <= ? and a.ends_on >= ? and coalesce(a.terminated_on, a.transferred_on, 'infinity') > ?) as active,
        (select count(*)::int from agreement a where a.municipality_code = ma.municipality_code and a.terminated_on between ? and ?) as terminated
       from municipality_application ma where ma.submitted_on <= ? group by ma.municipality_code order by ma.municipality_code`,
    [from, to, to, to, to, from, to, to],
  );
  const column = (key: 'concluded' | 'active' | 'terminated') => {
    const counted = rows.map((r) => ({ key: r.code, count: r[key] }));
    const { cells, total } = suppressSmallCells(counted, threshold);
    return { byCode: new Map(cells.map((c) => [c.key, c.count])), total };
  };
  const [concluded, active, terminated] = [column('concluded'), column('active'), column('terminated')];
  return {
    month,
    threshold,
    totals: { concluded: concluded.total, active: active.total, terminated: terminated.total },
    municipalities: rows.map((r) => ({
      code: r.code,
      registered: r.registered,
      // null: suppressed (fewer than the threshold, or would reveal one); 0 is a real zero.
      concluded: concluded.byCode.get(r.code)!,
      active: active.byCode.get(r.code)!,
      terminated: terminated.byCode.get(r.code)!,
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

/** The register as CSV (RFC 4180), with English or Bulgarian headers; suppressed counts say so. */
export function monthlyRegisterCsv(register: MonthlyRegister, lang: 'en' | 'bg'): string {
  const hidden = lang === 'bg' ? 'скрито' : 'suppressed';
  const yes = lang === 'bg' ? ['да', 'не'] : ['yes', 'no'];
  const n = (v: Count) => (v === null ? hidden : String(v));
  const rows = [COLUMNS[lang], ...register.municipalities.map((m) => [m.code, m.registered ? yes[0]! : yes[1]!, n(m.concluded), n(m.active), n(m.terminated)])];
  rows.push([lang === 'bg' ? 'Общо' : 'Total', '', n(register.totals.concluded), n(register.totals.active), n(register.totals.terminated)]);
  return toCsv(rows);
}
