import { Migration } from '@mikro-orm/migrations';

export class Migration20261130172210_audit_hash_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_log" add column "hash_version" smallint not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_log" drop column "hash_version";`);
  }

}
