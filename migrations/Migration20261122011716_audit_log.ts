import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011716_audit_log extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("seq" bigint not null, "at" timestamptz not null, "request_id" text not null, "role" text not null, "institution_code" text not null, "unit" text null, "subject" text not null, "purpose" text null, "operation_name" text null, "operation_type" text not null, "records" jsonb not null, "record_ids" uuid[] not null, "outcome" text not null, "prev_hash" text not null, "hash" text not null, constraint "audit_log_pkey" primary key ("seq"));`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_institution_code_index" on "audit_log" ("institution_code");`);
    this.addSql(`create index "audit_log_subject_index" on "audit_log" ("subject");`);
    this.addSql(`create index "audit_log_record_ids_index" on "audit_log" using gin ("record_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_log" cascade;`);
  }

}
