import { Migration } from '@mikro-orm/migrations';

export class Migration20261122032927_measure_service extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "measure" add column "service" text check ("service" in ('KINDERGARTEN', 'SCHOOL', 'HIGHER_EDUCATION', 'JOB_COUNSELLING', 'EMPLOYED', 'SELF_EMPLOYED', 'VOCATIONAL_TRAINING', 'LIFELONG_LEARNING', 'HOUSING_COUNSELLING', 'HOUSING_PROVIDED', 'HEALTH_SERVICE', 'IMMUNISATION', 'PROPHYLACTIC_EXAMINATION', 'MONTHLY_SOCIAL_AID', 'ONE_OFF_SOCIAL_AID', 'ID_CARD_AID', 'TEMPORARY_ACCOMMODATION', 'HEATING_AID', 'SOCIAL_SERVICES', 'HOSPITAL_CARE_PAYMENT', 'CHILD_PROTECTION', 'LANGUAGE_COURSE')) null;`);
    this.addSql(`create index "measure_service_index" on "measure" ("service");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "measure_service_index";`);
    this.addSql(`alter table "measure" drop column "service";`);
  }

}
