import { Migration } from '@mikro-orm/migrations';

export class Migration20261130231651_child_record_changes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "child_case_change" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "child_case_id" uuid not null, "area" text check ("area" in ('IDENTITY', 'AGE', 'CARE', 'EDUCATION', 'HEALTH', 'PSYCHOLOGICAL', 'LEGAL', 'FAMILY_TRACING', 'LANGUAGE', 'MISSING', 'BEST_INTERESTS')) null, "subject_type" text not null, "subject_id" uuid not null, "field" text not null, "from_value" jsonb null, "to_value" jsonb null, "changed_by_code" varchar(40) not null, "changed_on" date not null, "note" text null, constraint "child_case_change_pkey" primary key ("id"));`);
    this.addSql(`create index "child_case_change_child_case_id_index" on "child_case_change" ("child_case_id");`);

    this.addSql(`alter table "child_case_change" add constraint "child_case_change_child_case_id_foreign" foreign key ("child_case_id") references "child_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "child_case_change" add constraint "child_case_change_changed_by_code_foreign" foreign key ("changed_by_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "child_case" add column "sex" text check ("sex" in ('FEMALE', 'MALE')) null;`);

    this.addSql(`alter table "child_placement" add column "recorded_by_code" varchar(40) null;`);
    this.addSql(`alter table "child_placement" add constraint "child_placement_recorded_by_code_foreign" foreign key ("recorded_by_code") references "institution" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "child_need" add column "changed_by_code" varchar(40) null, add column "changed_on" date null, add column "version" int not null default 1;`);
    this.addSql(`alter table "child_need" add constraint "child_need_changed_by_code_foreign" foreign key ("changed_by_code") references "institution" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "child_representative" add column "recorded_by_code" varchar(40) null;`);
    this.addSql(`alter table "child_representative" add constraint "child_representative_recorded_by_code_foreign" foreign key ("recorded_by_code") references "institution" ("code") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "child_case_change" cascade;`);

    this.addSql(`alter table "child_need" drop constraint "child_need_changed_by_code_foreign";`);

    this.addSql(`alter table "child_placement" drop constraint "child_placement_recorded_by_code_foreign";`);

    this.addSql(`alter table "child_representative" drop constraint "child_representative_recorded_by_code_foreign";`);

    this.addSql(`alter table "child_case" drop column "sex";`);

    this.addSql(`alter table "child_need" drop column "changed_by_code", drop column "changed_on", drop column "version";`);

    this.addSql(`alter table "child_placement" drop column "recorded_by_code";`);

    this.addSql(`alter table "child_representative" drop column "recorded_by_code";`);
  }

}
