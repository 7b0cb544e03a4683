import { Migration } from '@mikro-orm/migrations';

export class Migration20261130201104_webhook_test_deliveries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "delivery_attempt" add column "institution_code" varchar(40) null;`);
    this.addSql(`alter table "delivery_attempt" alter column "notification_id" drop default;`);
    this.addSql(`alter table "delivery_attempt" alter column "notification_id" type uuid using ("notification_id"::text::uuid);`);
    this.addSql(`alter table "delivery_attempt" alter column "notification_id" drop not null;`);
    this.addSql(`alter table "delivery_attempt" add constraint "delivery_attempt_institution_code_foreign" foreign key ("institution_code") references "institution" ("code") on update cascade on delete set null;`);
    this.addSql(`create index "delivery_attempt_institution_code_index" on "delivery_attempt" ("institution_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "delivery_attempt" drop constraint "delivery_attempt_institution_code_foreign";`);

    this.addSql(`drop index "delivery_attempt_institution_code_index";`);
    this.addSql(`alter table "delivery_attempt" drop column "institution_code";`);

    this.addSql(`alter table "delivery_attempt" alter column "notification_id" drop default;`);
    this.addSql(`alter table "delivery_attempt" alter column "notification_id" type uuid using ("notification_id"::text::uuid);`);
    this.addSql(`alter table "delivery_attempt" alter column "notification_id" set not null;`);
  }

}
