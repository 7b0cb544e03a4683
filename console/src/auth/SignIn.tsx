import { useEffect, useState } from 'react';
import { ApiError, request, type Credentials } from '../api.js';
import { useT } from '../i18n.js';
import { MeQuery, PURPOSES, type Purpose, type Session } from '../session.js';
import { ErrorText } from '../ui/ErrorText.js';
import { consoleConfig, DEV_ROLES, devToken, type ConsoleConfig } from './dev.js';

/** Asks the hub who the token's holder is (and what the policy lets the role do). */
export async function sessionFor(credentials: Credentials, purpose: Purpose, source: Session['source']): Promise<Session> {
  const { data } = await request(credentials, MeQuery, {});
  if (!data) throw new ApiError([{ message: 'No account.' }]);
  return { me: data.me, purpose, source, credentials };
}

/**
 * Sign-in: the institutions' identity provider when the hub names one, and in development the
 * picker of role, unit and purpose. `expired` says why the person is asked again.
 */
export function SignIn({ onSignedIn, onExpired, expired }: { onSignedIn: (s: Session) => void; onExpired: () => void; expired: boolean }) {
  const t = useT();
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    consoleConfig().then(setConfig, setError);
  }, []);
  return (
    <>
      {expired && <p role="status">{t('sessionExpired')}</p>}
      <ErrorText error={error} />
      {config?.devSignIn && <DevSignIn onSignedIn={onSignedIn} onExpired={onExpired} />}
    </>
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
            <option key={r.role} value={r.role}>{r.role}</option>
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

export function PurposePicker({ purpose, onChange }: { purpose: Purpose; onChange: (p: Purpose) => void }) {
  const t = useT();
  return (
    <label>
      {t('purpose')}
      <select value={purpose} onChange={(e) => onChange(e.target.value as Purpose)}>
        {PURPOSES.map((p) => (
          <option key={p} value={p}>{t(`purpose.${p}`)}</option>
        ))}
      </select>
    </label>
  );
}
