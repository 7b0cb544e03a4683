import { Migration } from '@mikro-orm/migrations';

export class Migration20261122024728_plan_scopes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "beneficiary_birth_date_index" on "beneficiary" ("birth_date");`);

    this.addSql(`alter table "measure" add column "partner_organisation" text null;`);
    this.addSql(`create index "measure_partner_organisation_index" on "measure" ("partner_organisation");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "beneficiary_birth_date_index";`);

    this.addSql(`drop index "measure_partner_organisation_index";`);
    this.addSql(`alter table "measure" drop column "partner_organisation";`);
  }

}
