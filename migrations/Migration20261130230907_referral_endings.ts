import { Migration } from '@mikro-orm/migrations';

export class Migration20261130230907_referral_endings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "child_referral" drop constraint if exists "child_referral_status_check";`);

    this.addSql(`alter table "monitoring_visit" add column "follow_up_overdue_notified_on" date null;`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'REFERRAL_ANSWERED', 'ASSESSMENT_DECIDED', 'CHILD_PLACED', 'CASE_CLOSED', 'REFERRAL_REVOKED', 'PARTICIPATION_ENDED', 'VISIT_FOLLOW_UP_OVERDUE', 'OVERDUE_ESCALATED'));`);

    this.addSql(`alter table "child_referral" add column "revoked_on" date null, add column "revoked_by_code" varchar(40) null, add column "revoke_reason" text null;`);
    this.addSql(`alter table "child_referral" add constraint "child_referral_revoked_by_code_foreign" foreign key ("revoked_by_code") references "institution" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "child_referral" add constraint "child_referral_status_check" check("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'DONE', 'REVOKED'));`);

    this.addSql(`alter table "child_case_participant" drop constraint "child_case_participant_child_case_id_institution_code_unique";`);

    this.addSql(`alter table "child_case_participant" add column "via_referral_id" uuid null, add column "left_on" date null, add column "ended_by_code" varchar(40) null, add column "end_reason" text null;`);
    this.addSql(`alter table "child_case_participant" add constraint "child_case_participant_via_referral_id_foreign" foreign key ("via_referral_id") references "child_referral" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "child_case_participant" add constraint "child_case_participant_ended_by_code_foreign" foreign key ("ended_by_code") references "institution" ("code") on update cascade on delete set null;`);
    this.addSql(`create index "child_case_participant_child_case_id_index" on "child_case_participant" ("child_case_id");`);
    this.addSql(`create unique index "child_case_participant_one_current" on "child_case_participant" ("child_case_id", "institution_code") where "left_on" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "child_case_participant" drop constraint "child_case_participant_via_referral_id_foreign";`);
    this.addSql(`alter table "child_case_participant" drop constraint "child_case_participant_ended_by_code_foreign";`);

    this.addSql(`alter table "child_referral" drop constraint if exists "child_referral_status_check";`);

    this.addSql(`alter table "child_referral" drop constraint "child_referral_revoked_by_code_foreign";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`drop index "child_case_participant_child_case_id_index";`);
    this.addSql(`drop index "child_case_participant_one_current";`);
    this.addSql(`alter table "child_case_participant" drop column "via_referral_id", drop column "left_on", drop column "ended_by_code", drop column "end_reason";`);

    this.addSql(`alter table "child_case_participant" add constraint "child_case_participant_child_case_id_institution_code_unique" unique ("child_case_id", "institution_code");`);

    this.addSql(`alter table "child_referral" drop column "revoked_on", drop column "revoked_by_code", drop column "revoke_reason";`);

    this.addSql(`alter table "child_referral" add constraint "child_referral_status_check" check("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'DONE'));`);

    this.addSql(`alter table "monitoring_visit" drop column "follow_up_overdue_notified_on";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'REFERRAL_ANSWERED', 'ASSESSMENT_DECIDED', 'CHILD_PLACED', 'CASE_CLOSED', 'OVERDUE_ESCALATED'));`);
  }

}
