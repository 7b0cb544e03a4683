import { Migration } from '@mikro-orm/migrations';

/** The access log is append-only: the database itself refuses to change or remove an entry. */
export class Migration20261122011722_audit_log_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(`create trigger audit_log_append_only before update or delete on "audit_log"
  for each row execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on "audit_log"
  for each statement execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_no_truncate on "audit_log";`);
    this.addSql(`drop trigger if exists audit_log_append_only on "audit_log";`);
    this.addSql(`drop function if exists audit_log_append_only();`);
  }
}
