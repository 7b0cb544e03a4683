import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { statisticsScope } from '../scopes.js';
import { compareDates, parseDate } from '../../shared/dates.js';
import { check } from '../../shared/validate.js';
import { toCsv } from '../../shared/csv.js';
import { MeasureStatus } from '../../domain/agreements.js';
import { SERVICES } from '../../domain/measure-services.js';
import { aggregate, CELL_FIELD, PERSON_FACTS, placeConditions } from './aggregate.js';
import type { IndicatorCellType, IndicatorQuery, IndicatorResultType } from './indicator.types.js';
import { INDICATORS, IndicatorDimension } from './indicators.js';

/** The query string of the same indicator query, for its CSV (GET /reports/indicator.csv). */
function csvPath(q: IndicatorQuery): string {
  const params = new URLSearchParams({ indicator: q.indicator, from: q.from, to: q.to });
  if (q.groupBy.length) params.set('groupBy', q.groupBy.join(','));
  if (q.provinceCode) params.set('provinceCode', q.provinceCode);
  if (q.municipalityCode) params.set('municipalityCode', q.municipalityCode);
  return `/reports/indicator.csv?${params}`;
}

export const indicatorService = {
  /**
   * docs/indicators.md: a person counts over [from, to] when one of their measures of the indicator's
   * services is IN_PROGRESS with its status recorded on or before `to`, or DONE with its result
   * recorded within the period; children: under 18 on `to`. Distinct persons, in SQL, published by
   * the cell-key method (each person's record key).
   */
  async compute(em: EntityManager, principal: Principal, q: IndicatorQuery, threshold: number): Promise<IndicatorResultType> {
    parseDate(q.from, 'from');
    parseDate(q.to, 'to');
    check(compareDates(q.from, q.to) <= 0, 'to', 'is before from');
    const definition = INDICATORS[q.indicator];
    const dims = [...new Set(q.groupBy)];
    const scope = statisticsScope(principal);
    const where = [
      `m.service in (${definition.services.map(() => '?').join(', ')})`,
      `((m.status = '${MeasureStatus.IN_PROGRESS}' and m.result_recorded_on <= ?) or (m.status = '${MeasureStatus.DONE}' and m.result_recorded_on between ? and ?))`,
      scope.sql,
    ];
    const params: unknown[] = [q.to, ...definition.services, q.to, q.from, q.to, ...scope.params];
    if (definition.childrenOnly) {
      where.push("date_part('year', age(?::date, h.birth_date)) < 18");
      params.push(q.to);
    }
    const place = placeConditions(q);
    where.push(...place.sql);
    params.push(...place.params);
    const facts = {
      sql:
        `select p.beneficiary_id as unit, h.record_key as key, ${PERSON_FACTS}, m.service from measure m join integration_plan p on p.id = m.plan_id` +
        ' join agreement a on a.id = p.agreement_id join municipality mu on mu.code = a.municipality_code' +
        ` join beneficiary h on h.id = p.beneficiary_id where ${where.join(' and ')}`,
      params,
    };
    const { cells, total } = await aggregate(em, facts, dims, threshold);
    return {
      indicator: q.indicator,
      article: definition.article,
      title: definition.en,
      from: q.from,
      to: q.to,
      groupBy: dims,
      threshold,
      total,
      csvPath: csvPath({ ...q, groupBy: dims }),
      cells: cells as unknown as IndicatorCellType[],
    };
  },
};

/** Column headers of the CSV, in English or Bulgarian. */
const HEADERS: Record<IndicatorDimension | 'count', { en: string; bg: string }> = {
  CITIZENSHIP: { en: 'Country of origin', bg: 'Държава на произход' },
  SEX: { en: 'Sex', bg: 'Пол' },
  AGE_GROUP: { en: 'Age group', bg: 'Възрастова група' },
  PROTECTION_KIND: { en: 'Kind of status', bg: 'Вид на статута' },
  SERVICE: { en: 'Kind of service or access', bg: 'Вид услуга или достъп' },
  PROVINCE: { en: 'Province', bg: 'Област' },
  MUNICIPALITY: { en: 'Municipality', bg: 'Община' },
  count: { en: 'Persons', bg: 'Брой лица' },
};

const SUPPRESSED = { en: 'suppressed', bg: 'скрито' };
const TOTAL = { en: 'Total', bg: 'Общо' };

/** The result as CSV (RFC 4180): one row per group, then the total; suppressed cells say so. */
export function indicatorCsv(result: IndicatorResultType, lang: 'en' | 'bg'): string {
  const dims = result.groupBy;
  const label = (d: IndicatorDimension, v: unknown) => (d === IndicatorDimension.SERVICE && lang === 'bg' && v ? SERVICES[v as keyof typeof SERVICES].bg : v);
  const lines = [[...dims.map((d) => HEADERS[d][lang]), HEADERS.count[lang]]];
  for (const cell of result.cells) {
    lines.push([
      ...dims.map((d) => label(d, (cell as unknown as Record<string, unknown>)[CELL_FIELD[d]])),
      cell.suppressed ? SUPPRESSED[lang] : cell.count,
    ] as string[]);
  }
  lines.push([...dims.map((_, i) => (i === 0 ? TOTAL[lang] : '')), result.total === null ? SUPPRESSED[lang] : result.total] as string[]);
  return toCsv(lines);
}
