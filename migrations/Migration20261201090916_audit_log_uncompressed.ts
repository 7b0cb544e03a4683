import { Migration } from '@mikro-orm/migrations';

/**
 * The access log's record ids are stored out of line without compression (docs/read-paths.md, "The
 * access log"). They are random UUIDs, which pglz does not compress: it tried on every entry and gave
 * up, and that attempt was more than half of appending a page's entry (about 1,500 ids). Existing
 * rows are left as they are; the stored values, and so the chain's hashes, do not change.
 */
export class Migration20261201090916_audit_log_uncompressed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_log" alter column "records" set storage external, alter column "record_ids" set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_log" alter column "records" set storage extended, alter column "record_ids" set storage extended;`);
  }
}
