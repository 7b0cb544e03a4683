import { registerEnumType } from 'type-graphql';

/** What happened, and so whom the Ordinance says to tell (notification.rules.ts). */
export enum NotificationKind {
  AGREEMENT_CONCLUDED = 'AGREEMENT_CONCLUDED',
  AGREEMENT_TERMINATED = 'AGREEMENT_TERMINATED',
  AGREEMENT_EXTENDED = 'AGREEMENT_EXTENDED',
  AGREEMENT_TRANSFERRED = 'AGREEMENT_TRANSFERRED',
  OFFENCE_REPORTED = 'OFFENCE_REPORTED',
  APPLICATION_FORWARDED = 'APPLICATION_FORWARDED',
  OBJECTION_FILED = 'OBJECTION_FILED',
  OBJECTION_DECIDED = 'OBJECTION_DECIDED',
  MONTHLY_REGISTER = 'MONTHLY_REGISTER',
  CHILD_REFERRAL = 'CHILD_REFERRAL',
  CHILD_MISSING = 'CHILD_MISSING',
  CHILD_FOUND = 'CHILD_FOUND',
  CHILD_COMING_OF_AGE = 'CHILD_COMING_OF_AGE',
  ASSESSMENT_AWAITING_APPROVAL = 'ASSESSMENT_AWAITING_APPROVAL',
  REFERRAL_ANSWERED = 'REFERRAL_ANSWERED',
  ASSESSMENT_DECIDED = 'ASSESSMENT_DECIDED',
  CHILD_PLACED = 'CHILD_PLACED',
  CASE_CLOSED = 'CASE_CLOSED',
  REFERRAL_REVOKED = 'REFERRAL_REVOKED',
  PARTICIPATION_ENDED = 'PARTICIPATION_ENDED',
  VISIT_FOLLOW_UP_OVERDUE = 'VISIT_FOLLOW_UP_OVERDUE',
  POSSIBLE_DUPLICATE = 'POSSIBLE_DUPLICATE',
  CASES_MERGED = 'CASES_MERGED',
  OVERDUE_ESCALATED = 'OVERDUE_ESCALATED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What the notification tells; `article` names the rule it serves.' });

/** How a notification reached its recipient first. */
export enum DeliveryChannel {
  /** The recipient's webhook answered 2xx. */
  WEBHOOK = 'WEBHOOK',
  /** The recipient read it: inbox query, subscription push, or acknowledgement. */
  HUB = 'HUB',
}
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });

export enum AttemptOutcome {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ERROR = 'ERROR',
}
registerEnumType(AttemptOutcome, {
  name: 'AttemptOutcome',
  valuesConfig: {
    ACCEPTED: { description: 'The endpoint answered 2xx.' },
    REJECTED: { description: 'The endpoint answered with another status.' },
    ERROR: { description: 'No answer: connection refused, timeout, or an address the hub may not call.' },
  },
});
