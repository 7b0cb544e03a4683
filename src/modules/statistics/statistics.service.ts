import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { statisticsScope } from '../scopes.js';
import { dayOf, parseDate, todayInSofia } from '../../shared/dates.js';
import { check } from '../../shared/validate.js';
import { AgreementStatus } from '../../domain/agreements.js';
import { aggregate, PERSON_FACTS, placeConditions } from './aggregate.js';
import { AgreementDimension, type AgreementStatisticsCellType, type AgreementStatisticsFilter, type AgreementStatisticsType } from './statistics.types.js';

/** Agreements in term past their last day read as COMPLETED (agreement.service effectiveStatus), in SQL. */
const EFFECTIVE_STATUS = `case when a.status in ('${AgreementStatus.ACTIVE}', '${AgreementStatus.EXTENDED}') and a.ends_on < ?::date then '${AgreementStatus.COMPLETED}' else a.status end`;

export const statisticsService = {
  /** Counts agreements in SQL, within the caller's STATS scope, published by the cell-key method (cell-key.ts). */
  async agreements(
    em: EntityManager,
    principal: Principal,
    groupBy: AgreementDimension[],
    filter: AgreementStatisticsFilter = {},
    threshold: number,
  ): Promise<AgreementStatisticsType> {
    const dims = [...new Set(groupBy)];
    const today = todayInSofia();
    // Ages on the period's end; status as of today.
    if (filter.signedTo) parseDate(filter.signedTo, 'filter.signedTo');
    const periodEnd = filter.signedTo ?? today;
    const scope = statisticsScope(principal);
    const where = [`a.status <> '${AgreementStatus.DRAFT}'`, scope.sql];
    const params: unknown[] = [periodEnd, today, ...scope.params];
    if (filter.status) {
      where.push(`(${EFFECTIVE_STATUS}) = ?`);
      params.push(today, filter.status);
    }
    const place = placeConditions(filter, 'filter.');
    where.push(...place.sql);
    params.push(...place.params);
    if (filter.signedFrom) {
      where.push('a.signed_on >= ?');
      params.push(dayOf(filter.signedFrom, 'filter.signedFrom'));
    }
    if (filter.signedTo) {
      check(!filter.signedFrom || filter.signedFrom <= filter.signedTo, 'filter.signedTo', 'is before signedFrom');
      where.push('a.signed_on <= ?');
      params.push(periodEnd);
    }
    const facts = {
      sql:
        `select a.id as unit, a.record_key as key, ${PERSON_FACTS}, ${EFFECTIVE_STATUS} as status from agreement a join beneficiary h on h.id = a.holder_id` +
        ` join municipality mu on mu.code = a.municipality_code where ${where.join(' and ')}`,
      params,
      // An agreement has one holder and one municipality: one row per agreement.
      oneRowPerUnit: true,
    };
    const { cells, total } = await aggregate(em, facts, dims, threshold);
    return {
      groupBy: dims,
      threshold,
      total,
      cells: cells as unknown as AgreementStatisticsCellType[],
    };
  },
};
