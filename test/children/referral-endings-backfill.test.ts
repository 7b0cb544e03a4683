import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../src/db/orm.js';
import { createOwnDatabase } from '../support/own-database.js';

// Issue 21.3 (AP II.7): the data migration that makes the participations an accepted referral
// brought rest on that referral, and ends those whose referral is already done. On a database of its
// own, migrated to just before the endings of referrals: participations and referrals recorded then,
// then the rest of the migrations.
const BEFORE = 'Migration20261130215307_child_handoff_notices';

let own: Awaited<ReturnType<typeof createOwnDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  own = await createOwnDatabase('referral_endings');
  orm = await MikroORM.init(ormOptions(own.url, 2));
  await orm.getMigrator().up({ to: BEFORE });
}, 120_000);

afterAll(async () => {
  await orm?.close();
  await own?.drop();
});

describe('issue 21.3: the participations referrals brought before their endings', () => {
  it('issue 21.3 (AP II.7): a referred participation rests on the latest accepted (else done) referral, ends on the day a done one was answered; other participations stay untouched', async () => {
    const db = new pg.Client({ connectionString: own.url });
    await db.connect();
    try {
      await db.query(
        `insert into institution (code, kind, name_bg) values ('DAZD', 'DAZD', 'ДАЗД'), ('SAR', 'SAR', 'ДАБ'), ('RZI-BLG', 'RZI', 'РЗИ Благоевград'), ('MON', 'MON', 'МОН')`,
      );
      const open = async () =>
        (
          await db.query<{ id: string }>(
            `insert into child_case (separation, identified_on, identified_where, identified_by_code, owner_code) values ('UNACCOMPANIED', '2026-09-01', 'border', 'SAR', 'DAZD') returning id`,
          )
        ).rows[0]!.id;
      const participate = async (caseId: string, code: string, role: string) =>
        (
          await db.query<{ id: string }>(
            `insert into child_case_participant (child_case_id, institution_code, role, joined_on) values ($1, $2, $3, '2026-09-02') returning id`,
            [caseId, code, role],
          )
        ).rows[0]!.id;
      const refer = async (caseId: string, to: string, status: string, referredOn: string, respondedOn: string | null) =>
        (
          await db.query<{ id: string }>(
            `insert into child_referral (child_case_id, from_code, to_code, type, reason, shared_areas, consent, status, referred_on, responded_on)
             values ($1, 'DAZD', $2, 'HEALTH', 'a need to meet', '{HEALTH}', 'REPRESENTATIVE', $3, $4, $5) returning id`,
            [caseId, to, status, referredOn, respondedOn],
          )
        ).rows[0]!.id;

      // 1. Referred to RZI-BLG, the referral done: the participation ends on the day it was answered.
      const dental = await open();
      const rzi = await participate(dental, 'RZI-BLG', 'referred: dental check');
      const dentalReferral = await refer(dental, 'RZI-BLG', 'DONE', '2026-10-01', '2026-11-10');
      // 2. Referred to MON twice: one done (the later), one still accepted: it rests on the accepted one, and goes on.
      const school = await open();
      const mon = await participate(school, 'MON', 'referred: school');
      await refer(school, 'MON', 'DONE', '2026-11-05', '2026-11-15');
      const accepted = await refer(school, 'MON', 'ACCEPTED', '2026-10-01', '2026-10-03');
      // 3. SAR took part without a referral, though one to it is done: untouched.
      const sar = await participate(school, 'SAR', 'identified the child');
      await refer(school, 'SAR', 'DONE', '2026-10-10', '2026-10-20');

      await orm.getMigrator().up();

      const participation = async (id: string) =>
        (await db.query(`select via_referral_id, left_on::text, ended_by_code, end_reason from child_case_participant where id = $1`, [id])).rows[0];
      expect(await participation(rzi)).toEqual({
        via_referral_id: dentalReferral,
        left_on: '2026-11-10',
        ended_by_code: 'RZI-BLG',
        end_reason: 'the referral was finished',
      });
      expect(await participation(mon)).toEqual({ via_referral_id: accepted, left_on: null, ended_by_code: null, end_reason: null });
      expect(await participation(sar)).toEqual({ via_referral_id: null, left_on: null, ended_by_code: null, end_reason: null });
    } finally {
      await db.end();
    }
  });
});
