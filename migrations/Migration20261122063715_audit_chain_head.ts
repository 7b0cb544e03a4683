import { Migration } from '@mikro-orm/migrations';

/**
 * The head of the access log's chain, under the chain's lock, in one statement (issue 8: one round
 * trip less per request). The function is volatile, so in READ COMMITTED its query takes a fresh
 * snapshot after the lock is granted and sees every entry committed before it.
 */
export class Migration20261122063715_audit_chain_head extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function audit_chain_head(lock_key bigint) returns table (last_seq text, hash text) language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock(lock_key);
  return query select a.seq::text, a.hash from audit_log a order by a.seq desc limit 1;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists audit_chain_head(bigint);`);
  }
}
