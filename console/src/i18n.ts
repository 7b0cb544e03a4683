import { createContext, useContext } from 'react';

/** Every string the console shows, in Bulgarian (the default) and English. */
const bg = {
  title: 'Център за интеграция — конзола',
  language: 'Език',
  signIn: 'Вход',
  signInDev: 'Вход за разработка',
  signInDevNote: 'Само в среда за разработка: издава се токен за разработка. В производствена среда входът е чрез доставчика на самоличност на институцията (още не е изграден).',
  role: 'Роля',
  unit: 'Звено (код)',
  purpose: 'Цел на използването',
  'purpose.integration-agreement': 'Изпълнение на споразумение за интеграция',
  'purpose.child-protection': 'Закрила на детето',
  'purpose.health-care': 'Здравеопазване',
  'purpose.supervision': 'Контрол',
  signOut: 'Изход',
  signedInAs: 'Вписан като',
  inbox: 'Входящи известия',
  loading: 'Зареждане…',
  empty: 'Няма известия.',
  kind: 'Вид',
  article: 'Основание',
  sender: 'Изпращач',
  dueBy: 'Срок',
  status: 'Състояние',
  overdue: 'Просрочено',
  acknowledged: 'Потвърдено на',
  pending: 'Очаква потвърждение',
  acknowledge: 'Потвърди',
  hub: 'Центърът',
  outsideView: 'извън вашия законов обхват',
  error: 'Грешка',
  total: 'Общо',
} as const;

export type Key = keyof typeof bg;
export type Dictionary = Record<Key, string>;

const en: Dictionary = {
  title: 'Integration hub — console',
  language: 'Language',
  signIn: 'Sign in',
  signInDev: 'Development sign-in',
  signInDevNote: 'Development only: mints a development token. In production, sign-in is through the institution’s identity provider (not built yet).',
  role: 'Role',
  unit: 'Unit (code)',
  purpose: 'Purpose of use',
  'purpose.integration-agreement': 'Carrying out an integration agreement',
  'purpose.child-protection': 'Child protection',
  'purpose.health-care': 'Health care',
  'purpose.supervision': 'Supervision',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  inbox: 'Notifications inbox',
  loading: 'Loading…',
  empty: 'No notifications.',
  kind: 'Kind',
  article: 'Basis',
  sender: 'Sender',
  dueBy: 'Due by',
  status: 'Status',
  overdue: 'Overdue',
  acknowledged: 'Acknowledged on',
  pending: 'Awaiting acknowledgement',
  acknowledge: 'Acknowledge',
  hub: 'The hub',
  outsideView: 'outside your statutory view',
  error: 'Error',
  total: 'Total',
};

export const dictionaries = { bg: bg as Dictionary, en } as const;
export type Language = keyof typeof dictionaries;

export const LanguageContext = createContext<Language>('bg');

export function useT(): (key: Key) => string {
  const language = useContext(LanguageContext);
  return (key) => dictionaries[language][key];
}

/** dd.mm.yyyy, the day in Bulgaria (Europe/Sofia), whatever the browser's language. */
export function formatDate(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Sofia', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}`;
}
