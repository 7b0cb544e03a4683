import { errorText } from '../api.js';
import { useLanguage, useT } from '../i18n.js';

/** An error as a person reads it: the hub's own message, in Bulgarian when it has one. */
export function ErrorText({ error }: { error: unknown }) {
  const t = useT();
  const language = useLanguage();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {t('error')}: {errorText(error, language)}
    </p>
  );
}
