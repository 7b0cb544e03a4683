import { Migration } from '@mikro-orm/migrations';

export class Migration20261201002105_possible_duplicate_notice extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'REFERRAL_ANSWERED', 'ASSESSMENT_DECIDED', 'CHILD_PLACED', 'CASE_CLOSED', 'REFERRAL_REVOKED', 'PARTICIPATION_ENDED', 'VISIT_FOLLOW_UP_OVERDUE', 'POSSIBLE_DUPLICATE', 'OVERDUE_ESCALATED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'REFERRAL_ANSWERED', 'ASSESSMENT_DECIDED', 'CHILD_PLACED', 'CASE_CLOSED', 'REFERRAL_REVOKED', 'PARTICIPATION_ENDED', 'VISIT_FOLLOW_UP_OVERDUE', 'OVERDUE_ESCALATED'));`);
  }

}
