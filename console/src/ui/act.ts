import { useState } from 'react';
import { ApiError, errorText } from '../api.js';
import { useLanguage } from '../i18n.js';

/**
 * One act of the law sent from a form: `run(() => request(...))` shows nothing twice (pending),
 * and on a refusal keeps the hub's message, in Bulgarian when it has one (extensions.messageBg),
 * with the field it names (extensions.field) so the form can mark that field.
 */
export function useAct() {
  const language = useLanguage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = error instanceof ApiError ? error.field : undefined;
  return {
    pending,
    error,
    /** The hub's message for this field (e.g. "concludedOn"), when the hub named it. */
    fieldError: (name: string) => (field === name ? errorText(error, language) : undefined),
    /** Runs the act; resolves to its result, or to null when refused (the error is shown). */
    async run<T>(send: () => Promise<T>): Promise<T | null> {
      setPending(true);
      setError(null);
      try {
        return await send();
      } catch (e) {
        setError(e);
        return null;
      } finally {
        setPending(false);
      }
    },
  };
}
