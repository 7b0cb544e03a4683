import { useState, type ReactNode } from 'react';
import { request, useQuery } from '../../api.js';
import {
  ConsoleMonitoringVisitsDocument,
  ConsoleRecordMonitoringVisitDocument,
  ConsoleRecordVisitFollowUpDocument,
  type ConsoleMonitoringVisitsQuery,
} from '../../gql/graphql.js';
import { formatDate, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateInput, TextInput } from '../../ui/fields.js';
import { Outside } from '../../ui/Outside.js';
import { ActForm, given, useChildrenStrings } from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

const PAGE = 20;
type Visit = ConsoleMonitoringVisitsQuery['monitoringVisits']['edges'][number]['node'];

/**
 * AP I.18: DAZD's monitoring visits to reception centres, newest first (DAZD and SAR read them); DAZD
 * records a visit and the follow-up of its recommendations.
 */
export function Monitoring() {
  const t = useT();
  const s = useChildrenStrings();
  const may = useMay();
  const { credentials } = useSession();
  const pages = usePages();
  const visits = useQuery(credentials, ConsoleMonitoringVisitsDocument, { first: PAGE, after: pages.after });
  const connection = visits.data?.monitoringVisits;
  return (
    <section aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">{s('monitoring')}</h2>
      {may.act('recordMonitoringVisit') && <RecordVisit onDone={visits.reload} />}
      {visits.error ? (
        <ErrorText error={visits.error} />
      ) : !connection ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p>
            {t('total')}: {connection.totalCount}
          </p>
          {connection.edges.length === 0 ? (
            <p>{s('monitoringEmpty')}</p>
          ) : (
            <table data-testid="monitoring-visits">
              <thead>
                <tr>
                  <th scope="col">{s('visitedOn')}</th>
                  <th scope="col">{s('centre')}</th>
                  <th scope="col">{s('findings')}</th>
                  <th scope="col">{s('recommendations')}</th>
                  <th scope="col">{s('followUp')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }, i) => (
                  <VisitRow key={node.id} visit={node} path={`monitoringVisits.edges.${i}.node`} forbidden={visits.forbidden} onDone={visits.reload} />
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} pageInfo={connection.pageInfo} label={t('pages')} />
        </>
      )}
    </section>
  );
}

function VisitRow({ visit: v, path, forbidden, onDone }: { visit: Visit; path: string; forbidden: Set<string>; onDone: () => Promise<void> }) {
  const s = useChildrenStrings();
  const may = useMay();
  const gate = (field: string, value: ReactNode) => (forbidden.has(`${path}.${field}`) ? <Outside /> : value);
  return (
    <tr data-testid="monitoring-visit">
      <td>{formatDate(v.visitedOn)}</td>
      <td>
        {gate('centre', v.centre)} ({v.municipality.nameBg})
      </td>
      <td className="pre">{gate('findings', v.findings)}</td>
      <td className="pre">{gate('recommendations', v.recommendations)}</td>
      <td>
        {v.followUpDueOn && (
          <p>
            {s('followUpDueOn')}: {formatDate(v.followUpDueOn)}
          </p>
        )}
        {v.followedUpOn ? (
          <p className="pre">
            {s('followedUpOn')} {formatDate(v.followedUpOn)}: {gate('followUp', v.followUp)}
          </p>
        ) : (
          may.act('recordVisitFollowUp') && <FollowUp visitId={v.id} onDone={onDone} />
        )}
      </td>
    </tr>
  );
}

/** recordMonitoringVisit (DAZD). */
function RecordVisit({ onDone }: { onDone: () => Promise<void> }) {
  const s = useChildrenStrings();
  const { credentials } = useSession();
  const act = useAct();
  const [f, setF] = useState({ centre: '', municipalityCode: '', visitedOn: '', findings: '', recommendations: '', followUpDueOn: '' });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleRecordMonitoringVisitDocument, {
        input: {
          centre: f.centre,
          municipalityCode: f.municipalityCode.trim().toUpperCase(),
          visitedOn: given(f.visitedOn),
          findings: f.findings,
          recommendations: f.recommendations,
          followUpDueOn: given(f.followUpDueOn),
        },
      }),
    );
    if (done) await onDone();
    return !!done;
  };
  return (
    <ActForm
      title={s('recordVisit')}
      act={act}
      fields={['centre', 'municipalityCode', 'visitedOn', 'findings', 'recommendations', 'followUpDueOn']}
      testId="act-visit"
      send={send}
    >
      <TextInput label={s('centre')} name="centre" value={f.centre} onChange={set('centre')} isRequired error={act.fieldError('centre')} />
      <TextInput
        label={s('municipalityCode')}
        name="municipalityCode"
        description={s('municipalityHint')}
        value={f.municipalityCode}
        onChange={set('municipalityCode')}
        isRequired
        error={act.fieldError('municipalityCode')}
      />
      <DateInput label={s('visitedOn')} name="visitedOn" value={f.visitedOn} onChange={set('visitedOn')} error={act.fieldError('visitedOn')} />
      <TextInput label={s('findings')} name="findings" value={f.findings} onChange={set('findings')} multiline isRequired error={act.fieldError('findings')} />
      <TextInput
        label={s('recommendations')}
        name="recommendations"
        value={f.recommendations}
        onChange={set('recommendations')}
        multiline
        isRequired
        error={act.fieldError('recommendations')}
      />
      <DateInput
        label={s('followUpDueOn')}
        name="followUpDueOn"
        value={f.followUpDueOn}
        onChange={set('followUpDueOn')}
        error={act.fieldError('followUpDueOn')}
      />
    </ActForm>
  );
}

/** recordVisitFollowUp (DAZD): what came of the visit's recommendations. */
function FollowUp({ visitId, onDone }: { visitId: string; onDone: () => Promise<void> }) {
  const s = useChildrenStrings();
  const { credentials } = useSession();
  const act = useAct();
  const [followUp, setFollowUp] = useState('');
  const [on, setOn] = useState('');
  const send = async () => {
    const done = await act.run(() => request(credentials, ConsoleRecordVisitFollowUpDocument, { visitId, followUp, followedUpOn: given(on) }));
    if (done) await onDone();
    return !!done;
  };
  return (
    <ActForm title={s('recordFollowUp')} act={act} fields={['followUp', 'followedUpOn']} send={send}>
      <TextInput label={s('followUp')} name="followUp" value={followUp} onChange={setFollowUp} multiline isRequired error={act.fieldError('followUp')} />
      <DateInput label={s('followedUpOn')} name="followedUpOn" value={on} onChange={setOn} error={act.fieldError('followedUpOn')} />
    </ActForm>
  );
}
