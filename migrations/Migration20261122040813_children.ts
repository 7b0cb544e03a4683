import { Migration } from '@mikro-orm/migrations';

export class Migration20261122040813_children extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "monitoring_visit" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "centre" text not null, "municipality_code" varchar(5) not null, "visited_on" date not null, "findings" text not null, "recommendations" text not null, "follow_up_due_on" date null, "follow_up" text null, "followed_up_on" date null, constraint "monitoring_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_visit_visited_on_index" on "monitoring_visit" ("visited_on");`);

    this.addSql(`create table "child_case" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "given_name" text null, "family_name" text null, "names_declared" boolean not null default true, "declared_birth_date" date null, "comes_of_age_on" date null, "nationality" varchar(2) null, "languages" text[] not null default '{}', "separation" text check ("separation" in ('UNACCOMPANIED', 'SEPARATED')) not null, "identified_on" date not null, "identified_where" text not null, "identified_by_code" varchar(40) not null, "owner_code" varchar(40) not null, "beneficiary_id" uuid null, "status" text check ("status" in ('IDENTIFIED', 'ASSESSED', 'PLACED', 'CARE_PLAN', 'CLOSED')) not null default 'IDENTIFIED', "closing_reason" text check ("closing_reason" in ('CAME_OF_AGE', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'WENT_MISSING', 'OTHER')) null, "closed_on" date null, "coming_of_age_notified_on" date null, "missing_since" date null, "version" int not null default 1, constraint "child_case_pkey" primary key ("id"));`);
    this.addSql(`create index "child_case_comes_of_age_on_index" on "child_case" ("comes_of_age_on");`);
    this.addSql(`create index "child_case_beneficiary_id_index" on "child_case" ("beneficiary_id");`);
    this.addSql(`create index "child_case_status_index" on "child_case" ("status");`);

    this.addSql(`create table "child_placement" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "kind" text check ("kind" in ('SOCIAL_SERVICE', 'RECEPTION_CENTRE', 'FOSTER_FAMILY')) not null, "provider" text not null, "municipality_code" varchar(5) not null, "from_date" date not null, "to_date" date null, constraint "child_placement_pkey" primary key ("id"));`);
    this.addSql(`create index "child_placement_child_case_id_index" on "child_placement" ("child_case_id");`);
    this.addSql(`create index "child_placement_municipality_code_index" on "child_placement" ("municipality_code");`);

    this.addSql(`create table "child_need" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "area" text check ("area" in ('IDENTITY', 'AGE', 'CARE', 'EDUCATION', 'HEALTH', 'PSYCHOLOGICAL', 'LEGAL', 'FAMILY_TRACING', 'LANGUAGE', 'MISSING', 'BEST_INTERESTS')) not null, "description" text not null, "plan" text null, "status" text check ("status" in ('OPEN', 'MET')) not null default 'OPEN', "recorded_by_code" varchar(40) not null, "recorded_on" date not null, constraint "child_need_pkey" primary key ("id"));`);
    this.addSql(`create index "child_need_child_case_id_index" on "child_need" ("child_case_id");`);

    this.addSql(`create table "child_case_status_change" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "from_status" text check ("from_status" in ('IDENTIFIED', 'ASSESSED', 'PLACED', 'CARE_PLAN', 'CLOSED')) null, "to_status" text check ("to_status" in ('IDENTIFIED', 'ASSESSED', 'PLACED', 'CARE_PLAN', 'CLOSED')) not null, "changed_on" date not null, "changed_by_code" varchar(40) not null, "note" text null, constraint "child_case_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "child_case_status_change_child_case_id_index" on "child_case_status_change" ("child_case_id");`);

    this.addSql(`create table "child_case_participant" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "institution_code" varchar(40) not null, "role" text not null, "joined_on" date not null, constraint "child_case_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "child_case_participant_institution_code_index" on "child_case_participant" ("institution_code");`);
    this.addSql(`alter table "child_case_participant" add constraint "child_case_participant_child_case_id_institution_code_unique" unique ("child_case_id", "institution_code");`);

    this.addSql(`create table "best_interests_assessment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "kind" text check ("kind" in ('RAPID', 'FULL')) not null, "made_by_code" varchar(40) not null, "made_on" date not null, "findings" text not null, "recommendations" text not null, "approval" text check ("approval" in ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'RETURNED')) not null, "decided_on" date null, "decision_note" text null, constraint "best_interests_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "best_interests_assessment_child_case_id_index" on "best_interests_assessment" ("child_case_id");`);
    this.addSql(`create index "best_interests_assessment_approval_index" on "best_interests_assessment" ("approval");`);

    this.addSql(`create table "age_assessment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "method" text check ("method" in ('DOCUMENTS', 'INTERVIEW', 'PSYCHOSOCIAL', 'MEDICAL', 'MULTIDISCIPLINARY')) not null, "assessed_on" date not null, "assessed_by_code" varchar(40) not null, "min_age" int not null, "max_age" int not null, "disputed" boolean not null default false, "outcome" text check ("outcome" in ('MINOR', 'ADULT', 'INCONCLUSIVE')) not null, constraint "age_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "age_assessment_child_case_id_index" on "age_assessment" ("child_case_id");`);

    this.addSql(`create table "child_referral" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "from_code" varchar(40) not null, "to_code" varchar(40) not null, "type" text check ("type" in ('EDUCATION', 'HEALTH', 'PSYCHOSOCIAL', 'LEGAL', 'FAMILY_TRACING', 'CARE', 'PROTECTION')) not null, "reason" text not null, "shared_areas" text[] not null, "consent" text check ("consent" in ('CHILD_AND_REPRESENTATIVE', 'REPRESENTATIVE', 'BEST_INTERESTS_WITHOUT_CONSENT')) not null, "consent_note" text null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'DONE')) not null default 'PENDING', "referred_on" date not null, "responded_on" date null, "response" text null, constraint "child_referral_pkey" primary key ("id"));`);
    this.addSql(`create index "child_referral_child_case_id_index" on "child_referral" ("child_case_id");`);
    this.addSql(`create index "child_referral_to_code_index" on "child_referral" ("to_code");`);

    this.addSql(`create table "child_representative" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "kind" text check ("kind" in ('GUARDIAN', 'LEGAL_REPRESENTATIVE')) not null, "name" text not null, "appointed_on" date not null, "ended_on" date null, constraint "child_representative_pkey" primary key ("id"));`);
    this.addSql(`create index "child_representative_child_case_id_index" on "child_representative" ("child_case_id");`);

    this.addSql(`alter table "monitoring_visit" add constraint "monitoring_visit_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade;`);

    this.addSql(`alter table "child_case" add constraint "child_case_identified_by_code_foreign" foreign key ("identified_by_code") references "institution" ("code") on update cascade;`);
    this.addSql(`alter table "child_case" add constraint "child_case_owner_code_foreign" foreign key ("owner_code") references "institution" ("code") on update cascade;`);
    this.addSql(`alter table "child_case" add constraint "child_case_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "child_placement" add constraint "child_placement_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_placement" add constraint "child_placement_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade;`);

    this.addSql(`alter table "child_need" add constraint "child_need_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_need" add constraint "child_need_recorded_by_code_foreign" foreign key ("recorded_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "child_case_status_change" add constraint "child_case_status_change_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_case_status_change" add constraint "child_case_status_change_changed_by_code_foreign" foreign key ("changed_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "child_case_participant" add constraint "child_case_participant_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_case_participant" add constraint "child_case_participant_institution_code_foreign" foreign key ("institution_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "best_interests_assessment" add constraint "best_interests_assessment_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "best_interests_assessment" add constraint "best_interests_assessment_made_by_code_foreign" foreign key ("made_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "age_assessment" add constraint "age_assessment_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "age_assessment" add constraint "age_assessment_assessed_by_code_foreign" foreign key ("assessed_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "child_referral" add constraint "child_referral_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_referral" add constraint "child_referral_from_code_foreign" foreign key ("from_code") references "institution" ("code") on update cascade;`);
    this.addSql(`alter table "child_referral" add constraint "child_referral_to_code_foreign" foreign key ("to_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "child_representative" add constraint "child_representative_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'OVERDUE_ESCALATED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "child_placement" drop constraint "child_placement_child_case_id_foreign";`);

    this.addSql(`alter table "child_need" drop constraint "child_need_child_case_id_foreign";`);

    this.addSql(`alter table "child_case_status_change" drop constraint "child_case_status_change_child_case_id_foreign";`);

    this.addSql(`alter table "child_case_participant" drop constraint "child_case_participant_child_case_id_foreign";`);

    this.addSql(`alter table "best_interests_assessment" drop constraint "best_interests_assessment_child_case_id_foreign";`);

    this.addSql(`alter table "age_assessment" drop constraint "age_assessment_child_case_id_foreign";`);

    this.addSql(`alter table "child_referral" drop constraint "child_referral_child_case_id_foreign";`);

    this.addSql(`alter table "child_representative" drop constraint "child_representative_child_case_id_foreign";`);

    this.addSql(`drop table if exists "monitoring_visit" cascade;`);

    this.addSql(`drop table if exists "child_case" cascade;`);

    this.addSql(`drop table if exists "child_placement" cascade;`);

    this.addSql(`drop table if exists "child_need" cascade;`);

    this.addSql(`drop table if exists "child_case_status_change" cascade;`);

    this.addSql(`drop table if exists "child_case_participant" cascade;`);

    this.addSql(`drop table if exists "best_interests_assessment" cascade;`);

    this.addSql(`drop table if exists "age_assessment" cascade;`);

    this.addSql(`drop table if exists "child_referral" cascade;`);

    this.addSql(`drop table if exists "child_representative" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'OVERDUE_ESCALATED'));`);
  }

}
