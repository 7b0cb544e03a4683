import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/institutions.js';
import { nameKeys, rekeyChildCases } from '../../src/modules/children/matching.js';
import { addDays, addYears, todayInSofia } from '../../src/shared/dates.js';
import {
  type ChildCaseMatchInput,
  ChildCaseDuplicatesDocument,
  ChildCaseMatchesDocument,
  ChildCasesWithDuplicatesDocument,
  type OpenCaseInput,
  OpenChildCaseWithDuplicatesDocument,
  type PossibleDuplicateFieldsFragment,
} from '../gql/graphql.js';
import { GraphQLClient, ok } from '../support/client.js';
import { useTestHub } from '../support/hub.js';
import { receivedAbout } from '../support/notifications.js';

// One child, one record (issue 21.4): possible matches across Latin and Cyrillic spellings, within
// the caller's view only; a new case shows the possible duplicates its opener sees, and DAZD is told
// of those among all cases. The shared database holds other files' cases: every name here carries a
// family name made for this run, so matches are this file's own.
const statements: string[] = [];
const hub = useTestHub({ notifications: true, onQuery: (sql) => statements.push(sql) });
const today = todayInSofia();
const BORN = addYears(today, -15);

const as = (role: Role, unit?: string) => hub().as({ role, unit });

/** A family name of this run, in Latin and in Cyrillic (the same letters, by the Bulgarian transliteration). */
function aFamily(): { latin: string; cyrillic: string } {
  const TO: Record<string, string> = { b: 'б', d: 'д', k: 'к', l: 'л', m: 'м', n: 'н', r: 'р', s: 'с', t: 'т', v: 'в', z: 'з' };
  const consonants = Object.keys(TO);
  const hex = randomUUID().replace(/-/g, '');
  const letters = [...hex.slice(0, 6)].map((h) => consonants[parseInt(h, 16) % consonants.length]!);
  const latin = letters.map((l) => `${l}a`).join('');
  const cyrillic = letters.map((l) => `${TO[l]}а`).join('');
  return { latin: latin[0]!.toUpperCase() + latin.slice(1), cyrillic: cyrillic[0]!.toUpperCase() + cyrillic.slice(1) };
}

async function open(role: Role, input: Partial<OpenCaseInput>) {
  const full: OpenCaseInput = { separation: 'UNACCOMPANIED', identifiedWhere: 'Border police, Kalotina', ...input };
  return ok(await (await as(role)).request(OpenChildCaseWithDuplicatesDocument, { input: full }), `open by ${role}`).openChildCase;
}
const matches = (client: GraphQLClient, input: ChildCaseMatchInput) => client.request(ChildCaseMatchesDocument, { input });
const ids = (ms: PossibleDuplicateFieldsFragment[]) => ms.map((m) => m.childCase.id).sort();

