import { Migration } from '@mikro-orm/migrations';

export class Migration20261201040016_merge_support_idempotency extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "institution_code" text not null, "key" text not null, "operation" text not null, "request_hash" text not null, "result_id" uuid null, constraint "idempotency_key_pkey" primary key ("id"));`);
    this.addSql(`create index "idempotency_key_result_id_index" on "idempotency_key" ("result_id");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_institution_code_key_unique" unique ("institution_code", "key");`);

    this.addSql(`create table "child_methodological_support" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "given_on" date not null, "given_by_code" varchar(40) not null, "given_to_code" varchar(40) null, "summary" text not null, constraint "child_methodological_support_pkey" primary key ("id"));`);
    this.addSql(`create index "child_methodological_support_child_case_id_index" on "child_methodological_support" ("child_case_id");`);

    this.addSql(`alter table "child_methodological_support" add constraint "child_methodological_support_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_methodological_support" add constraint "child_methodological_support_given_by_code_foreign" foreign key ("given_by_code") references "institution" ("code") on update cascade;`);
    this.addSql(`alter table "child_methodological_support" add constraint "child_methodological_support_given_to_code_foreign" foreign key ("given_to_code") references "institution" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "child_case" drop constraint if exists "child_case_closing_reason_check";`);

    this.addSql(`alter table "child_case_status_change" drop constraint if exists "child_case_status_change_closing_reason_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'REFERRAL_ANSWERED', 'ASSESSMENT_DECIDED', 'CHILD_PLACED', 'CASE_CLOSED', 'REFERRAL_REVOKED', 'PARTICIPATION_ENDED', 'VISIT_FOLLOW_UP_OVERDUE', 'POSSIBLE_DUPLICATE', 'CASES_MERGED', 'OVERDUE_ESCALATED'));`);

    this.addSql(`alter table "child_case" add column "merged_into_id" uuid null;`);
    this.addSql(`alter table "child_case" add constraint "child_case_merged_into_id_foreign" foreign key ("merged_into_id") references "child_case" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "child_case" add constraint "child_case_closing_reason_check" check("closing_reason" in ('CAME_OF_AGE', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'WENT_MISSING', 'DUPLICATE', 'OTHER'));`);
    this.addSql(`create index "child_case_merged_into_id_index" on "child_case" ("merged_into_id");`);

    this.addSql(`alter table "child_case_status_change" add constraint "child_case_status_change_closing_reason_check" check("closing_reason" in ('CAME_OF_AGE', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'WENT_MISSING', 'DUPLICATE', 'OTHER'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "child_methodological_support" cascade;`);

    this.addSql(`alter table "child_case" drop constraint if exists "child_case_closing_reason_check";`);

    this.addSql(`alter table "child_case" drop constraint "child_case_merged_into_id_foreign";`);

    this.addSql(`alter table "child_case_status_change" drop constraint if exists "child_case_status_change_closing_reason_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`drop index "child_case_merged_into_id_index";`);
    this.addSql(`alter table "child_case" drop column "merged_into_id";`);

    this.addSql(`alter table "child_case" add constraint "child_case_closing_reason_check" check("closing_reason" in ('CAME_OF_AGE', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'WENT_MISSING', 'OTHER'));`);

    this.addSql(`alter table "child_case_status_change" add constraint "child_case_status_change_closing_reason_check" check("closing_reason" in ('CAME_OF_AGE', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'WENT_MISSING', 'OTHER'));`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'REFERRAL_ANSWERED', 'ASSESSMENT_DECIDED', 'CHILD_PLACED', 'CASE_CLOSED', 'REFERRAL_REVOKED', 'PARTICIPATION_ENDED', 'VISIT_FOLLOW_UP_OVERDUE', 'POSSIBLE_DUPLICATE', 'OVERDUE_ESCALATED'));`);
  }

}
