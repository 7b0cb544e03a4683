import { Migration } from '@mikro-orm/migrations';

/**
 * The cell-key method's record keys (docs/indicators.md) on every counted record. The default is
 * volatile, so PostgreSQL evaluates it once per existing row when the column is added: the rows
 * already there are backfilled with keys of their own, as new rows get theirs at insert.
 */
export class Migration20261130171903_record_keys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "beneficiary" add column "record_key" smallint not null default get_byte(uuid_send(gen_random_uuid()), 0);`);

    this.addSql(`alter table "agreement" add column "record_key" smallint not null default get_byte(uuid_send(gen_random_uuid()), 0);`);

    this.addSql(`alter table "child_case" add column "record_key" smallint not null default get_byte(uuid_send(gen_random_uuid()), 0);`);

    this.addSql(`alter table "best_interests_assessment" add column "record_key" smallint not null default get_byte(uuid_send(gen_random_uuid()), 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agreement" drop column "record_key";`);

    this.addSql(`alter table "beneficiary" drop column "record_key";`);

    this.addSql(`alter table "best_interests_assessment" drop column "record_key";`);

    this.addSql(`alter table "child_case" drop column "record_key";`);
  }

}
