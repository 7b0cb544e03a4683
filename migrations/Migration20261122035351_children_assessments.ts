import { Migration } from '@mikro-orm/migrations';

export class Migration20261122035351_children_assessments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "monitoring_visit" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "centre" text not null, "municipality_code" varchar(5) not null, "visited_on" date not null, "findings" text not null, "recommendations" text not null, "follow_up_due_on" date null, "follow_up" text null, "followed_up_on" date null, constraint "monitoring_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_visit_visited_on_index" on "monitoring_visit" ("visited_on");`);

    this.addSql(`create table "child_need" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "area" text check ("area" in ('IDENTITY', 'AGE', 'CARE', 'EDUCATION', 'HEALTH', 'PSYCHOLOGICAL', 'LEGAL', 'FAMILY_TRACING', 'LANGUAGE', 'MISSING', 'BEST_INTERESTS')) not null, "description" text not null, "plan" text null, "status" text check ("status" in ('OPEN', 'MET')) not null default 'OPEN', "recorded_by_code" varchar(40) not null, "recorded_on" date not null, constraint "child_need_pkey" primary key ("id"));`);
    this.addSql(`create index "child_need_child_case_id_index" on "child_need" ("child_case_id");`);

    this.addSql(`create table "best_interests_assessment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "kind" text check ("kind" in ('RAPID', 'FULL')) not null, "made_by_code" varchar(40) not null, "made_on" date not null, "findings" text not null, "recommendations" text not null, "approval" text check ("approval" in ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'RETURNED')) not null, "decided_on" date null, "decision_note" text null, constraint "best_interests_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "best_interests_assessment_child_case_id_index" on "best_interests_assessment" ("child_case_id");`);
    this.addSql(`create index "best_interests_assessment_approval_index" on "best_interests_assessment" ("approval");`);

    this.addSql(`alter table "monitoring_visit" add constraint "monitoring_visit_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade;`);

    this.addSql(`alter table "child_need" add constraint "child_need_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_need" add constraint "child_need_recorded_by_code_foreign" foreign key ("recorded_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "best_interests_assessment" add constraint "best_interests_assessment_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "best_interests_assessment" add constraint "best_interests_assessment_made_by_code_foreign" foreign key ("made_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'OVERDUE_ESCALATED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "monitoring_visit" cascade;`);

    this.addSql(`drop table if exists "child_need" cascade;`);

    this.addSql(`drop table if exists "best_interests_assessment" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_COMING_OF_AGE', 'OVERDUE_ESCALATED'));`);
  }

}
