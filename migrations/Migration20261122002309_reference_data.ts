import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002309_reference_data extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "province" ("code" varchar(3) not null, "name_bg" text not null, "name_en" text not null, constraint "province_pkey" primary key ("code"));`);

    this.addSql(`create table "municipality" ("code" varchar(5) not null, "province_code" varchar(3) not null, "name_bg" text not null, "centre_ekatte" varchar(5) not null, constraint "municipality_pkey" primary key ("code"));`);
    this.addSql(`create index "municipality_province_code_index" on "municipality" ("province_code");`);

    this.addSql(`create table "institution" ("code" varchar(40) not null, "kind" text check ("kind" in ('SAR', 'MUNICIPALITY', 'DANS', 'DAZD', 'RZI', 'RZOK', 'MVR', 'ASP', 'AZ', 'MON', 'GOVERNOR', 'NSORB', 'NKBTH', 'COORDINATOR', 'NGO')) not null, "name_bg" text not null, "name_en" text null, "province_code" varchar(3) null, "municipality_code" varchar(5) null, constraint "institution_pkey" primary key ("code"));`);
    this.addSql(`create index "institution_kind_index" on "institution" ("kind");`);
    this.addSql(`create index "institution_province_code_index" on "institution" ("province_code");`);
    this.addSql(`create index "institution_municipality_code_index" on "institution" ("municipality_code");`);

    this.addSql(`alter table "municipality" add constraint "municipality_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade;`);

    this.addSql(`alter table "institution" add constraint "institution_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "institution" add constraint "institution_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "municipality" drop constraint "municipality_province_code_foreign";`);

    this.addSql(`alter table "institution" drop constraint "institution_province_code_foreign";`);

    this.addSql(`alter table "institution" drop constraint "institution_municipality_code_foreign";`);

    this.addSql(`drop table if exists "province" cascade;`);

    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);
  }

}
