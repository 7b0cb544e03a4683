import { useState } from 'react';
import { request, useQuery } from '../../api.js';
import { ConsoleAcknowledgeDocument, ConsoleInboxDocument, type ConsoleInboxQuery } from '../../gql/graphql.js';
import { formatDate, useLanguage, useStrings, useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useFieldGate } from '../../ui/Outside.js';
import { inboxStrings } from './strings.js';

type InboxNotification = ConsoleInboxQuery['notifications']['edges'][number]['node'];

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

export function InboxPage() {
  const t = useT();
  const s = useStrings(inboxStrings);
  const language = useLanguage();
  const { credentials } = useSession();
  const inbox = useQuery(credentials, ConsoleInboxDocument, { first: 100 });
  const [actError, setActError] = useState<unknown>(null);
  const field = useFieldGate(inbox.forbidden);

  const acknowledge = async (id: string) => {
    setActError(null);
    try {
      await request(credentials, ConsoleAcknowledgeDocument, { id });
      await inbox.reload();
    } catch (e) {
      setActError(e);
    }
  };

  if (inbox.error) return <ErrorText error={inbox.error} />;
  if (!inbox.data) return <p>{t('loading')}</p>;
  const rows = inbox.data.notifications.edges
    .map((edge, i) => ({ node: edge.node, path: `notifications.edges.${i}.node` }))
    .sort((a, b) => inboxOrder(a.node, b.node));
  return (
    <section aria-labelledby="inbox-title">
      <h2 id="inbox-title">{s('inbox')}</h2>
      <p>
        {t('total')}: {inbox.data.notifications.totalCount}
      </p>
      <ErrorText error={actError} />
      {rows.length === 0 ? (
        <p>{s('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{s('dueBy')}</th>
              <th scope="col">{s('kind')}</th>
              <th scope="col">{s('article')}</th>
              <th scope="col">{s('sender')}</th>
              <th scope="col">{s('status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node, path }) => (
              <tr key={node.id} className={isLate(node) ? 'overdue' : undefined} data-testid="notification">
                <td>
                  {field(`${path}.dueBy`, <time dateTime={node.dueBy}>{formatDate(node.dueBy)}</time>)}
                  {isLate(node) && <strong className="badge"> {s('overdue')}</strong>}
                </td>
                <td>{field(`${path}.kind`, s(`kind.${node.kind}`))}</td>
                <td>{field(`${path}.article`, node.article)}</td>
                <td>
                  {field(`${path}.sender`, node.sender ? (language === 'en' ? (node.sender.nameEn ?? node.sender.nameBg) : node.sender.nameBg) : s('hub'))}
                </td>
                <td>
                  {node.acknowledgedAt ? (
                    `${s('acknowledged')} ${formatDate(node.acknowledgedAt)}`
                  ) : (
                    <>
                      {s('pending')}{' '}
                      <button type="button" onClick={() => void acknowledge(node.id)}>
                        {s('acknowledge')}
                      </button>
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
