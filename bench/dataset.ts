import type pg from 'pg';

/** A progress bar on one line of the terminal. */
export const bar = (label: string, done: number, total: number) => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stdout.write('\n');
};

/**
 * The read-path benchmark's data set, set-based (INSERT … SELECT) into a migrated database: N
 * agreements with their holders, ~1.6 N family members, a plan each, 6 N measures over the 265
 * municipalities. Deterministic (hashes of the row number), so two runs give the same data.
 */
export async function generate(sql: pg.Client, N: number) {
  const steps: [string, string][] = [
    [
      'holders',
      `insert into beneficiary (id, lnch, given_name_latin, family_name_latin, birth_date, sex, citizenship, protection_kind)
      select md5('h' || i)::uuid, lpad(i::text, 10, '0'), 'Given' || i, 'Family' || i, date '1960-01-01' + abs(hashint4(i)) % 16000,
        case when i % 2 = 0 then 'FEMALE' else 'MALE' end, (array['SY','AF','IQ','UA','IR','PK','ER','SO','TR','YE'])[1 + abs(hashint4(i + 1)) % 10],
        (array['REFUGEE_STATUS','HUMANITARIAN_STATUS'])[1 + abs(hashint4(i + 2)) % 2] from generate_series(1, ${N}) i`,
    ],
    [
      'agreements',
      `insert into agreement (id, municipality_code, holder_id, signed_on, ends_on, status)
      select md5('a' || i)::uuid, m.codes[1 + abs(hashint4(i + 3)) % m.n], md5('h' || i)::uuid, date '2025-12-01' + (i % 300), date '2026-12-01' + (i % 300), 'ACTIVE'
      from generate_series(1, ${N}) i, (select array_agg(code order by code) codes, count(*)::int n from municipality) m`,
    ],
    // ~1.6 family members per agreement: member j belongs to agreement 1 + (j * 5 / 8) % N.
    [
      'family members',
      `insert into beneficiary (id, lnch, given_name_latin, family_name_latin, birth_date, sex, citizenship, protection_kind)
      select md5('f' || j)::uuid, lpad((${N} + j)::text, 10, '0'), 'Member' || j, 'Family' || (1 + (j * 5 / 8) % ${N}), date '1965-01-01' + abs(hashint4(j)) % 21000,
        case when j % 2 = 0 then 'FEMALE' else 'MALE' end, 'SY', 'REFUGEE_STATUS' from generate_series(1, ${Math.round(N * 1.6)}) j`,
    ],
    [
      'memberships',
      `insert into agreement_member (agreement_id, beneficiary_id, role, joined_on)
      select md5('a' || i)::uuid, md5('h' || i)::uuid, 'HOLDER', date '2025-12-01' + (i % 300) from generate_series(1, ${N}) i
      union all
      select md5('a' || (1 + (j * 5 / 8) % ${N}))::uuid, md5('f' || j)::uuid,
        case when date '1965-01-01' + abs(hashint4(j)) % 21000 > date '2008-01-01' then 'CHILD' else 'ADULT_FAMILY_MEMBER' end, date '2025-12-01'
      from generate_series(1, ${Math.round(N * 1.6)}) j`,
    ],
    [
      'plans',
      `insert into integration_plan (id, agreement_id, beneficiary_id, kind)
      select md5('p' || m.beneficiary_id)::uuid, m.agreement_id, m.beneficiary_id, case when m.role = 'CHILD' then 'CHILD' else 'ADULT' end from agreement_member m`,
    ],
    // Six measures per holder's plan on average, spread by a hash.
    [
      'measures',
      `insert into measure (plan_id, area, description, responsible_institution_code, status)
      select md5('p' || md5('h' || (1 + abs(hashint4(k)) % ${N}))::uuid::text)::uuid,
        (array['EDUCATION','EMPLOYMENT','TRAINING','HOUSING','HEALTHCARE','SOCIAL_ASSISTANCE','LANGUAGE','OTHER'])[1 + k % 8],
        'Measure ' || k, 'AZ', (array['PLANNED','IN_PROGRESS','DONE'])[1 + k % 3]
      from generate_series(1, ${N * 6}) k`,
    ],
    ['statistics', 'analyze'],
    ['pg_stat_statements', 'create extension if not exists pg_stat_statements'],
  ];
  const started = Date.now();
  for (const [i, [label, statement]] of steps.entries()) {
    bar(`generating: ${label}`, i, steps.length);
    await sql.query(statement);
  }
  bar('generated', steps.length, steps.length);
  const counts = (
    await sql.query<
      Record<string, number>
    >(`select (select count(*) from agreement)::int as agreements, (select count(*) from agreement_member where role <> 'HOLDER')::int as members,
    (select count(*) from measure)::int as measures`)
  ).rows[0]!;
  console.log(
    `${counts.agreements} agreements, ${counts.members} family members, ${counts.measures} measures in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return counts;
}
