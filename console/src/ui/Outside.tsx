import type { ReactNode } from 'react';
import { useT } from '../i18n.js';

/** A field the policy refused: said so in the reader's language; the rest of the page stays. */
export function Outside() {
  const t = useT();
  return <em className="outside">{t('outsideView')}</em>;
}

/**
 * `field(path, value)`: the value, or "outside your statutory view" when the hub refused that path
 * (FORBIDDEN with the path, e.g. "agreement.members.0.beneficiary.birthDate").
 */
export function useFieldGate(forbidden: Set<string>) {
  return (path: string, value: ReactNode): ReactNode => (forbidden.has(path) ? <Outside /> : value);
}
