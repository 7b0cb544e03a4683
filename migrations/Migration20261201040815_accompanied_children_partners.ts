import { Migration } from '@mikro-orm/migrations';

export class Migration20261201040815_accompanied_children_partners extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "child_case" drop constraint if exists "child_case_separation_check";`);

    this.addSql(`alter table "child_representative" drop constraint if exists "child_representative_kind_check";`);

    this.addSql(`alter table "child_case" add column "risk_reason" text null;`);
    this.addSql(`alter table "child_case" add constraint "child_case_separation_check" check("separation" in ('UNACCOMPANIED', 'SEPARATED', 'ACCOMPANIED_AT_RISK'));`);

    this.addSql(`alter table "child_representative" add constraint "child_representative_kind_check" check("kind" in ('GUARDIAN', 'LEGAL_REPRESENTATIVE', 'PARENT'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "child_case" drop constraint if exists "child_case_separation_check";`);

    this.addSql(`alter table "child_representative" drop constraint if exists "child_representative_kind_check";`);

    this.addSql(`alter table "child_case" drop column "risk_reason";`);

    this.addSql(`alter table "child_case" add constraint "child_case_separation_check" check("separation" in ('UNACCOMPANIED', 'SEPARATED'));`);

    this.addSql(`alter table "child_representative" add constraint "child_representative_kind_check" check("kind" in ('GUARDIAN', 'LEGAL_REPRESENTATIVE'));`);
  }

}
