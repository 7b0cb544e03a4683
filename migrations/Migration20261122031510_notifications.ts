import { Migration } from '@mikro-orm/migrations';

export class Migration20261122031510_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" text check ("kind" in ('AGREEMENT_CONCLUDED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXTENDED', 'AGREEMENT_TRANSFERRED', 'OFFENCE_REPORTED', 'APPLICATION_FORWARDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED', 'MONTHLY_REGISTER', 'OVERDUE_ESCALATED')) not null, "article" text not null, "sender_code" varchar(40) null, "recipient_code" varchar(40) not null, "subject_type" text not null, "subject_id" uuid not null, "content" jsonb not null, "due_by" timestamptz not null, "due_basis" text not null, "delivered_at" timestamptz null, "delivered_via" text check ("delivered_via" in ('WEBHOOK', 'HUB')) null, "acknowledged_at" timestamptz null, "acknowledged_by" text null, "failed_at" timestamptz null, "escalated_at" timestamptz null, "dispatched_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_subject_id_index" on "notification" ("subject_id");`);
    this.addSql(`create index "notification_due_by_index" on "notification" ("due_by");`);
    this.addSql(`create index "notification_dispatched_at_index" on "notification" ("dispatched_at");`);
    this.addSql(`create index "notification_sender_code_created_at_index" on "notification" ("sender_code", "created_at");`);
    this.addSql(`create index "notification_recipient_code_created_at_index" on "notification" ("recipient_code", "created_at");`);

    this.addSql(`create table "delivery_attempt" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "notification_id" uuid not null, "attempt" int not null, "url" text not null, "outcome" text check ("outcome" in ('ACCEPTED', 'REJECTED', 'ERROR')) not null, "status_code" int null, "error" text null, "duration_ms" int not null, constraint "delivery_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "delivery_attempt_notification_id_index" on "delivery_attempt" ("notification_id");`);

    this.addSql(`create table "webhook" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "institution_code" varchar(40) not null, "url" text not null, "secret" text not null, "registered_by" text not null, "active" boolean not null default true, constraint "webhook_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook" add constraint "webhook_institution_code_unique" unique ("institution_code");`);

    this.addSql(`alter table "notification" add constraint "notification_sender_code_foreign" foreign key ("sender_code") references "institution" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_code_foreign" foreign key ("recipient_code") references "institution" ("code") on update cascade;`);

    this.addSql(`alter table "delivery_attempt" add constraint "delivery_attempt_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook" add constraint "webhook_institution_code_foreign" foreign key ("institution_code") references "institution" ("code") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "delivery_attempt" drop constraint "delivery_attempt_notification_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "delivery_attempt" cascade;`);

    this.addSql(`drop table if exists "webhook" cascade;`);
  }

}
