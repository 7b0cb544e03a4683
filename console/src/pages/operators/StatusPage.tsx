import { useQuery } from '../../api.js';
import { ConsoleOperatorsHubStatusDocument } from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateTime, useOperatorsStrings } from './common.js';

/** Readiness and migrations (hubStatus): what /readyz decides, in words, with the details behind it. */
export function StatusPage() {
  const t = useT();
  const s = useOperatorsStrings();
  const { credentials } = useSession();
  const status = useQuery(credentials, ConsoleOperatorsHubStatusDocument, {});
  if (status.error) return <ErrorText error={status.error} />;
  if (!status.data) return <p>{t('loading')}</p>;
  const h = status.data.hubStatus;
  const state = (ok: boolean, good: string, bad: string) => <span className={ok ? 'ops-ok' : 'ops-bad'}>{ok ? good : bad}</span>;
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{s('hubStatus')}</h2>
      <p>{s('statusNote')}</p>
      <button type="button" className="secondary" onClick={() => void status.reload()}>
        {s('reload')}
      </button>
      <table data-testid="hub-status">
        <thead>
          <tr>
            <th scope="col">{s('component')}</th>
            <th scope="col">{s('condition')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{s('database')}</th>
            <td>
              {state(h.databaseReachable, s('reachable'), s('unreachable'))} {h.databaseError}
            </td>
          </tr>
          <tr>
            <th scope="row">{s('jobQueue')}</th>
            <td>{state(h.jobQueueReachable, s('reachable'), s('unreachable'))}</td>
          </tr>
          <tr>
            <th scope="row">{s('deliveryRuntime')}</th>
            <td>{h.deliveryRuntime ? s('yes') : s('no')}</td>
          </tr>
          <tr>
            <th scope="row">{s('checkpoints')}</th>
            <td>
              {h.auditCheckpointOk === null ? s('checkpointNone') : state(h.auditCheckpointOk, s('checkpointOk'), s('checkpointFailed'))}
              {h.auditCheckpointError && ` (${h.auditCheckpointError})`}
              {h.lastCheckpointSeq && (
                <>
                  {' '}
                  — {s('lastCheckpoint')} {h.lastCheckpointSeq}
                  {h.lastCheckpointAt && (
                    <>
                      , <DateTime iso={h.lastCheckpointAt} />
                    </>
                  )}
                </>
              )}
            </td>
          </tr>
        </tbody>
      </table>

      <h3>{s('migrations')}</h3>
      <p role="status" data-testid="migrations-state">
        {state(h.migrationsPending.length === 0, s('pendingNone'), s('pendingSome'))}
      </p>
      {h.migrationsPending.length > 0 && (
        <>
          <h4>{s('pending')}</h4>
          <ul>
            {h.migrationsPending.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{s('applied')}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{s('name')}</th>
            <th scope="col">{s('executedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {h.migrationsApplied.map((m) => (
            <tr key={m.name} data-testid="migration">
              <td>{m.name}</td>
              <td>{m.executedAt ? <DateTime iso={m.executedAt} /> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{s('queues')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{s('queue')}</th>
            <th scope="col">{s('jobState')}</th>
            <th scope="col">{s('count')}</th>
          </tr>
        </thead>
        <tbody>
          {h.jobQueues.map((q) => (
            <tr key={`${q.queue}:${q.state}`}>
              <td>{q.queue}</td>
              <td>{q.state}</td>
              <td>{q.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
