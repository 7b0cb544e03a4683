import { createContext, useContext, useMemo } from 'react';
import type { Credentials } from './api.js';
import type { ConsoleMeQuery } from './gql/graphql.js';

export { ConsoleMeDocument as MeQuery } from './gql/graphql.js';

/** The purposes the sign-in offers, as codes; their names are in the translation files (i18n.ts). */
export const PURPOSES = ['integration-agreement', 'child-protection', 'health-care', 'supervision'] as const;
export type Purpose = (typeof PURPOSES)[number];

type Me = ConsoleMeQuery['me'];

/**
 * The signed-in person: only in memory (never in storage, never a cookie); gone when the page is
 * closed or reloaded. `me` is the hub's own account of the caller: role, unit, and what the policy
 * lets the role read (`reads`) and do (`acts`), so that pages offer that and nothing more.
 */
export interface Session {
  me: Me;
  purpose: Purpose;
  /** How the token was obtained: a development token, or the identity provider (auth/). */
  source: 'dev' | 'oidc';
  credentials: Credentials;
  /** Ends the session where it was opened too (the identity provider); without it, signing out forgets the token. */
  end?: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The session of a signed-in page (pages render only when signed in). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

/** What the role may do, from the hub's policy (`me.acts`, `me.reads`). */
export function useMay() {
  const { me } = useSession();
  return useMemo(() => {
    const acts = new Set(me.acts);
    const reads = new Set<string>(me.reads);
    return { act: (mutation: string) => acts.has(mutation), read: (dataClass: string) => reads.has(dataClass) };
  }, [me]);
}