describe('children: one child, one record (issue 21.4)', () => {
  it('issue 21.4: names match across Latin and Cyrillic and the usual variants of transcription', () => {
    expect(nameKeys('Ahmad')).toEqual(nameKeys('Ахмед'));
    expect(nameKeys('Akhmed')).toEqual(nameKeys('Ahmed'));
    expect(nameKeys('Mohammad')).toEqual(nameKeys('Мохамед'));
    expect(nameKeys('Юсуф')).toEqual(nameKeys('Yusuf'));
    expect(nameKeys('Abdul Rahman')).toEqual([...nameKeys('Абдул'), ...nameKeys('Рахман')]);
    expect(nameKeys('Sara')).not.toEqual(nameKeys('Samir'));
    expect(nameKeys(null)).toEqual([]);
  });

  it('issue 21.4, AP II.7: a search finds the same child spelled in the other script, birth date within a year, never a case outside the caller’s view', async () => {
    const family = aFamily();
    // Given names of this run too: other files' children are called Ahmad.
    const given = aFamily();
    const dazd = await as('DAZD');
    const first = await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: BORN, nationality: 'AF' });
    // Not the same child: born three years apart, or of another nationality.
    const older = await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: addYears(BORN, -3), nationality: 'AF' });
    const other = await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: BORN, nationality: 'SY' });

    const found = ok(
      await matches(dazd, { givenName: given.cyrillic, familyName: family.cyrillic, declaredBirthDate: addDays(BORN, 200), nationality: 'AF' }),
      'DAZD',
    ).childCaseMatches;
    expect(ids(found)).toEqual([first.id]);
    expect(found[0]!.reasons).toEqual(['NAME', 'BIRTH_DATE', 'NATIONALITY']);
    // Without a birth date or nationality to contradict, all three are possible.
    expect(ids(ok(await matches(dazd, { familyName: family.cyrillic }), 'by name').childCaseMatches)).toEqual([first.id, older.id, other.id].sort());

    // SAR takes part in none of them: the search says nothing of them.
    expect(ok(await matches(await as('SAR'), { familyName: family.latin }), 'SAR').childCaseMatches).toEqual([]);
    // MVR identified them: it finds them.
    expect(ids(ok(await matches(await as('MVR'), { familyName: family.latin, nationality: 'AF' }), 'MVR').childCaseMatches)).toEqual(
      [first.id, older.id].sort(),
    );
    // A role that does not read children's identity may not search by it; a search needs a name or the record.
    expect(GraphQLClient.codes(await matches(await as('MON'), { familyName: family.latin }))).toEqual(['FORBIDDEN']);
    const empty = await matches(dazd, { nationality: 'AF' });
    expect(GraphQLClient.codes(empty)).toEqual(['BAD_USER_INPUT']);
  });

  it('issue 21.4, AP II.6: a new case shows the possible duplicates its opener sees, and DAZD is told of those among all cases', async () => {
    const family = aFamily();
    const given = aFamily();
    const byMvr = await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: BORN, nationality: 'SY' });
    expect(byMvr.possibleDuplicates).toEqual([]);
    const dazd = await as('DAZD');
    expect(await receivedAbout(dazd, 'POSSIBLE_DUPLICATE', byMvr.id)).toEqual([]);

    // SAR opens a case for the same child, spelled in Cyrillic: it does not see MVR's case, so it is shown none...
    const bySar = await open('SAR', { givenName: given.cyrillic, familyName: family.cyrillic, declaredBirthDate: BORN });
    expect(bySar.possibleDuplicates).toEqual([]);
    // ...but DAZD is told, with both cases.
    const told = await receivedAbout(dazd, 'POSSIBLE_DUPLICATE', bySar.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ subjectType: 'ChildCase', sender: { code: 'SAR' }, recipient: { code: 'DAZD' } });
    expect(told[0]!.content?.possibleDuplicates).toEqual([byMvr.id]);

    // MVR opens another: it sees its own earlier case (the family name in common, born within a year).
    const again = await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: addDays(BORN, 30) });
    expect(again.possibleDuplicates).toEqual([{ childCase: { id: byMvr.id }, reasons: ['NAME', 'BIRTH_DATE'] }]);
    const third = await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: addDays(BORN, 30) });
    expect(ids(third.possibleDuplicates!)).toEqual([byMvr.id, again.id].sort());
    const fromDazd = ok(await dazd.request(ChildCaseDuplicatesDocument, { id: third.id }), 'DAZD duplicates').childCase.possibleDuplicates;
    expect(ids(fromDazd!)).toEqual([byMvr.id, bySar.id, again.id].sort());
  });

  it('issue 21.4: the names are kept as indexed keys, so the search reads only cases with a name in common; a page of cases gets its possible duplicates in one statement', async () => {
    const family = aFamily();
    const given = aFamily();
    const cases = [];
    for (let i = 0; i < 4; i++) cases.push(await open('MVR', { givenName: given.latin, familyName: family.latin, declaredBirthDate: addDays(BORN, i) }));
    const [{ keys }] = await hub()
      .orm.em.getConnection()
      .execute<{ keys: string[] }[]>('select name_keys as keys from child_case where id = ?', [cases[0]!.id]);
    expect([...keys].sort()).toEqual([...new Set([...nameKeys(given.latin), ...nameKeys(family.latin)])].sort());

    // A case written before the keys existed (null) is keyed when the hub starts, and found again.
    await hub().orm.em.getConnection().execute('update child_case set name_keys = null where id = ?', [cases[0]!.id]);
    const dazd = await as('DAZD');
    const search = async () => ids(ok(await matches(dazd, { familyName: family.cyrillic }), 'search').childCaseMatches);
    expect(await search()).not.toContain(cases[0]!.id);
    expect(await rekeyChildCases(hub().hubEm())).toBeGreaterThanOrEqual(1);
    expect(await search()).toEqual(cases.map((c) => c.id).sort());

    // Each case's possible duplicates are the three others, never itself.
    for (const c of cases) {
      const found = ok(await dazd.request(ChildCaseDuplicatesDocument, { id: c.id }), 'duplicates').childCase.possibleDuplicates;
      expect(ids(found!)).toEqual(
        cases
          .filter((x) => x !== c)
          .map((x) => x.id)
          .sort(),
      );
    }
    // A page of cases, each with its possible duplicates: one search statement for the page, not one per case.
    statements.length = 0;
    const page = ok(await dazd.request(ChildCasesWithDuplicatesDocument, { first: 20 }), 'page').childCases.edges;
    expect(page.length).toBeGreaterThanOrEqual(4);
    const searches = statements.filter((sql) => sql.includes('name_keys" &&'));
    expect(searches.length, searches.join('\n')).toBe(1);
  });
});
