import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { ApiError, type Credentials } from '../api.js';
import { PURPOSES, type Purpose, type Session } from '../session.js';
import type { ConsoleConfig } from './dev.js';
import { sessionFor } from './session-for.js';

/**
 * Sign-in with the institutions' identity provider: OpenID Connect, authorization code with PKCE, the
 * console a public client (no secret). The tokens are held in memory only (gone when the page is
 * closed or reloaded); only the PKCE verifier and the chosen purpose wait in sessionStorage during the
 * round trip to the provider, and are removed on return.
 */
export type OidcConfig = NonNullable<ConsoleConfig['oidc']>;

/** What travels through the provider in the OIDC `state`: the purpose picked before leaving. */
interface ReturnState {
  purpose: Purpose;
}

/** Renew when the access token has less than this left (seconds), before sending a request with it. */
const RENEW_AHEAD_SECONDS = 60;

/** Where the provider sends the person back: the console's first page (a redirect URI registered with it). */
const redirectUri = () => `${window.location.origin}/console/`;

let manager: { key: string; manager: UserManager } | null = null;

/** One UserManager a page (its in-memory store holds the signed-in user). */
function managerFor(oidc: OidcConfig): UserManager {
  const key = JSON.stringify(oidc);
  if (manager?.key !== key) {
    manager = {
      key,
      manager: new UserManager({
        authority: oidc.issuer,
        client_id: oidc.clientId,
        redirect_uri: redirectUri(),
        response_type: 'code',
        scope: oidc.scope,
        // The resource indicator (RFC 8707), on the authorization request and the code's exchange (the
        // refresh asks for it in renew()): the provider then issues an access token for this hub.
        ...(oidc.resource ? { resource: oidc.resource, extraTokenParams: { resource: oidc.resource } } : {}),
        userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
        // No renewal in a hidden iframe, and no session-check iframe: the console's CSP allows no frame
        // (and the provider's pages refuse to be framed). Renewal is by refresh token, in renew().
        automaticSilentRenew: false,
        monitorSession: false,
        loadUserInfo: false,
      }),
    };
  }
  return manager.manager;
}

/** Leaves for the provider's sign-in page; it sends the person back to /console/ with a code. */
export async function startOidcSignIn(oidc: OidcConfig, purpose: Purpose): Promise<void> {
  const users = managerFor(oidc);
  // The verifiers of sign-ins begun and never finished (the person turned back at the provider) go.
  await users.clearStaleState();
  await users.signinRedirect({ state: { purpose } satisfies ReturnState });
}

/**
 * Signs out at the provider too (RP-initiated logout): on a shared workstation, a session left open at the
 * provider would let the next person sign in as this one without a password. The provider sends the
 * browser back to /console/ (a post-logout redirect URI registered with it); the tokens in memory go
 * with the page.
 */
async function endOidcSession(): Promise<void> {
  if (!manager) return;
  await manager.manager.signoutRedirect({ post_logout_redirect_uri: redirectUri() });
}

/** Forgets the signed-in person's tokens (the console signed out, or shows the sign-in again). */
export async function forgetOidcSignIn(): Promise<void> {
  await manager?.manager.removeUser();
}

/** The page is the provider's answer: /console/?code=…&state=… (or ?error=…&state=…). */
export function isOidcReturn(): boolean {
  const params = new URLSearchParams(window.location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

let returning: Promise<Session> | null = null;

/**
 * Completes the sign-in on return from the provider: exchanges the code (with the PKCE verifier), then
 * asks the hub who the token's holder is. Once a page, however often it is asked (React runs effects
 * twice in development); the code is for one use, so the URL is cleaned of it whatever the outcome.
 */
export function completeOidcSignIn(oidc: OidcConfig, onExpired: () => void): Promise<Session> {
  returning ??= (async () => {
    const users = managerFor(oidc);
    let user: User;
    try {
      user = await users.signinRedirectCallback();
    } finally {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
    const purpose = (user.state as Partial<ReturnState> | undefined)?.purpose;
    if (!purpose || !PURPOSES.includes(purpose)) throw new Error(`The sign-in came back without a known purpose (${String(purpose)}).`);
    try {
      return { ...(await sessionFor(oidcCredentials(users, oidc, purpose, onExpired), purpose, 'oidc')), end: endOidcSession };
    } catch (error) {
      // The hub refused the token (say, no role for it): the person is not signed in, and it is not kept.
      await users.removeUser();
      throw error;
    }
  })();
  return returning;
}

/**
 * The credentials of a signed-in person: the access token, renewed with the refresh token when it is
 * about to expire or when the hub refuses it (UNAUTHENTICATED). When renewal fails (no refresh token,
 * or the provider refuses it: revoked, expired, the person signed out there), the person is asked to
 * sign in again (`onExpired`).
 */
function oidcCredentials(users: UserManager, oidc: OidcConfig, purpose: Purpose, onExpired: () => void): Credentials {
  let renewing: Promise<User> | null = null;
  // One renewal at a time: requests that need a token meanwhile wait for the same one (a refresh token
  // is rotated on use, so a second refresh with the old one would be refused).
  const renew = () =>
    (renewing ??= (async () => {
      const user = await users.getUser();
      // Without a refresh token oidc-client-ts would renew in an iframe, which the CSP forbids.
      if (!user?.refresh_token) throw new Error('No refresh token to renew the sign-in with.');
      const renewed = await users.signinSilent(oidc.resource ? { resource: oidc.resource } : {});
      if (!renewed) throw new Error('The identity provider did not renew the sign-in.');
      return renewed;
    })().finally(() => {
      renewing = null;
    }));
  const lapse = async () => {
    await users.removeUser();
    onExpired();
  };
  return {
    purpose,
    token: async () => {
      const user = await users.getUser();
      // A token of unknown lifetime (no expires_in) is used until the hub refuses it.
      if (user && (user.expires_in === undefined || user.expires_in > RENEW_AHEAD_SECONDS)) return user.access_token;
      try {
        return (await renew()).access_token;
      } catch {
        await lapse();
        throw new ApiError([{ message: 'The sign-in has expired.', extensions: { code: 'UNAUTHENTICATED' } }]);
      }
    },
    onUnauthenticated: async () => {
      try {
        await renew();
        return true;
      } catch {
        await lapse();
        return false;
      }
    },
  };
}
