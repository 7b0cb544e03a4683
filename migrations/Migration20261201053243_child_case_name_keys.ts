import { Migration } from '@mikro-orm/migrations';

export class Migration20261201053243_child_case_name_keys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "child_case" add column "name_keys" text[] null;`);
    this.addSql(`create index "child_case_name_keys_index" on "child_case" using gin ("name_keys");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "child_case_name_keys_index";`);
    this.addSql(`alter table "child_case" drop column "name_keys";`);
  }

}
