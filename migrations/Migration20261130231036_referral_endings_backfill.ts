import { Migration } from '@mikro-orm/migrations';

/**
 * Data for the endings of referrals (docs/children.md, "Referrals"): a participation that an accepted
 * referral brought (its role reads "referred: …") rests on that referral, the latest accepted or done
 * one to the institution; one whose referral is already done, with no other accepted, ends on the day
 * the referral was reported done, so that a finished referral stops sharing as the rule now says.
 */
export class Migration20261130231036_referral_endings_backfill extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "child_case_participant" p set "via_referral_id" = (
    select r.id from child_referral r where r.child_case_id = p.child_case_id and r.to_code = p.institution_code
      and r.status in ('ACCEPTED', 'DONE') order by (r.status = 'ACCEPTED') desc, r.referred_on desc, r.created_at desc limit 1)
  where p.role like 'referred: %';`);
    this.addSql(`update "child_case_participant" p set "left_on" = coalesce(r.responded_on, (now() at time zone 'Europe/Sofia')::date),
    "ended_by_code" = r.to_code, "end_reason" = 'the referral was finished'
  from child_referral r where r.id = p.via_referral_id and r.status = 'DONE' and p.left_on is null;`);
  }

  override async down(): Promise<void> {
    // The columns go with the migration before.
  }
}
