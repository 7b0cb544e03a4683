import { describe, expect, it } from 'vitest';
import { Temporal } from '@js-temporal/polyfill';
import { previousMonth, produceMonthlyRegister } from '../../src/modules/notifications/monthly-register.js';
import { todayInSofia } from '../../src/shared/dates.js';
import { concludedAgreement } from '../support/flows.js';
import { useTestHub } from '../support/hub.js';

// Art. 13(5): the register (Art. 13(4)) goes to NSORB monthly, as aggregates with small cells suppressed.
const hub = useTestHub();

describe('the monthly register to NSORB (Art. 13(5))', () => {
  it('names the previous month in Sofia time', () => {
    expect(previousMonth(Temporal.Instant.from('2026-03-01T05:00:00Z'))).toBe('2026-02');
    // 23:30 UTC on 31 January is already 1 February in Sofia: the previous month is January.
    expect(previousMonth(Temporal.Instant.from('2026-01-31T23:30:00Z'))).toBe('2026-01');
  });

  it('reports each municipality that applied, its agreements with small counts suppressed, once per month', async () => {
    for (let i = 0; i < 5; i++) await concludedAgreement(hub(), 'KNL29');
    await concludedAgreement(hub(), 'KNL04');
    const month = todayInSofia().slice(0, 7);
    const em = hub().orm.em.fork();
    const report = await em.transactional((tx) => produceMonthlyRegister(tx, month, 5));
    expect(report).toMatchObject({ kind: 'MONTHLY_REGISTER', article: 'Art. 13(5)' });
    expect(report.recipient.code).toBe('NSORB');
    type Counts = { concluded: number | null; active: number | null };
    const register = report.content.register as { month: string; totals: Counts; municipalities: ({ code: string; registered: boolean } & Counts)[] };
    expect(register.month).toBe(month);
    const byCode = new Map(register.municipalities.map((m) => [m.code, m]));
    // Other test files add agreements elsewhere this month: KNL is ours alone. One agreement is
    // always suppressed; five are published unless secondary suppression had to take them too
    // (they may be the smallest published cell nationally, depending on the other files).
    expect(byCode.get('KNL04')).toMatchObject({ registered: true, concluded: null, active: null });
    expect(byCode.get('KNL29')).toMatchObject({ registered: true });
    expect([5, null]).toContain(byCode.get('KNL29')!.concluded);
    for (const key of ['concluded', 'active'] as const) {
      const shown = register.municipalities.map((m) => m[key]).filter((n): n is number => n !== null);
      // Published counts are never below the threshold (zeros single out no one).
      expect(shown.every((n) => n === 0 || n >= 5), key).toBe(true);
      // The total does not give a suppressed cell back by subtraction: the hidden ones hold 5 or more together.
      const total = register.totals[key];
      const hidden = register.municipalities.filter((m) => m[key] === null).length;
      if (total !== null && hidden > 0) expect(total - shown.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
    }
    // A second run of the job for the same month finds the first report.
    const again = await em.fork().transactional((tx) => produceMonthlyRegister(tx, month, 5));
    expect(again.id).toBe(report.id);
    const nsorb = await hub().as({ role: 'NSORB' });
    const inbox = await nsorb.request('{ notifications(filter: { kind: MONTHLY_REGISTER }) { edges { node { id content } } } }');
    expect(JSON.stringify(inbox.data)).toContain(report.id);
  }, 120_000);
});
