import { useCallback, useContext, useEffect, useState } from 'react';
import { AcknowledgeMutation, DEV_ROLES, devToken, forbiddenPaths, InboxQuery, PURPOSES, request, type InboxNotification, type Purpose, type Session } from './api.js';
import { dictionaries, formatDate, LanguageContext, useT, type Key, type Language } from './i18n.js';

export function App() {
  const [language, setLanguage] = useState<Language>('bg');
  // Kept in memory only: no localStorage, no cookie.
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = dictionaries[language].title;
  }, [language]);
  const t = (key: Key) => dictionaries[language][key];
  return (
    <LanguageContext.Provider value={language}>
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
            {t('signedInAs')} <strong>{session.role}{session.unit ? `-${session.unit}` : ''}</strong>{' '}
            <button type="button" onClick={() => setSession(null)}>{t('signOut')}</button>
          </span>
        )}
      </header>
      <main>{session ? <Inbox session={session} /> : <DevSignIn onSignedIn={setSession} />}</main>
    </LanguageContext.Provider>
  );
}

function DevSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT();
  const [role, setRole] = useState(DEV_ROLES[0].role);
  const [unit, setUnit] = useState(DEV_ROLES[0].unit ?? '');
  const [purpose, setPurpose] = useState<Purpose>(PURPOSES[0]);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const token = await devToken(role, unit.trim() || null, purpose);
      onSignedIn({ token, role, unit: unit.trim() || null, purpose });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signInDev')}</h2>
      <p>{t('signInDevNote')}</p>
      <label>
        {t('role')}
        <select
          value={role}
          onChange={(e) => {
            setRole(e.target.value);
            setUnit(DEV_ROLES.find((r) => r.role === e.target.value)?.unit ?? '');
          }}
        >
          {DEV_ROLES.map((r) => (
            <option key={r.role} value={r.role}>{r.role}</option>
          ))}
        </select>
      </label>
      <label>
        {t('unit')}
        <input value={unit} onChange={(e) => setUnit(e.target.value)} />
      </label>
      <label>
        {t('purpose')}
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
          {PURPOSES.map((p) => (
            <option key={p} value={p}>{t(`purpose.${p}`)}</option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{t('error')}: {error}</p>}
      <button type="submit">{t('signIn')}</button>
    </form>
  );
}

/**
 * Past its deadline for the recipient: undelivered past dueBy (the hub's `overdue`), or not yet
 * acknowledged past dueBy (reading the inbox delivers what it lists, so `overdue` alone turns false).
 */
function isLate(n: InboxNotification, now = Date.now()): boolean {
  return n.overdue || (!n.acknowledgedAt && Date.parse(n.dueBy) < now);
}

/** Overdue first, then the nearest deadline. */
function inboxOrder(a: InboxNotification, b: InboxNotification): number {
  if (isLate(a) !== isLate(b)) return isLate(a) ? -1 : 1;
  return a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0;
}

function Inbox({ session }: { session: Session }) {
  const t = useT();
  const language = useLanguage();
  const [rows, setRows] = useState<{ node: InboxNotification; path: string }[] | null>(null);
  const [total, setTotal] = useState(0);
  const [forbidden, setForbidden] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const { data, errors } = await request(session, InboxQuery, { first: 100 });
      setForbidden(forbiddenPaths(errors));
      const edges = data?.notifications.edges ?? [];
      setTotal(data?.notifications.totalCount ?? 0);
      setRows(edges.map((edge, i) => ({ node: edge.node, path: `notifications.edges.${i}.node` })).sort((a, b) => inboxOrder(a.node, b.node)));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [session]);
  useEffect(() => void load(), [load]);

  const acknowledge = async (id: string) => {
    try {
      await request(session, AcknowledgeMutation, { id });
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  /** A field the policy refused: said so, the rest of the row stays. */
  const field = (path: string, name: string, value: React.ReactNode) =>
    forbidden.has(`${path}.${name}`) ? <em className="outside">{t('outsideView')}</em> : value;

  if (error) return <p role="alert">{t('error')}: {error}</p>;
  if (!rows) return <p>{t('loading')}</p>;
  return (
    <section aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('inbox')}</h2>
      <p>{t('total')}: {total}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dueBy')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('article')}</th>
              <th scope="col">{t('sender')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node, path }) => (
              <tr key={node.id} className={isLate(node) ? 'overdue' : undefined} data-testid="notification">
                <td>
                  {field(path, 'dueBy', <time dateTime={node.dueBy}>{formatDate(node.dueBy)}</time>)}
                  {isLate(node) && <strong className="badge"> {t('overdue')}</strong>}
                </td>
                <td>{field(path, 'kind', node.kind)}</td>
                <td>{field(path, 'article', node.article)}</td>
                <td>
                  {field(path, 'sender', node.sender ? (language === 'en' ? node.sender.nameEn ?? node.sender.nameBg : node.sender.nameBg) : t('hub'))}
                </td>
                <td>
                  {node.acknowledgedAt ? (
                    `${t('acknowledged')} ${formatDate(node.acknowledgedAt)}`
                  ) : (
                    <>
                      {t('pending')}{' '}
                      <button type="button" onClick={() => void acknowledge(node.id)}>{t('acknowledge')}</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function useLanguage(): Language {
  return useContext(LanguageContext);
}
