import { useEffect, useEffectEvent, useState } from 'react';
import type { Credentials } from '../api.js';
import { useT } from '../i18n.js';
import { PURPOSES, type Purpose, type Session } from '../session.js';
import { ErrorText } from '../ui/ErrorText.js';
import { consoleConfig, DEV_ROLES, devToken, type ConsoleConfig } from './dev.js';
import { completeOidcSignIn, forgetOidcSignIn, isOidcReturn, startOidcSignIn, type OidcConfig } from './oidc.js';
import { sessionFor } from './session-for.js';

/**
 * Sign-in: the institutions' identity provider when the hub names one, and in development the
 * picker of role, unit and purpose. `expired` says why the person is asked again.
 */
export function SignIn({ onSignedIn, onExpired, expired }: { onSignedIn: (s: Session) => void; onExpired: () => void; expired: boolean }) {
  const t = useT();
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Back from the identity provider (/console/?code=…): finish that sign-in before offering another.
  const [returning, setReturning] = useState(isOidcReturn);
  useEffect(() => {
    // Shown again after signing out (the page is not the provider's answer, what `returning` starts as):
    // the tokens of the sign-in before are not kept in memory either. Once, when shown.
    if (!isOidcReturn()) void forgetOidcSignIn();
    consoleConfig().then(setConfig, setError);
  }, []);
  // Completes the return with the frame's callbacks as they are then: the frame passes new ones when it
  // renders again (language, expiry), and that must not complete the return again.
  const completeReturn = useEffectEvent((oidc: OidcConfig) => {
    completeOidcSignIn(oidc, onExpired).then(onSignedIn, (e: unknown) => {
      setError(e);
      setReturning(false);
    });
  });
  useEffect(() => {
    if (!config || !returning) return;
    if (!config.oidc) {
      setReturning(false);
      return;
    }
    completeReturn(config.oidc);
  }, [config, returning]);
  if (returning && !error) return <p role="status">{t('loading')}</p>;
  return (
    <>
      {expired && <p role="status">{t('sessionExpired')}</p>}
      <ErrorText error={error} />
      {config?.oidc && <OidcSignIn oidc={config.oidc} />}
      {config?.devSignIn && <DevSignIn onSignedIn={onSignedIn} onExpired={onExpired} />}
    </>
  );
}

/** The purpose, then the identity provider's own sign-in page (the person comes back signed in). */
function OidcSignIn({ oidc }: { oidc: OidcConfig }) {
  const t = useT();
  const [purpose, setPurpose] = useState<Purpose>(PURPOSES[0]);
  const [error, setError] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setLeaving(true);
    try {
      await startOidcSignIn(oidc, purpose);
    } catch (e) {
      // The provider could not be reached (its discovery document): say so, and let the person retry.
      setError(e);
      setLeaving(false);
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="sign-in-oidc-title">
      <h2 id="sign-in-oidc-title">{t('signIn')}</h2>
      <PurposePicker purpose={purpose} onChange={setPurpose} />
      <ErrorText error={error} />
      <button type="submit" disabled={leaving}>
        {t('signInOidc')}
      </button>
    </form>
  );
}

function DevSignIn({ onSignedIn, onExpired }: { onSignedIn: (s: Session) => void; onExpired: () => void }) {
  const t = useT();
  const [role, setRole] = useState(DEV_ROLES[0].role);
  const [unit, setUnit] = useState(DEV_ROLES[0].unit ?? '');
  const [purpose, setPurpose] = useState<Purpose>(PURPOSES[0]);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const token = await devToken(role, unit.trim() || null, purpose);
      // A development token is not renewed: when the hub refuses it, the person signs in again.
      const credentials: Credentials = {
        token: async () => token,
        purpose,
        onUnauthenticated: async () => {
          onExpired();
          return false;
        },
      };
      onSignedIn(await sessionFor(credentials, purpose, 'dev'));
    } catch (e) {
      setError(e);
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
            <option key={r.role} value={r.role}>
              {r.role}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('unit')}
        <input value={unit} onChange={(e) => setUnit(e.target.value)} />
      </label>
      <PurposePicker purpose={purpose} onChange={setPurpose} />
      <ErrorText error={error} />
      <button type="submit">{t('signIn')}</button>
    </form>
  );
}

function PurposePicker({ purpose, onChange }: { purpose: Purpose; onChange: (p: Purpose) => void }) {
  const t = useT();
  return (
    <label>
      {t('purpose')}
      <select value={purpose} onChange={(e) => onChange(e.target.value as Purpose)}>
        {PURPOSES.map((p) => (
          <option key={p} value={p}>
            {t(`purpose.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
