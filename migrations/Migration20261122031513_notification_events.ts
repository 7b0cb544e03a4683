import { Migration } from '@mikro-orm/migrations';

/**
 * A committed notification wakes every hub process: NOTIFY is sent at commit only (never for a
 * rolled-back event), carrying the id and the recipient. Subscriptions and webhook dispatch listen.
 */
export class Migration20261122031513_notification_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function notification_created() returns trigger language plpgsql as $$
begin
  perform pg_notify('hub_notification', json_build_object('id', new.id, 'recipient', new.recipient_code)::text);
  return null;
end $$;`);
    this.addSql(`create trigger notification_created after insert on "notification"
  for each row execute function notification_created();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists notification_created on "notification";`);
    this.addSql(`drop function if exists notification_created();`);
  }
}
