import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { addYears, type CalendarDate } from '../../shared/dates.js';
import { ChildCase } from './child-case.entity.js';

/**
 * One child, one record (issue 21.4): possible matches of a child among cases, across Latin and
 * Cyrillic spellings. A name becomes a key that spellings of the same name share: Cyrillic by the
 * Bulgarian transliteration (Transliteration Act, Art. 3), diacritics dropped, then a skeleton of the
 * consonants after the first letter, with the usual variants of transcribed names folded together
 * (Ahmad, Ahmed, Akhmed, Ахмед → "ahmd"; Mohammad, Muhammad, Мохамед → "mhmd"). Loose on purpose: a
 * person decides; Mahmoud is "mhmd" too, and the birth date and nationality tell them apart.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};
// Variants of one sound in transcriptions of the same name, folded to one letter (order matters: kh before h).
const FOLDS: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/(ck|q|c(?!h))/g, 'k'],
  [/w/g, 'v'],
  [/dj|dzh|j/g, 'zh'],
  [/ee|ou|oo/g, 'u'],
];

/** The keys of each word of a name (given or family), for matching; empty when the name is unknown. */
export function nameKeys(name: string | null | undefined): string[] {
  if (!name) return [];
  const latin = [...name.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('');
  const plain = latin.normalize('NFD').replace(/\p{M}/gu, '');
  return plain
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1)
    .map((word) => {
      const folded = FOLDS.reduce((w, [from, to]) => w.replace(from, to), word);
      // The first letter, then the consonants (the vowels, and y, vary most between spellings), no letter twice in a row.
      const skeleton = folded[0] + folded.slice(1).replace(/[aeiouy]/g, '');
      return skeleton.replace(/(.)\1+/g, '$1');
    });
}

export interface MatchCriteria {
  givenName?: string | null;
  familyName?: string | null;
  declaredBirthDate?: CalendarDate | null;
  nationality?: string | null;
  beneficiaryId?: string | null;
}

export enum MatchReason {
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  NATIONALITY = 'NATIONALITY',
  BENEFICIARY = 'BENEFICIARY',
}
registerEnumType(MatchReason, {
  name: 'MatchReason',
  valuesConfig: {
    NAME: { description: 'A word of the names in common, across Latin and Cyrillic spellings.' },
    BIRTH_DATE: { description: 'Both have a declared birth date, within a year of each other.' },
    NATIONALITY: { description: 'Both have the same nationality.' },
    BENEFICIARY: { description: 'The same beneficiary record.' },
  },
});

/** How many cases a search reads at most before comparing names (newest identification first). */
const SCANNED = 2000;

/**
 * The cases in `scope` that may be the same child: the same beneficiary record, or a name word in
 * common (by key) with no contradiction: birth dates within a year of each other, or one unknown; the
 * same nationality, or one unknown; never a case already merged into another. The scope decides what a caller may learn: a search never says
 * anything of a case outside it.
 */
export async function possibleMatches(
  em: EntityManager,
  criteria: MatchCriteria,
  scope: FilterQuery<ChildCase>,
  excludeId?: string,
): Promise<{ childCase: ChildCase; reasons: MatchReason[] }[]> {
  const keys = new Set([...nameKeys(criteria.givenName), ...nameKeys(criteria.familyName)]);
  if (!keys.size && !criteria.beneficiaryId) return [];
  const born = criteria.declaredBirthDate;
  const plausible: FilterQuery<ChildCase>[] = [];
  if (born) plausible.push({ $or: [{ declaredBirthDate: null }, { declaredBirthDate: { $gte: addYears(born, -1), $lte: addYears(born, 1) } }] });
  if (criteria.nationality) plausible.push({ $or: [{ nationality: null }, { nationality: criteria.nationality }] });
  const either: FilterQuery<ChildCase>[] = [];
  if (keys.size) either.push(plausible.length ? { $and: plausible } : {});
  if (criteria.beneficiaryId) either.push({ beneficiary: criteria.beneficiaryId });
  // A case merged into another (DUPLICATE) is settled: the kept case answers for the child.
  const where: FilterQuery<ChildCase> = { $and: [scope, { $or: either }, { mergedInto: null }, ...(excludeId ? [{ id: { $ne: excludeId } }] : [])] };
  const rows = await em.find(ChildCase, where, { orderBy: { identifiedOn: 'desc', id: 'asc' }, limit: SCANNED });
  const found: { childCase: ChildCase; reasons: MatchReason[] }[] = [];
  for (const c of rows) {
    const reasons: MatchReason[] = [];
    if (criteria.beneficiaryId && c.beneficiary?.id === criteria.beneficiaryId) reasons.push(MatchReason.BENEFICIARY);
    const theirs = [...nameKeys(c.givenName), ...nameKeys(c.familyName)];
    if (theirs.some((k) => keys.has(k))) {
      reasons.push(MatchReason.NAME);
      if (born && c.declaredBirthDate) reasons.push(MatchReason.BIRTH_DATE);
      if (criteria.nationality && c.nationality) reasons.push(MatchReason.NATIONALITY);
    }
    if (reasons.includes(MatchReason.BENEFICIARY) || reasons.includes(MatchReason.NAME)) found.push({ childCase: c, reasons });
  }
  return found;
}
