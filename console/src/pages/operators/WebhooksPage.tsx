import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { request, useQuery, type QueryState } from '../../api.js';
import {
  ConsoleOperatorsRegisterWebhookDocument,
  ConsoleOperatorsRotateKeyDocument,
  ConsoleOperatorsTestDeliveryDocument,
  ConsoleOperatorsWebhookAttemptsDocument,
  ConsoleOperatorsWebhooksDocument,
  type ConsoleOperatorsTestDeliveryMutation,
  type ConsoleOperatorsWebhookAttemptsQuery,
} from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextInput } from '../../ui/fields.js';
import { DateTime, useInstitutionName, useOperatorsStrings } from './common.js';

/** Every institution that receives notifications, with its endpoint if any; filtered on the page. */
export function WebhooksPage() {
  const t = useT();
  const s = useOperatorsStrings();
  const name = useInstitutionName();
  const { credentials } = useSession();
  const list = useQuery(credentials, ConsoleOperatorsWebhooksDocument, {});
  const [search, setSearch] = useState('');
  const [registeredOnly, setRegisteredOnly] = useState(false);
  if (list.error) return <ErrorText error={list.error} />;
  if (!list.data) return <p>{t('loading')}</p>;
  const needle = search.trim().toLowerCase();
  const rows = list.data.institutionWebhooks.filter(
    (w) =>
      (!registeredOnly || w.url) &&
      (!needle || [w.institution.code, w.institution.nameBg, w.institution.nameEn ?? ''].some((v) => v.toLowerCase().includes(needle))),
  );
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{s('webhooks')}</h2>
      <p>{s('webhooksNote')}</p>
      <div className="ops-filters">
        <TextInput label={s('search')} name="search" value={search} onChange={setSearch} />
        <label className="ops-checkbox">
          <input type="checkbox" checked={registeredOnly} onChange={(e) => setRegisteredOnly(e.target.checked)} />
          {s('registeredOnly')}
        </label>
      </div>
      <p>
        {t('total')}: {rows.length}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{s('code')}</th>
            <th scope="col">{s('institution')}</th>
            <th scope="col">{s('endpoint')}</th>
            <th scope="col">{s('updatedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{s('manage')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.institution.code} data-testid="institution-webhook">
              <td>{w.institution.code}</td>
              <td>{name(w.institution)}</td>
              <td>{w.url ?? <em>{s('none')}</em>}</td>
              <td>{w.updatedAt ? <DateTime iso={w.updatedAt} /> : ''}</td>
              <td>
                <Link to={`/operators/webhooks/${encodeURIComponent(w.institution.code)}`} aria-label={`${s('manage')}: ${w.institution.code}`}>
                  {s('manage')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One institution's endpoint: register it, rotate its key (shown once), test it, see its attempts. */
export function WebhookPage() {
  const t = useT();
  const s = useOperatorsStrings();
  const name = useInstitutionName();
  const { code = '' } = useParams();
  const { credentials } = useSession();
  const list = useQuery(credentials, ConsoleOperatorsWebhooksDocument, {});
  const attempts = useQuery(credentials, ConsoleOperatorsWebhookAttemptsDocument, { institutionCode: code, first: 20 });
  const act = useAct();
  const [url, setUrl] = useState('');
  // The key, held in this page's state only until hidden or the page is left: the hub never shows it again.
  const [key, setKey] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [tested, setTested] = useState<ConsoleOperatorsTestDeliveryMutation['sendTestDelivery'] | null>(null);

  if (list.error) return <ErrorText error={list.error} />;
  if (!list.data) return <p>{t('loading')}</p>;
  const webhook = list.data.institutionWebhooks.find((w) => w.institution.code === code);
  if (!webhook)
    return (
      <p role="alert">
        {s('noSuchInstitution')} {code}.
      </p>
    );

  const afterAct = async () => {
    await Promise.all([list.reload(), attempts.reload()]);
  };
  const register = async () => {
    const done = await act.run(() => request(credentials, ConsoleOperatorsRegisterWebhookDocument, { institutionCode: code, url: url.trim() }));
    if (done?.data) {
      setKey(done.data.registerInstitutionWebhook.secret);
      setUrl('');
      await afterAct();
    }
  };
  const rotate = async () => {
    const done = await act.run(() => request(credentials, ConsoleOperatorsRotateKeyDocument, { institutionCode: code }));
    setConfirming(false);
    if (done?.data) {
      setKey(done.data.rotateWebhookKey.secret);
      await afterAct();
    }
  };
  const test = async () => {
    setTested(null);
    const done = await act.run(() => request(credentials, ConsoleOperatorsTestDeliveryDocument, { institutionCode: code }));
    if (done?.data) {
      setTested(done.data.sendTestDelivery);
      await attempts.reload();
    }
  };

  return (
    <section aria-labelledby="webhook-title">
      <p>
        <Link to="/operators">{s('back')}</Link>
      </p>
      <h2 id="webhook-title">
        {s('manageOf')} {name(webhook.institution)} ({code})
      </h2>
      <dl>
        <dt>{s('endpoint')}</dt>
        <dd data-testid="webhook-url">{webhook.url ?? <em>{s('none')}</em>}</dd>
        {webhook.updatedAt && (
          <>
            <dt>{s('updatedAt')}</dt>
            <dd>
              <DateTime iso={webhook.updatedAt} /> {webhook.registeredBy && `(${s('registeredBy')}: ${webhook.registeredBy})`}
            </dd>
          </>
        )}
      </dl>
      <ErrorText error={act.error} />
      {key && (
        <div className="ops-key" role="status" data-testid="new-key">
          <strong>{s('newKey')}</strong>
          <code>{key}</code>
          <span>{s('newKeyNote')}</span>
          <div>
            <button type="button" className="secondary" onClick={() => setKey(null)}>
              {s('hideKey')}
            </button>
          </div>
        </div>
      )}

      <form
        className="ops-panel"
        aria-labelledby="register-title"
        onSubmit={(e) => {
          e.preventDefault();
          void register();
        }}
      >
        <h3 id="register-title">{s('register')}</h3>
        <p>{s('registerNote')}</p>
        <TextInput label={s('url')} name="url" value={url} onChange={setUrl} isRequired error={act.fieldError('url')} />
        <div>
          <button type="submit" disabled={act.pending || !url.trim()}>
            {s('registerButton')}
          </button>
        </div>
      </form>

      {webhook.url && (
        <>
          <fieldset className="ops-panel" aria-labelledby="rotate-title">
            <h3 id="rotate-title">{s('rotate')}</h3>
            <p>{s('rotateNote')}</p>
            <div className="ops-actions">
              {confirming ? (
                <>
                  <button type="button" onClick={() => void rotate()} disabled={act.pending}>
                    {s('rotateConfirm')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirming(true)} disabled={act.pending}>
                  {s('rotateButton')}
                </button>
              )}
            </div>
          </fieldset>
          <fieldset className="ops-panel" aria-labelledby="test-title">
            <h3 id="test-title">{s('testDelivery')}</h3>
            <p>{s('testNote')}</p>
            <div className="ops-actions">
              <button type="button" onClick={() => void test()} disabled={act.pending}>
                {s('testButton')}
              </button>
              {tested && (
                <span role="status" data-testid="test-result" className={tested.outcome === 'ACCEPTED' ? 'ops-ok' : 'ops-bad'}>
                  {tested.outcome === 'ACCEPTED' ? s('testAccepted') : s('testFailed')}: {tested.statusCode ?? tested.error}
                </span>
              )}
            </div>
          </fieldset>
        </>
      )}

      <Attempts state={attempts} />
    </section>
  );
}

function Attempts({ state }: { state: QueryState<ConsoleOperatorsWebhookAttemptsQuery> }) {
  const t = useT();
  const s = useOperatorsStrings();
  return (
    <section aria-labelledby="attempts-title">
      <h3 id="attempts-title">{s('attempts')}</h3>
      <button type="button" className="secondary" onClick={() => void state.reload()}>
        {s('reload')}
      </button>
      <ErrorText error={state.error} />
      {!state.data ? (
        !state.error && <p>{t('loading')}</p>
      ) : state.data.webhookAttempts.length === 0 ? (
        <p>{s('attemptsEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{s('at')}</th>
              <th scope="col">{s('delivery')}</th>
              <th scope="col">{s('attempt')}</th>
              <th scope="col">{s('outcome')}</th>
              <th scope="col">{s('status')}</th>
              <th scope="col">{s('duration')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.webhookAttempts.map((a) => (
              <tr key={a.id} data-testid="attempt">
                <td>
                  <DateTime iso={a.createdAt} />
                </td>
                <td>{a.test ? s('test') : <code>{a.notificationId}</code>}</td>
                <td>{a.attempt}</td>
                <td>{s(`outcome.${a.outcome}`)}</td>
                <td>{a.statusCode ?? a.error}</td>
                <td>{a.durationMs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
