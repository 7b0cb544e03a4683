import type { EntityManager } from '@mikro-orm/postgresql';
import { runPrepared } from '../../db/prepared.js';
import { cellKeySql, perturb } from './cell-key.js';
import { assertMunicipalityCode, assertProvinceCode } from '../../domain/reference-data.js';

/**
 * Aggregates of the hub, computed in SQL: a `facts` query gives one row per counted thing with the
 * columns below, and the groups and the total are counted over it in one statement.
 *   unit         what is counted (an agreement, a person): counted distinct
 *   key          the unit's record key (cell-key.ts): summed per cell, once per unit
 *   citizenship  ISO code or STATELESS      protection_kind, sex
 *   age          whole years on the period's end
 *   province_code, municipality_code, and status or service where the facts have them
 * The children's mechanism (children.indicators.ts) adds its own columns: nationality, separation,
 * identified_by, placement, closing_reason, referral_type, referral_outcome, assessment_kind, assessed_by,
 * and an age that may be unknown (null).
 */
const AGE_GROUPS = ['AGE_0_6', 'AGE_7_13', 'AGE_14_17', 'AGE_18_34', 'AGE_35_64', 'AGE_65_PLUS'] as const;

/**
 * A child's age group (AP II.8 breakdowns): the school stages, those who came of age by the period's end,
 * and those whose age is not known — a group of its own, never guessed into another.
 */
const CHILD_AGE_GROUPS = ['AGE_0_6', 'AGE_7_13', 'AGE_14_17', 'AGE_18_PLUS', 'UNKNOWN'] as const;

const DIMENSION_SQL = {
  CITIZENSHIP: 'citizenship',
  PROTECTION_KIND: 'protection_kind',
  SEX: 'sex',
  AGE_GROUP: `case when age < 7 then 'AGE_0_6' when age < 14 then 'AGE_7_13' when age < 18 then 'AGE_14_17'
    when age < 35 then 'AGE_18_34' when age < 65 then 'AGE_35_64' else 'AGE_65_PLUS' end`,
  PROVINCE: 'province_code',
  MUNICIPALITY: 'municipality_code',
  STATUS: 'status',
  SERVICE: 'service',
  // The children's mechanism (AP II.6, II.8, I.15.1): unknown values come as 'UNKNOWN' from the facts.
  CHILD_AGE_GROUP: `case when age is null then 'UNKNOWN' when age < 7 then 'AGE_0_6' when age < 14 then 'AGE_7_13' when age < 18 then 'AGE_14_17' else 'AGE_18_PLUS' end`,
  NATIONALITY: 'nationality',
  SEPARATION: 'separation',
  IDENTIFIED_BY: 'identified_by',
  PLACEMENT: 'placement',
  CLOSING_REASON: 'closing_reason',
  REFERRAL_TYPE: 'referral_type',
  REFERRAL_OUTCOME: 'referral_outcome',
  ASSESSMENT_KIND: 'assessment_kind',
  ASSESSED_BY: 'assessed_by',
} as const;
export type Dimension = keyof typeof DIMENSION_SQL;

/** The field of a result cell that carries each dimension (AgreementStatisticsCell, IndicatorCell). */
export const CELL_FIELD: Record<Dimension, string> = {
  CITIZENSHIP: 'citizenship',
  PROTECTION_KIND: 'protectionKind',
  SEX: 'sex',
  AGE_GROUP: 'ageGroup',
  PROVINCE: 'provinceCode',
  MUNICIPALITY: 'municipalityCode',
  STATUS: 'status',
  SERVICE: 'service',
  CHILD_AGE_GROUP: 'ageGroup',
  NATIONALITY: 'nationality',
  SEPARATION: 'separation',
  IDENTIFIED_BY: 'identifiedBy',
  PLACEMENT: 'placement',
  CLOSING_REASON: 'closingReason',
  REFERRAL_TYPE: 'referralType',
  REFERRAL_OUTCOME: 'referralOutcome',
  ASSESSMENT_KIND: 'assessmentKind',
  ASSESSED_BY: 'assessedBy',
};

/** Dimensions whose groups go in their own order (youngest first), not by their names. */
const RANKED: Partial<Record<Dimension, readonly string[]>> = { AGE_GROUP: AGE_GROUPS, CHILD_AGE_GROUP: CHILD_AGE_GROUPS };

