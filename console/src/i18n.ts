import { createContext, useContext } from 'react';

/**
 * Every string the console shows comes from a dictionary: this one for the frame (sign-in, menu,
 * errors), and each page's own (`defineStrings` beside the page), so a page's words travel in its
 * own bundle. Bulgarian is the default; English the other language.
 */
const bg = {
  title: 'Център за интеграция — конзола',
  language: 'Език',
  signIn: 'Вход',
  signInDev: 'Вход за разработка',
  signInDevNote: 'Само в среда за разработка: издава се токен за разработка. В производствена среда входът е чрез доставчика на самоличност на институцията.',
  signInOidc: 'Вход чрез доставчика на самоличност на институцията',
  sessionExpired: 'Сесията изтече. Влезте отново.',
  role: 'Роля',
  unit: 'Звено (код)',
  purpose: 'Цел на използването',
  'purpose.integration-agreement': 'Изпълнение на споразумение за интеграция',
  'purpose.child-protection': 'Закрила на детето',
  'purpose.health-care': 'Здравеопазване',
  'purpose.supervision': 'Контрол',
  signOut: 'Изход',
  signedInAs: 'Вписан като',
  menu: 'Основно меню',
  'nav.inbox': 'Известия',
  'nav.agreements': 'Споразумения',
  'nav.children': 'Деца',
  'nav.indicators': 'Показатели',
  'nav.operators': 'Администриране',
  'nav.graphiql': 'GraphiQL',
  loading: 'Зареждане…',
  outsideView: 'извън вашия законов обхват',
  error: 'Грешка',
  notFound: 'Няма такава страница.',
  total: 'Общо',
  save: 'Запис',
  cancel: 'Отказ',
  next: 'Следваща страница',
  previous: 'Предишна страница',
  pages: 'Страници',
  downloadCsv: 'Изтегляне като CSV',
  dateFormat: 'дд.мм.гггг',
  'nav.applications': 'Заявления',
  'nav.objections': 'Възражения',
  'nav.offences': 'Нарушения',
} as const;

export type Key = keyof typeof bg;
export type Dictionary = Record<Key, string>;

const en: Dictionary = {
  title: 'Integration hub — console',
  language: 'Language',
  signIn: 'Sign in',
  signInDev: 'Development sign-in',
  signInDevNote: 'Development only: mints a development token. In production, sign-in is through the institution’s identity provider.',
  signInOidc: 'Sign in with your institution’s identity provider',
  sessionExpired: 'Your session has expired. Please sign in again.',
  role: 'Role',
  unit: 'Unit (code)',
  purpose: 'Purpose of use',
  'purpose.integration-agreement': 'Carrying out an integration agreement',
  'purpose.child-protection': 'Child protection',
  'purpose.health-care': 'Health care',
  'purpose.supervision': 'Supervision',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  menu: 'Main menu',
  'nav.inbox': 'Notifications',
  'nav.agreements': 'Agreements',
  'nav.children': 'Children',
  'nav.indicators': 'Indicators',
  'nav.operators': 'Operations',
  'nav.graphiql': 'GraphiQL',
  loading: 'Loading…',
  outsideView: 'outside your statutory view',
  error: 'Error',
  notFound: 'No such page.',
  total: 'Total',
  save: 'Save',
  cancel: 'Cancel',
  next: 'Next page',
  previous: 'Previous page',
  pages: 'Pages',
  downloadCsv: 'Download as CSV',
  dateFormat: 'dd.mm.yyyy',
  'nav.applications': 'Applications',
  'nav.objections': 'Objections',
  'nav.offences': 'Offence reports',
};

export const dictionaries = { bg: bg as Dictionary, en } as const;
export type Language = keyof typeof dictionaries;

export const LanguageContext = createContext<Language>('bg');
export const useLanguage = (): Language => useContext(LanguageContext);

export function useT(): (key: Key) => string {
  const language = useLanguage();
  return (key) => dictionaries[language][key];
}

/**
 * A page's own strings: Bulgarian first, English with exactly the same keys (the type checks it).
 * `const strings = defineStrings({ bg: {...}, en: {...} })`, then `const s = useStrings(strings)`.
 */
export function defineStrings<B extends Record<string, string>>(dictionaries: { bg: B; en: Record<keyof B, string> }) {
  return dictionaries as { bg: Record<keyof B, string>; en: Record<keyof B, string> };
}

export function useStrings<K extends string>(strings: { bg: Record<K, string>; en: Record<K, string> }): (key: K) => string {
  const language = useLanguage();
  return (key) => strings[language][key];
}

/** dd.mm.yyyy, the day in Bulgaria (Europe/Sofia), whatever the browser's language. A bare date (yyyy-mm-dd) is that day. */
export function formatDate(iso: string): string {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (bare) return `${bare[3]}.${bare[2]}.${bare[1]}`;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Sofia', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}`;
}
