import { Migration } from '@mikro-orm/migrations';

export class Migration20261130212419_missing_episodes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "child_missing_episode" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "since" date not null, "reported_by_code" varchar(40) not null, "found_on" date null, "found_by_code" varchar(40) null, "found_note" text null, constraint "child_missing_episode_pkey" primary key ("id"));`);
    this.addSql(`create index "child_missing_episode_child_case_id_index" on "child_missing_episode" ("child_case_id");`);
    this.addSql(`create unique index "child_missing_episode_one_open" on "child_missing_episode" ("child_case_id") where "found_on" is null;`);

    this.addSql(`alter table "child_missing_episode" add constraint "child_missing_episode_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_missing_episode" add constraint "child_missing_episode_reported_by_code_foreign" foreign key ("reported_by_code") references "institution" ("code") on update cascade;`);
    this.addSql(`alter table "child_missing_episode" add constraint "child_missing_episode_found_by_code_foreign" foreign key ("found_by_code") references "institution" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_FOUND', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'OVERDUE_ESCALATED'));`);

    this.addSql(`alter table "child_case_status_change" add column "closing_reason" text check ("closing_reason" in ('CAME_OF_AGE', 'FAMILY_REUNIFICATION', 'TRANSFER_TO_ANOTHER_STATE', 'WENT_MISSING', 'OTHER')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "child_missing_episode" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "child_case_status_change" drop column "closing_reason";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'CHILD_REFERRAL', 'CHILD_MISSING', 'CHILD_COMING_OF_AGE', 'ASSESSMENT_AWAITING_APPROVAL', 'OVERDUE_ESCALATED'));`);
  }

}
