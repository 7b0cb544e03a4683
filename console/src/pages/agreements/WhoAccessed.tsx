import { useQuery } from '../../api.js';
import { ConsoleAgreementWhoAccessedDocument } from '../../gql/graphql.js';
import { formatDate, useT, type Key } from '../../i18n.js';
import { PURPOSES, useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useFieldGate } from '../../ui/Outside.js';
import { useAgreementStrings } from './common.js';

/**
 * "Who looked at this person's record" (the access log, `whoAccessed`): for the person's caseworker, a
 * role that reads identity data with the person in its scope. The button opens it; the table is asked
 * for only then: the question is itself a read of personal data, logged like any other.
 */
export function WhoAccessedButton({ beneficiaryId, open, onToggle }: { beneficiaryId: string; open: boolean; onToggle: () => void }) {
  const s = useAgreementStrings();
  return (
    <button type="button" className="secondary" aria-expanded={open} aria-controls={`who-${beneficiaryId}`} onClick={onToggle}>
      {open ? s('whoAccessedHide') : s('whoAccessed')}
    </button>
  );
}

export function WhoAccessed({ beneficiaryId, name }: { beneficiaryId: string; name: string }) {
  const t = useT();
  const s = useAgreementStrings();
  const { credentials } = useSession();
  const log = useQuery(credentials, ConsoleAgreementWhoAccessedDocument, { beneficiaryId });
  const field = useFieldGate(log.forbidden);
  // The console's purposes by their names; any other purpose (another client's) as it was stated.
  const purposeName = (p: string) => ((PURPOSES as readonly string[]).includes(p) ? t(`purpose.${p}` as Key) : p);
  if (log.error) return <ErrorText error={log.error} />;
  if (!log.data) return <p>{t('loading')}</p>;
  if (log.forbidden.has('whoAccessed')) return field('whoAccessed', null);
  const rows = log.data.whoAccessed;
  return (
    <table className="who-accessed" data-testid="who-accessed" id={`who-${beneficiaryId}`}>
      <caption>
        {s('whoAccessedTitle')} {name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{s('at')}</th>
          <th scope="col">{s('institution')}</th>
          <th scope="col">{s('purpose')}</th>
          <th scope="col">{s('operation')}</th>
          <th scope="col">{s('outcome')}</th>
          <th scope="col">{s('count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={6}>{s('noAccess')}</td>
          </tr>
        ) : (
          rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an access-log line has no id in the schema (two may be alike in every field); the rows are shown in the hub's order, never reordered, and hold no state
            <tr key={i}>
              <td>
                <time dateTime={r.at}>
                  {formatDate(r.at)} {new Date(r.at).toLocaleTimeString('bg-BG', { timeZone: 'Europe/Sofia', hour: '2-digit', minute: '2-digit' })}
                </time>
              </td>
              <td>{r.institutionCode}</td>
              <td>{r.purpose ? purposeName(r.purpose) : s('none')}</td>
              <td>{[r.operationType, r.operationName].filter(Boolean).join(' ') || s('none')}</td>
              <td>{r.outcome ?? s('none')}</td>
              <td>{r.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
