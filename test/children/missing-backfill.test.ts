import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../src/db/orm.js';
import { createOwnDatabase } from '../support/own-database.js';

// Issue 21.1 (AP I.21): the data migration that brings the cases of before it to the missing
// episodes. On a database of its own, migrated to just before them: a child missing then (reported
// by SAR, as its CHILD_MISSING notification says), a case closed, then the rest of the migrations.
const BEFORE = 'Migration20261130201104_webhook_test_deliveries';

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  own = await createOwnDatabase('backfill');
  orm = await MikroORM.init(ormOptions(own.url, 2));
  await orm.getMigrator().up({ to: BEFORE });
}, 120_000);

afterAll(async () => {
  await orm?.close();
  await own?.drop();
});

describe('issue 21.1: the missing episodes of cases recorded before them', () => {
  it('issue 21.1 (AP I.21): a child missing gets its open episode, reported by the sender of its alert; MVR takes part; closings keep their reason', async () => {
    const db = new pg.Client({ connectionString: own.url });
    await db.connect();
    try {
      await db.query(`insert into institution (code, kind, name_bg) values ('DAZD', 'DAZD', 'ДАЗД'), ('MVR', 'MVR', 'МВР'), ('SAR', 'SAR', 'ДАБ')`);
      const open = async (extra: string, values: string) =>
        (
          await db.query<{ id: string }>(
            `insert into child_case (separation, identified_on, identified_where, identified_by_code, owner_code${extra}) values ('UNACCOMPANIED', '2026-09-01', 'border', 'SAR', 'DAZD'${values}) returning id`,
          )
        ).rows[0]!.id;
      const missing = await open(', missing_since', ", '2026-11-20'");
      const closed = await open(', status, closing_reason, closed_on', ", 'CLOSED', 'FAMILY_REUNIFICATION', '2026-11-01'");
      await db.query(
        `insert into child_case_status_change (child_case_id, from_status, to_status, changed_on, changed_by_code) values ($1, 'IDENTIFIED', 'CLOSED', '2026-11-01', 'DAZD')`,
        [closed],
      );
      await db.query(
        `insert into notification (kind, article, sender_code, recipient_code, subject_type, subject_id, content, due_by, due_basis)
         values ('CHILD_MISSING', 'AP II.7', 'SAR', 'MVR', 'ChildCase', $1, '{}', now(), 'hub')`,
        [missing],
      );

      await orm.getMigrator().up();

      const episodes = await db.query(
        `select child_case_id, since::text, reported_by_code, found_on from child_missing_episode where child_case_id = any($1::uuid[])`,
        [[missing, closed]],
      );
      expect(episodes.rows).toEqual([{ child_case_id: missing, since: '2026-11-20', reported_by_code: 'SAR', found_on: null }]);
      const mvr = await db.query(`select child_case_id, role from child_case_participant where institution_code = 'MVR'`);
      expect(mvr.rows).toEqual([{ child_case_id: missing, role: 'searches for the missing child (AP I.21)' }]);
      const history = await db.query(`select closing_reason from child_case_status_change where child_case_id = $1`, [closed]);
      expect(history.rows).toEqual([{ closing_reason: 'FAMILY_REUNIFICATION' }]);
    } finally {
      await db.end();
    }
  });
});
