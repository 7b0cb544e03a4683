import { addDays, addYears, compareDates, type CalendarDate } from '../../shared/dates.js';
import { BadUserInputError, DeadlinePassedError } from '../../shared/errors.js';
import type { Beneficiary } from '../beneficiaries/beneficiary.entity.js';

const TRANSITIONAL_FROM = '2014-07-01';
const ORDINANCE_IN_FORCE = '2017-07-25';

/**
 * Art. 16: a foreigner applies during the protection procedure, or within 14 days after the
 * decision granting protection is served. §3: protection granted after 1 July 2014, before the
 * Ordinance came into force (25 July 2017): no later than three years after receiving the decision.
 */
export function checkApplicationWindow(applicant: Beneficiary, submittedOn: CalendarDate): void {
  if (!applicant.protectionKind) return; // Art. 16: during the procedure
  const served = applicant.protectionDecisionServedOn;
  const decided = applicant.protectionDecisionDate!;
  if (!served) {
    throw new BadUserInputError('applicantId: record when the protection decision was served on the applicant first: Art. 16 counts 14 days from that day.', {
      messageBg: 'Въведете датата на връчване на решението: срокът по чл. 16 е 14 дни от връчването.',
      details: { field: 'applicantId' },
    });
  }
  const art16Deadline = addDays(served, 14);
  if (compareDates(submittedOn, art16Deadline) <= 0) return;
  const transitional = compareDates(decided, TRANSITIONAL_FROM) > 0 && compareDates(decided, ORDINANCE_IN_FORCE) < 0;
  const transitionalDeadline = addYears(served, 3);
  if (transitional && compareDates(submittedOn, transitionalDeadline) <= 0) return;
  throw new DeadlinePassedError(
    transitional
      ? `§3 of the Ordinance: protection granted after 1 July 2014 allows an application no later than three years after the decision was received (received ${served}, last day ${transitionalDeadline}); submitted ${submittedOn}.`
      : `Art. 16: an application is accepted during the protection procedure and within 14 days after the decision is served (served ${served}, last day ${art16Deadline}); submitted ${submittedOn}.`,
    {
      messageBg: transitional
        ? `§ 3: заявление се подава не по-късно от три години след получаване на решението (последен ден ${transitionalDeadline}).`
        : `Чл. 16: заявление се подава по време на производството и в 14-дневен срок след връчване на решението (последен ден ${art16Deadline}).`,
      details: { article: transitional ? '§3' : 'Art. 16', deadline: transitional ? transitionalDeadline : art16Deadline },
    },
  );
}
