import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010250_agreements extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "beneficiary" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "lnch" varchar(10) not null, "given_name_latin" text not null, "family_name_latin" text not null, "given_name_cyrillic" text null, "family_name_cyrillic" text null, "birth_date" date not null, "sex" text check ("sex" in ('FEMALE', 'MALE')) not null, "citizenship" varchar(2) null, "stateless" boolean not null default false, "protection_kind" text check ("protection_kind" in ('REFUGEE_STATUS', 'HUMANITARIAN_STATUS', 'ASYLUM')) null, "protection_decision_number" text null, "protection_decision_date" date null, "protection_decision_served_on" date null, "current_address" text null, "education_level" text check ("education_level" in ('NONE', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'HIGHER', 'UNKNOWN')) not null default 'UNKNOWN', "professional_experience" text null, "qualifications" text null, "languages" text[] not null default '{}', "family_status" text check ("family_status" in ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED', 'UNKNOWN')) not null default 'UNKNOWN', "integration_profile" text null, constraint "beneficiary_pkey" primary key ("id"));`);
    this.addSql(`alter table "beneficiary" add constraint "beneficiary_lnch_unique" unique ("lnch");`);
    this.addSql(`create index "beneficiary_citizenship_index" on "beneficiary" ("citizenship");`);
    this.addSql(`create index "beneficiary_protection_kind_index" on "beneficiary" ("protection_kind");`);

    this.addSql(`create table "family_link" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "beneficiary_id" uuid not null, "relative_id" uuid not null, "relation" text check ("relation" in ('SPOUSE', 'CHILD', 'PARENT', 'OTHER')) not null, constraint "family_link_pkey" primary key ("id"));`);
    this.addSql(`create index "family_link_relative_id_index" on "family_link" ("relative_id");`);
    this.addSql(`alter table "family_link" add constraint "family_link_beneficiary_id_relative_id_unique" unique ("beneficiary_id", "relative_id");`);

    this.addSql(`create table "offence_report" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "beneficiary_id" uuid not null, "municipality_code" varchar(5) not null, "kind" text check ("kind" in ('ADMINISTRATIVE_OFFENCE', 'CRIME')) not null, "description" text not null, "committed_on" date not null, "reported_on" date not null, "reported_by" text not null, constraint "offence_report_pkey" primary key ("id"));`);
    this.addSql(`create index "offence_report_beneficiary_id_index" on "offence_report" ("beneficiary_id");`);
    this.addSql(`create index "offence_report_municipality_code_index" on "offence_report" ("municipality_code");`);

    this.addSql(`create table "municipality_application" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "municipality_code" varchar(5) not null, "submitted_on" date not null, "foreigners_count" int not null, "municipality_information" text not null, "planned_measures" text not null, "status" text check ("status" in ('SUBMITTED', 'REGISTERED')) not null default 'SUBMITTED', "registered_on" date null, constraint "municipality_application_pkey" primary key ("id"));`);
    this.addSql(`create index "municipality_application_municipality_code_index" on "municipality_application" ("municipality_code");`);
    this.addSql(`create index "municipality_application_status_index" on "municipality_application" ("status");`);

    this.addSql(`create table "agreement_application" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "applicant_id" uuid not null, "submitted_on" date not null, "status" text check ("status" in ('SUBMITTED', 'FORWARDED', 'CONCLUDED', 'WITHDRAWN')) not null default 'SUBMITTED', "forwarded_to_code" varchar(5) null, "forwarded_on" date null, constraint "agreement_application_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_application_applicant_id_index" on "agreement_application" ("applicant_id");`);
    this.addSql(`create index "agreement_application_status_index" on "agreement_application" ("status");`);
    this.addSql(`create index "agreement_application_forwarded_to_code_index" on "agreement_application" ("forwarded_to_code");`);

    this.addSql(`create table "agreement" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "municipality_code" varchar(5) not null, "holder_id" uuid not null, "application_id" uuid null, "signed_on" date not null, "ends_on" date not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'EXTENDED', 'COMPLETED', 'TERMINATED', 'TRANSFERRED')) not null default 'ACTIVE', "extended_on" date null, "extension_consent_on" date null, "extension_consent_reference" text null, "terminated_on" date null, "termination_ground" text check ("termination_ground" in ('DEATH', 'MUTUAL_CONSENT', 'IMPRISONMENT', 'PROTECTION_WITHDRAWN', 'IMPOSSIBILITY', 'DUTIES_NOT_FULFILLED', 'PUBLIC_ORDER_BREACH', 'LEFT_MUNICIPALITY')) null, "termination_note" text null, "transferred_on" date null, "transferred_from_id" uuid null, "version" int not null default 1, constraint "agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_holder_id_index" on "agreement" ("holder_id");`);
    this.addSql(`create index "agreement_application_id_index" on "agreement" ("application_id");`);
    this.addSql(`create index "agreement_ends_on_index" on "agreement" ("ends_on");`);
    this.addSql(`create index "agreement_status_index" on "agreement" ("status");`);
    this.addSql(`alter table "agreement" add constraint "agreement_transferred_from_id_unique" unique ("transferred_from_id");`);
    this.addSql(`create index "agreement_municipality_code_signed_on_index" on "agreement" ("municipality_code", "signed_on");`);

    this.addSql(`create table "objection" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "agreement_id" uuid not null, "filed_by_id" uuid not null, "filed_on" date not null, "activity" text not null, "outcome" text check ("outcome" in ('PENDING', 'UPHELD', 'PARTLY_UPHELD', 'REJECTED')) not null default 'PENDING', "decided_on" date null, "decision" text null, constraint "objection_pkey" primary key ("id"));`);
    this.addSql(`create index "objection_agreement_id_index" on "objection" ("agreement_id");`);

    this.addSql(`create table "mayor_duty" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "agreement_id" uuid not null, "duty" text check ("duty" in ('HOUSING', 'POPULATION_REGISTER', 'IDENTITY_DOCUMENTS', 'LABOUR_OFFICE_REGISTRATION', 'SOCIAL_ASSISTANCE_REFERRAL', 'CHILD_PLANS', 'ADMINISTRATIVE_SERVICES', 'EDUCATION_OFFICE_REFERRAL', 'SCHOOL_COVERAGE', 'GENERAL_PRACTITIONER', 'NOTIFY_MVR_AND_SAR', 'NOTIFY_RZI_AND_RZOK', 'SPORT', 'CONTROL')) not null, "status" text check ("status" in ('PENDING', 'DONE', 'NOT_APPLICABLE')) not null default 'PENDING', "status_on" date null, "note" text null, constraint "mayor_duty_pkey" primary key ("id"));`);
    this.addSql(`alter table "mayor_duty" add constraint "mayor_duty_agreement_id_duty_unique" unique ("agreement_id", "duty");`);

    this.addSql(`create table "integration_plan" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "agreement_id" uuid not null, "beneficiary_id" uuid not null, "kind" text check ("kind" in ('ADULT', 'CHILD')) not null, "educational_needs" text null, "health_needs" text null, "physical_needs" text null, "cultural_needs" text null, "religious_needs" text null, "linguistic_needs" text null, "ethnic_needs" text null, "child_opinion" text null, constraint "integration_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "integration_plan_beneficiary_id_index" on "integration_plan" ("beneficiary_id");`);
    this.addSql(`alter table "integration_plan" add constraint "integration_plan_agreement_id_beneficiary_id_unique" unique ("agreement_id", "beneficiary_id");`);

    this.addSql(`create table "agreement_member" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "agreement_id" uuid not null, "beneficiary_id" uuid not null, "role" text check ("role" in ('HOLDER', 'ADULT_FAMILY_MEMBER', 'CHILD')) not null, "joined_on" date not null, "left_on" date null, "left_on_ground" text check ("left_on_ground" in ('DEATH', 'MUTUAL_CONSENT', 'IMPRISONMENT', 'PROTECTION_WITHDRAWN', 'IMPOSSIBILITY', 'DUTIES_NOT_FULFILLED', 'PUBLIC_ORDER_BREACH', 'LEFT_MUNICIPALITY')) null, constraint "agreement_member_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_member_beneficiary_id_index" on "agreement_member" ("beneficiary_id");`);
    this.addSql(`alter table "agreement_member" add constraint "agreement_member_agreement_id_beneficiary_id_unique" unique ("agreement_id", "beneficiary_id");`);

    this.addSql(`create table "measure" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "area" text check ("area" in ('EDUCATION', 'EMPLOYMENT', 'TRAINING', 'HOUSING', 'HEALTHCARE', 'SOCIAL_ASSISTANCE', 'LANGUAGE', 'OTHER')) not null, "description" text not null, "responsible_institution_code" varchar(40) not null, "due_on" date null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED')) not null default 'PLANNED', "result" text null, "result_recorded_on" date null, "funding_source" text check ("funding_source" in ('EU_FUNDS', 'OTHER_DONORS', 'INTERNATIONAL_ORGANISATIONS', 'NATIONAL_BUDGET')) null, constraint "measure_pkey" primary key ("id"));`);
    this.addSql(`create index "measure_plan_id_index" on "measure" ("plan_id");`);
    this.addSql(`create index "measure_area_index" on "measure" ("area");`);
    this.addSql(`create index "measure_responsible_institution_code_index" on "measure" ("responsible_institution_code");`);

    this.addSql(`alter table "family_link" add constraint "family_link_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "family_link" add constraint "family_link_relative_id_foreign" foreign key ("relative_id") references "beneficiary" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "offence_report" add constraint "offence_report_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "offence_report" add constraint "offence_report_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade;`);

    this.addSql(`alter table "municipality_application" add constraint "municipality_application_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade;`);

    this.addSql(`alter table "agreement_application" add constraint "agreement_application_applicant_id_foreign" foreign key ("applicant_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "agreement_application" add constraint "agreement_application_forwarded_to_code_foreign" foreign key ("forwarded_to_code") references "municipality" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "agreement" add constraint "agreement_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade;`);
    this.addSql(`alter table "agreement" add constraint "agreement_holder_id_foreign" foreign key ("holder_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "agreement" add constraint "agreement_application_id_foreign" foreign key ("application_id") references "agreement_application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agreement" add constraint "agreement_transferred_from_id_foreign" foreign key ("transferred_from_id") references "agreement" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "objection" add constraint "objection_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_filed_by_id_foreign" foreign key ("filed_by_id") references "beneficiary" ("id") on update cascade;`);

    this.addSql(`alter table "mayor_duty" add constraint "mayor_duty_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "integration_plan" add constraint "integration_plan_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "integration_plan" add constraint "integration_plan_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);

    this.addSql(`alter table "agreement_member" add constraint "agreement_member_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agreement_member" add constraint "agreement_member_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);

    this.addSql(`alter table "measure" add constraint "measure_plan_id_foreign" foreign key ("plan_id") references "integration_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure" add constraint "measure_responsible_institution_code_foreign" foreign key ("responsible_institution_code") references "institution" ("code") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "family_link" drop constraint "family_link_beneficiary_id_foreign";`);

    this.addSql(`alter table "family_link" drop constraint "family_link_relative_id_foreign";`);

    this.addSql(`alter table "offence_report" drop constraint "offence_report_beneficiary_id_foreign";`);

    this.addSql(`alter table "agreement_application" drop constraint "agreement_application_applicant_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_holder_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_filed_by_id_foreign";`);

    this.addSql(`alter table "integration_plan" drop constraint "integration_plan_beneficiary_id_foreign";`);

    this.addSql(`alter table "agreement_member" drop constraint "agreement_member_beneficiary_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_application_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_transferred_from_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_agreement_id_foreign";`);

    this.addSql(`alter table "mayor_duty" drop constraint "mayor_duty_agreement_id_foreign";`);

    this.addSql(`alter table "integration_plan" drop constraint "integration_plan_agreement_id_foreign";`);

    this.addSql(`alter table "agreement_member" drop constraint "agreement_member_agreement_id_foreign";`);

    this.addSql(`alter table "measure" drop constraint "measure_plan_id_foreign";`);

    this.addSql(`drop table if exists "beneficiary" cascade;`);

    this.addSql(`drop table if exists "family_link" cascade;`);

    this.addSql(`drop table if exists "offence_report" cascade;`);

    this.addSql(`drop table if exists "municipality_application" cascade;`);

    this.addSql(`drop table if exists "agreement_application" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "mayor_duty" cascade;`);

    this.addSql(`drop table if exists "integration_plan" cascade;`);

    this.addSql(`drop table if exists "agreement_member" cascade;`);

    this.addSql(`drop table if exists "measure" cascade;`);
  }

}
