import type { FilterQuery } from '@mikro-orm/postgresql';
import { compareDates, todayInSofia } from '../../shared/dates.js';
import { AgreementStatus } from '../../domain/agreements.js';
import type { Agreement } from './agreement.entity.js';

// What agreements' fields compute rather than store, taken alike by the resolvers, the services and
// the JSON read specs (agreement.json.ts).

/** The statuses of an agreement in its term (Art. 3(2), 3(3)), before its last day passes. */
export const IN_TERM = [AgreementStatus.ACTIVE, AgreementStatus.EXTENDED];

/** The person a measure serves, as the caller's organisation's pseudonym (NGOs read no identities). */
export function participantOf(measure: { plan: { beneficiary: { id: string } } }, ctx: { pseudonym: (beneficiaryId: string) => string }): string {
  return ctx.pseudonym(measure.plan.beneficiary.id);
}

/**
 * Expiry is computed on read, not by a job: an ACTIVE or EXTENDED agreement whose last day
 * (endsOn) has passed in Europe/Sofia is COMPLETED. Lists filter with the same rule in SQL.
 */
export function effectiveStatus(agreement: Pick<Agreement, 'status' | 'endsOn'>, today = todayInSofia()): AgreementStatus {
  return IN_TERM.includes(agreement.status) && compareDates(agreement.endsOn, today) < 0 ? AgreementStatus.COMPLETED : agreement.status;
}

export function statusCondition(status: AgreementStatus, today = todayInSofia()): FilterQuery<Agreement> {
  if (status === AgreementStatus.COMPLETED) return { status: { $in: IN_TERM }, endsOn: { $lt: today } };
  if (IN_TERM.includes(status)) return { status, endsOn: { $gte: today } };
  return { status };
}
