/**
 * One child, one record (issue 21.4): possible matches of a child among cases, across Latin and
 * Cyrillic spellings. A name becomes a key that spellings of the same name share: Cyrillic by the
 * Bulgarian transliteration (Transliteration Act, Art. 3), diacritics dropped, then a skeleton of the
 * consonants after the first letter, with the usual variants of transcribed names folded together
 * (Ahmad, Ahmed, Akhmed, Ахмед → "ahmd"; Mohammad, Muhammad, Мохамед → "mhmd"). Loose on purpose: a
 * person decides; Mahmoud is "mhmd" too, and the birth date and nationality tell them apart.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
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

/** The keys of a child's names, given and family, each once: what ChildCase.nameKeys holds (indexed) for the search. */
export const caseNameKeys = (c: { givenName?: string | null; familyName?: string | null }): string[] => [
  ...new Set([...nameKeys(c.givenName), ...nameKeys(c.familyName)]),
];
