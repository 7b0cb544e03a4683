import { Migration } from '@mikro-orm/migrations';

export class Migration20261122030209_security_assessment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "security_assessment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "beneficiary_id" uuid not null, "assessed_on" date not null, "risk_level" text check ("risk_level" in ('NONE', 'LOW', 'MEDIUM', 'HIGH')) not null, "summary" text not null, "reference" text null, "assessed_by" text not null, constraint "security_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "security_assessment_beneficiary_id_index" on "security_assessment" ("beneficiary_id");`);

    this.addSql(`alter table "security_assessment" add constraint "security_assessment_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "security_assessment" cascade;`);
  }

}
