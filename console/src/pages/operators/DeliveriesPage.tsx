import { useState } from 'react';
import { request, useQuery } from '../../api.js';
import { ConsoleOperatorsDeliveriesDocument, ConsoleOperatorsRetryDeliveryDocument, type NotificationFilter } from '../../gql/graphql.js';
import { formatDate, useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateTime, useOperatorsStrings } from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

const PAGE = 50;
const VIEWS = ['failed', 'overdue', 'escalated'] as const;
type View = (typeof VIEWS)[number];

/**
 * Delivery health (docs/notifications.md, "Operating the webhooks"): failed, overdue or escalated
 * notifications, their metadata only (ADMIN never reads a notification's content), and a failed
 * one sent again.
 */
export function DeliveriesPage() {
  const t = useT();
  const s = useOperatorsStrings();
  const { credentials } = useSession();
  const [view, setView] = useState<View>('failed');
  const pages = usePages();
  const filter: NotificationFilter = { [view]: true };
  const list = useQuery(credentials, ConsoleOperatorsDeliveriesDocument, { first: PAGE, after: pages.after, filter });
  const act = useAct();
  const [retried, setRetried] = useState<string | null>(null);
  const retry = async (id: string) => {
    setRetried(null);
    const done = await act.run(() => request(credentials, ConsoleOperatorsRetryDeliveryDocument, { id }));
    if (done?.data) {
      setRetried(id);
      await list.reload();
    }
  };
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{s('deliveries')}</h2>
      <p>{s('deliveriesNote')}</p>
      {/* A native select: react-aria's Select (ui/fields.tsx) applies an inline style, which the console's CSP refuses. */}
      <label className="field">
        {s('show')}
        <select
          name="view"
          value={view}
          onChange={(e) => {
            setView(e.target.value as View);
            pages.reset();
          }}
        >
          {VIEWS.map((v) => (
            <option key={v} value={v}>
              {s(`filter.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <ErrorText error={act.error} />
      {retried && <p role="status">{s('retried')}</p>}
      <ErrorText error={list.error} />
      {!list.data ? (
        !list.error && <p>{t('loading')}</p>
      ) : (
        <>
          <p>
            {t('total')}: {list.data.notifications.totalCount}
          </p>
          {list.data.notifications.edges.length === 0 ? (
            <p>{s('deliveriesEmpty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('createdAt')}</th>
                  <th scope="col">{s('kind')}</th>
                  <th scope="col">{s('article')}</th>
                  <th scope="col">{s('sender')}</th>
                  <th scope="col">{s('recipient')}</th>
                  <th scope="col">{s('dueBy')}</th>
                  <th scope="col">{s('state')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.notifications.edges.map(({ node: n }) => (
                  <tr key={n.id} data-testid="delivery" className={n.overdue ? 'overdue' : undefined}>
                    <td>
                      <DateTime iso={n.createdAt} />
                    </td>
                    <td>{n.kind}</td>
                    <td>{n.article}</td>
                    <td>{n.sender?.code ?? s('hub')}</td>
                    <td>{n.recipient.code}</td>
                    <td>
                      <time dateTime={n.dueBy}>{formatDate(n.dueBy)}</time>
                    </td>
                    <td>
                      {n.overdue && <div className="badge">{s('overdue')}</div>}
                      {n.deliveredAt && (
                        <div>
                          {s('deliveredOn')} {formatDate(n.deliveredAt)}
                        </div>
                      )}
                      {n.escalatedAt && (
                        <div>
                          {s('escalatedOn')} {formatDate(n.escalatedAt)}
                        </div>
                      )}
                      {n.failedAt && (
                        <div>
                          {s('failedOn')} {formatDate(n.failedAt)}{' '}
                          <button type="button" onClick={() => void retry(n.id)} disabled={act.pending}>
                            {s('retry')}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} pageInfo={list.data.notifications.pageInfo} label={t('pages')} />
        </>
      )}
    </section>
  );
}
