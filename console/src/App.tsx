import { createContext, useContext, useEffect, useState } from 'react';
import { createBrowserRouter, NavLink, Outlet, RouterProvider } from 'react-router';
import { SignIn } from './auth/SignIn.js';
import { dictionaries, LanguageContext, useLanguage, useT, type Key, type Language } from './i18n.js';
import { InboxPage } from './pages/inbox/InboxPage.js';
import { SessionContext, useSession, type Session } from './session.js';

/** The menu: each entry shown to the roles the policy lets read its data (`me.reads`), or to ADMIN. */
const NAV: { to: string; key: Key; shows: (s: Session) => boolean }[] = [
  { to: '/', key: 'nav.inbox', shows: (s) => s.me.reads.includes('NOTIFICATION') },
  { to: '/agreements', key: 'nav.agreements', shows: (s) => s.me.reads.some((c) => c === 'AGREEMENT_TERM' || c === 'APPLICATION') },
  { to: '/applications', key: 'nav.applications', shows: (s) => s.me.reads.includes('APPLICATION') },
  { to: '/objections', key: 'nav.objections', shows: (s) => s.me.reads.includes('OBJECTION') },
  { to: '/offences', key: 'nav.offences', shows: (s) => s.me.reads.includes('OFFENCE') },
  { to: '/children', key: 'nav.children', shows: (s) => s.me.reads.includes('UASC') },
  { to: '/indicators', key: 'nav.indicators', shows: (s) => s.me.reads.includes('STATS') || s.me.reads.includes('CHILD_STATS') },
  { to: '/operators', key: 'nav.operators', shows: (s) => s.me.role === 'ADMIN' },
  { to: '/graphiql', key: 'nav.graphiql', shows: () => true },
];

// The first page (the inbox) is in the main bundle; every other part of the console is its own
// chunk, loaded when first opened.
const router = createBrowserRouter(
  [
    {
      path: '/',
      Component: Shell,
      children: [
        { index: true, Component: InboxPage },
        { path: 'agreements/*', lazy: () => import('./pages/agreements/index.js') },
        { path: 'applications/*', lazy: () => import('./pages/applications/index.js') },
        { path: 'objections/*', lazy: () => import('./pages/objections/index.js') },
        { path: 'offences/*', lazy: () => import('./pages/offences/index.js') },
        { path: 'children/*', lazy: () => import('./pages/children/index.js') },
        { path: 'indicators/*', lazy: () => import('./pages/indicators/index.js') },
        { path: 'operators/*', lazy: () => import('./pages/operators/index.js') },
        { path: 'graphiql', lazy: () => import('./pages/graphiql/index.js') },
        { path: '*', Component: NotFound },
      ],
    },
  ],
  { basename: '/console' },
);

/** The frame's state, held by App above the router: the language and the session. */
interface Frame {
  setLanguage: (l: Language) => void;
  setSession: (s: Session | null) => void;
  expired: boolean;
  expire: () => void;
}

const FrameContext = createContext<Frame | null>(null);

export function App() {
  const [language, setLanguage] = useState<Language>('bg');
  // Kept in memory only: no localStorage, no cookie.
  const [session, setSessionState] = useState<Session | null>(null);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = dictionaries[language].title;
  }, [language]);
  const setSession = (s: Session | null) => {
    setExpired(false);
    setSessionState(s);
  };
  const expire = () => {
    setSessionState(null);
    setExpired(true);
  };
  return (
    <FrameContext.Provider value={{ setLanguage, setSession, expired, expire }}>
      <LanguageContext.Provider value={language}>
        <SessionContext.Provider value={session}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </LanguageContext.Provider>
    </FrameContext.Provider>
  );
}

function Shell() {
  const t = useT();
  const language = useLanguage();
  const session = useContext(SessionContext);
  const { setSession, setLanguage, expired, expire } = useContext(FrameContext)!;
  return (
    <>
      <header className="bar">
        <h1>{t('title')}</h1>
        <label>
          {t('language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="language">
            <option value="bg">Български</option>
            <option value="en">English</option>
          </select>
        </label>
        {session && (
          <span>
            {t('signedInAs')} <strong>{session.me.institutionCode}</strong>{' '}
            <button type="button" onClick={() => void (session.end ? session.end().catch(() => setSession(null)) : setSession(null))}>
              {t('signOut')}
            </button>
          </span>
        )}
      </header>
      {session && <Nav />}
      <main>{session ? <Outlet /> : <SignIn onSignedIn={setSession} onExpired={expire} expired={expired} />}</main>
    </>
  );
}

function Nav() {
  const t = useT();
  const session = useSession();
  return (
    <nav aria-label={t('menu')} className="nav">
      <ul>
        {NAV.filter((n) => n.shows(session)).map((n) => (
          <li key={n.to}>
            <NavLink to={n.to} end={n.to === '/'}>
              {t(n.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotFound() {
  const t = useT();
  return <p role="alert">{t('notFound')}</p>;
}
