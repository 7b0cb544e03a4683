import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { statisticsScope } from '../../access/scopes.js';
import { dayOf, parseDate, todayInSofia } from '../../shared/dates.js';
import { suppressSmallCells } from '../../shared/suppression.js';
import { check } from '../../shared/validate.js';
import { AgreementStatus } from '../agreements/agreement.enums.js';
import { assertMunicipalityCode, assertProvinceCode } from '../reference/reference-data.js';
import { AgreementDimension, type AgreementStatisticsCellType, type AgreementStatisticsFilter, type AgreementStatisticsType } from './statistics.types.js';

/** Agreements in term past their last day read as COMPLETED (agreement.service effectiveStatus), in SQL. */
const EFFECTIVE_STATUS = `case when a.status in ('${AgreementStatus.ACTIVE}', '${AgreementStatus.EXTENDED}') and a.ends_on < ?::date then '${AgreementStatus.COMPLETED}' else a.status end`;

/** Each dimension: its SQL (over agreement a, holder h, municipality mu), the cell field, and whether it needs the day. */
const DIMENSIONS: Record<AgreementDimension, { sql: string; field: keyof AgreementStatisticsCellType; day?: true }> = {
  CITIZENSHIP: { sql: "case when h.stateless then 'STATELESS' else h.citizenship end", field: 'citizenship' },
  PROTECTION_KIND: { sql: 'h.protection_kind', field: 'protectionKind' },
  SEX: { sql: 'h.sex', field: 'sex' },
  // Age in whole years on the period's end.
  AGE_GROUP: {
    sql: `case when date_part('year', age(?::date, h.birth_date)) < 7 then 'AGE_0_6'
      when date_part('year', age(?::date, h.birth_date)) < 14 then 'AGE_7_13'
      when date_part('year', age(?::date, h.birth_date)) < 18 then 'AGE_14_17'
      when date_part('year', age(?::date, h.birth_date)) < 35 then 'AGE_18_34'
      when date_part('year', age(?::date, h.birth_date)) < 65 then 'AGE_35_64' else 'AGE_65_PLUS' end`,
    field: 'ageGroup',
    day: true,
  },
  PROVINCE: { sql: 'mu.province_code', field: 'provinceCode' },
  MUNICIPALITY: { sql: 'a.municipality_code', field: 'municipalityCode' },
  STATUS: { sql: EFFECTIVE_STATUS, field: 'status', day: true },
};

const placeholders = (sql: string) => sql.split('?').length - 1;

export const statisticsService = {
  /** Counts in SQL (GROUP BY), within the caller's STATS scope; small groups suppressed. */
  async agreements(
    em: EntityManager,
    principal: Principal,
    groupBy: AgreementDimension[],
    filter: AgreementStatisticsFilter = {},
    threshold: number,
  ): Promise<AgreementStatisticsType> {
    const dims = [...new Set(groupBy)];
    const today = todayInSofia();
    const periodEnd = filter.signedTo ? (parseDate(filter.signedTo, 'filter.signedTo'), filter.signedTo) : today;
    const scope = statisticsScope(principal);
    const where = [`a.status <> '${AgreementStatus.DRAFT}'`, scope.sql];
    const params: unknown[] = [...scope.params];
    if (filter.status) {
      where.push(`(${EFFECTIVE_STATUS}) = ?`);
      params.push(today, filter.status);
    }
    if (filter.provinceCode) {
      where.push('mu.province_code = ?');
      params.push(assertProvinceCode(filter.provinceCode, 'filter.provinceCode'));
    }
    if (filter.municipalityCode) {
      where.push('a.municipality_code = ?');
      params.push(assertMunicipalityCode(filter.municipalityCode, 'filter.municipalityCode'));
    }
    if (filter.signedFrom) {
      where.push('a.signed_on >= ?');
      params.push(dayOf(filter.signedFrom, 'filter.signedFrom'));
    }
    if (filter.signedTo) {
      check(!filter.signedFrom || filter.signedFrom <= filter.signedTo, 'filter.signedTo', 'is before signedFrom');
      where.push('a.signed_on <= ?');
      params.push(periodEnd);
    }
    const selectParams: unknown[] = [];
    const select = dims.map((d, i) => {
      const { sql, day } = DIMENSIONS[d];
      // STATUS is as of today; ages as of the period's end.
      if (day) selectParams.push(...Array<string>(placeholders(sql)).fill(d === AgreementDimension.STATUS ? today : periodEnd));
      return `${sql} as d${i}`;
    });
    const sql =
      `select ${[...select, 'count(*)::int as n'].join(', ')} from agreement a join beneficiary h on h.id = a.holder_id` +
      ` join municipality mu on mu.code = a.municipality_code where ${where.join(' and ')}` +
      (dims.length ? ` group by ${dims.map((_, i) => i + 1).join(', ')} order by ${dims.map((_, i) => i + 1).join(', ')}` : '');
    const rows = await em.getConnection().execute<Record<string, string | number | null>[]>(sql, [...selectParams, ...params]);
    const counted = rows.filter((r) => Number(r.n) > 0).map((r) => ({ key: r, count: Number(r.n) }));
    const { cells, total } = suppressSmallCells(counted, threshold);
    return {
      groupBy: dims,
      threshold,
      total,
      cells: dims.length
        ? cells.map(({ key, count, suppressed }) => {
            const cell: Record<string, unknown> = { count, suppressed };
            dims.forEach((d, i) => (cell[DIMENSIONS[d].field] = key[`d${i}`]));
            return cell as unknown as AgreementStatisticsCellType;
          })
        : [],
    };
  },
};
