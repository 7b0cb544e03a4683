import { Migration } from '@mikro-orm/migrations';

/**
 * Data for the missing episodes (docs/children.md, "Missing"): a child missing now gets its open
 * episode, reported by the sender of the case's latest CHILD_MISSING notification (every report sent
 * one to MVR or DAZD; the owner only if none is found); MVR takes part in such a case to search (AP I.21);
 * each closing in the history gets the reason the closed case gives.
 */
export class Migration20261130212424_missing_episodes_backfill extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "child_missing_episode" ("child_case_id", "since", "reported_by_code")
  select c.id, c.missing_since, coalesce(
    (select n.sender_code from notification n where n.kind = 'CHILD_MISSING' and n.subject_type = 'ChildCase'
       and n.subject_id = c.id and n.sender_code is not null order by n.created_at desc limit 1),
    c.owner_code)
  from child_case c where c.missing_since is not null;`);
    this.addSql(`insert into "child_case_participant" ("child_case_id", "institution_code", "role", "joined_on")
  select c.id, 'MVR', 'searches for the missing child (AP I.21)', (now() at time zone 'Europe/Sofia')::date
  from child_case c where c.missing_since is not null
    and not exists (select 1 from child_case_participant p where p.child_case_id = c.id and p.institution_code = 'MVR');`);
    this.addSql(`update "child_case_status_change" h set "closing_reason" = c.closing_reason
  from child_case c where c.id = h.child_case_id and h.to_status = 'CLOSED' and c.status = 'CLOSED';`);
  }

  override async down(): Promise<void> {
    // The episodes table and the column go with the migration before; the participants stay.
  }
}