/** Where: a province and a municipality filter over `mu` and `a`, checked as codes (BAD_USER_INPUT naming `field`). */
export function placeConditions(codes: { provinceCode?: string; municipalityCode?: string }, fieldPrefix = ''): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (codes.provinceCode) {
    sql.push('mu.province_code = ?');
    params.push(assertProvinceCode(codes.provinceCode, `${fieldPrefix}provinceCode`));
  }
  if (codes.municipalityCode) {
    sql.push('a.municipality_code = ?');
    params.push(assertMunicipalityCode(codes.municipalityCode, `${fieldPrefix}municipalityCode`));
  }
  return { sql, params };
}

/** The holder's or person's columns every facts query selects (over beneficiary `h`, agreement `a`, municipality `mu`). */
export const PERSON_FACTS = `case when h.stateless then 'STATELESS' else h.citizenship end as citizenship, h.protection_kind, h.sex,
  date_part('year', age(?::date, h.birth_date))::int as age, mu.province_code, a.municipality_code`;

/** A group: its dimensions' values under their cell fields (CELL_FIELD), its published count, and whether it is suppressed. */
export type Cell = Record<string, string | number | boolean | null> & { count: number | null; suppressed: boolean };

/**
 * Counts a `facts` query by the dimensions, with the cell-key method (cell-key.ts, docs/indicators.md):
 * each group and the total are counted in SQL with the sum of their units' record keys, and published
 * perturbed by the table. The total is a cell of its own (distinct units over all groups), not a sum.
 */
export async function aggregate(
  em: EntityManager,
  /**
   * `unit`: what is counted; `key`: its record key (one per unit). `oneRowPerUnit`: each unit is one
   * row of the facts, so no distinct is needed.
   */
  facts: { sql: string; params: unknown[]; oneRowPerUnit?: boolean },
  dims: readonly Dimension[],
  threshold: number,
): Promise<{ cells: Cell[]; total: number | null }> {
  const exprs = dims.map((d) => DIMENSION_SQL[d]);
  const distinct = facts.oneRowPerUnit ? '' : 'distinct';
  // A unit counts once per group and once in the total (a person using two services is in two
  // SERVICE groups): each is counted over its own distinct units, so its key sum is over them too.
  // Over `units` when it exists: `facts` is then read once, so PostgreSQL inlines it and computes only
  // the facts the dimensions use (read twice, it was materialized with every fact: ages, statuses).
  const total = (from: string) => `select ${dims.map(() => 'null').join(', ')}${dims.length ? ', ' : ''}count(*)::int as n, ${cellKeySql('key')} as k, 1 as g
    from (select ${distinct} unit, key from ${from}) units`;
  const sql = dims.length
    ? `with facts as (${facts.sql}),
         units as (select ${distinct} unit, key, ${exprs.map((e, i) => `${e} as d${i}`).join(', ')} from facts)
       select ${exprs.map((_, i) => `d${i}`).join(', ')}, count(*)::int as n, ${cellKeySql('key')} as k, 0 as g from units group by ${exprs.map((_, i) => `d${i}`).join(', ')}
       union all ${total('units')}
       order by g, ${exprs.map((_, i) => `d${i}`).join(', ')}`
    : `with facts as (${facts.sql}) ${total('facts')}`;
  const rows = await runPrepared<Record<string, string | number | null>>(em, { sql, params: facts.params });
  // g = 0: a group of every dimension; g = 1: the grand total.
  const totalRow = rows.find((r) => Number(r.g) !== 0);
  const groups = dims.length ? rows.filter((r) => Number(r.g) === 0) : [];
  // SQL sorted by the values; age groups go youngest first (unknown last), not by their names.
  if (dims.some((d) => RANKED[d])) {
    const value = (r: Record<string, unknown>, i: number): string | number => {
      const ranks = RANKED[dims[i]!];
      return ranks ? ranks.indexOf(r[`d${i}`] as string) : String(r[`d${i}`] ?? '');
    };
    groups.sort((a, b) => {
      for (let i = 0; i < dims.length; i++) {
        const [x, y] = [value(a, i), value(b, i)];
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    });
  }
  return {
    total: perturb(Number(totalRow?.n ?? 0), Number(totalRow?.k ?? 0), threshold).count,
    cells: groups.map((r) => ({
      ...Object.fromEntries(dims.map((d, i) => [CELL_FIELD[d], r[`d${i}`] as string | null])),
      ...perturb(Number(r.n), Number(r.k), threshold),
    })),
  };
}
