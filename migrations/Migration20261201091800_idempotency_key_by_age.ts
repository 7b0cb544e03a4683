import { Migration } from '@mikro-orm/migrations';

export class Migration20261201091800_idempotency_key_by_age extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "idempotency_key_result_id_index";`);

    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "idempotency_key_created_at_index";`);

    this.addSql(`create index "idempotency_key_result_id_index" on "idempotency_key" ("result_id");`);
  }

}
