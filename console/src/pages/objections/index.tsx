import { useState, type FormEvent } from 'react';
import { request, useQuery } from '../../api.js';
import {
  ConsoleDecideObjectionDocument,
  ConsoleFileObjectionDocument,
  ConsoleObjectionListDocument,
  ObjectionOutcome,
  type ConsoleObjectionListQuery,
} from '../../gql/graphql.js';
import { useStrings, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { ActForm, dateOrNone, given, QueryErrors, useActStrings, useGate } from '../applications/common.js';
import '../applications/acts.css';
import { objectionStrings } from './strings.js';
import { Pager, usePages } from '../../ui/Pager.js';

const ANY = 'ANY';

type Objection = ConsoleObjectionListQuery['objections']['edges'][number]['node'];
// A decision is one of these; PENDING is what an objection is until decided.
const DECISIONS = [ObjectionOutcome.Upheld, ObjectionOutcome.PartlyUpheld, ObjectionOutcome.Rejected];

/**
 * Objections (Art. 18): a governor sees those of its province, a municipality those about its
 * agreements, newest first, by outcome; the governor records one and decides it.
 */
export function Component() {
  const t = useT();
  const s = useStrings(objectionStrings);
  const common = useActStrings();
  const may = useMay();
  const { credentials } = useSession();
  const pages = usePages();
  const [chosen, setChosen] = useState<string>(ANY);
  const [outcome, setOutcome] = useState<ObjectionOutcome | undefined>(undefined);
  const list = useQuery(credentials, ConsoleObjectionListDocument, { after: pages.after, outcome });
  const gate = useGate(list.forbidden);
  const [deciding, setDeciding] = useState<Objection | null>(null);
  const [opened, setOpened] = useState(0);
  const canDecide = may.act('decideObjection');
  const connection = list.data?.objections;

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    pages.reset();
    setOutcome(chosen === ANY ? undefined : (chosen as ObjectionOutcome));
  };
  const outcomeOptions = [
    { value: ANY, label: common('any') },
    ...Object.values(ObjectionOutcome).map((v) => ({ value: v as string, label: s(`outcome.${v}`) })),
  ];
  return (
    <div className="acts">
      <section aria-labelledby="objections-title">
        <h2 id="objections-title">{s('objections')}</h2>
        <form className="filters" onSubmit={applyFilter} aria-label={common('filters')}>
          <SelectInput label={s('outcome')} name="outcome" value={chosen} onChange={setChosen} options={outcomeOptions} />
          <div className="filter-buttons">
            <button type="submit">{common('apply')}</button>
          </div>
        </form>
        <QueryErrors error={list.error} errors={list.errors} />
        {!connection ? (
          !list.error && <p>{t('loading')}</p>
        ) : (
          <>
            <p>
              {t('total')}: {connection.totalCount} · {common('page')} {pages.number}
            </p>
            {connection.edges.length === 0 ? (
              <p>{s('empty')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{s('filedOn')}</th>
                    <th scope="col">{s('agreementId')}</th>
                    <th scope="col">{s('activity')}</th>
                    <th scope="col">{s('outcome')}</th>
                    <th scope="col">{s('decision')}</th>
                    <th scope="col">{s('decidedOn')}</th>
                    {canDecide && <th scope="col">{common('actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }, i) => {
                    const path = `objections.edges.${i}.node`;
                    return (
                      <tr key={node.id} data-testid="objection-row" data-id={node.id}>
                        <td>{gate(`${path}.filedOn`, dateOrNone(node.filedOn))}</td>
                        <td>{gate(`${path}.agreementId`, node.agreementId)}</td>
                        <th scope="row" className="long">
                          {gate(`${path}.activity`, node.activity)}
                        </th>
                        <td>{gate(`${path}.outcome`, node.outcome && s(`outcome.${node.outcome}`))}</td>
                        <td className="long">{gate(`${path}.decision`, node.decision ?? common('none'))}</td>
                        <td>{gate(`${path}.decidedOn`, dateOrNone(node.decidedOn))}</td>
                        {canDecide && (
                          <td>
                            {node.outcome === ObjectionOutcome.Pending && (
                              <button
                                type="button"
                                onClick={() => {
                                  setDeciding(node);
                                  setOpened((n) => n + 1);
                                }}
                                aria-pressed={deciding?.id === node.id}
                              >
                                {s('decide')}
                              </button>
                            )}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <Pager pages={pages} pageInfo={connection.pageInfo} label={common('page')} />
          </>
        )}
      </section>
      {canDecide && deciding && <DecideForm key={`${deciding.id}-${opened}`} objection={deciding} onDone={list.reload} />}
      {may.act('fileObjection') && <FileForm onDone={list.reload} />}
    </div>
  );
}

const EMPTY_OBJECTION = { agreementId: '', filedById: '', activity: '', filedOn: '' };

/**
 * fileObjection (GOVERNOR): the objection names the agreement and the party objecting, by the hub's
 * ids as the party's copy of the agreement gives them: before an objection the governor sees neither
 * the agreement nor its parties (only agreements objected to are in its view).
 */
function FileForm({ onDone }: { onDone: () => Promise<void> }) {
  const s = useStrings(objectionStrings);
  const act = useAct();
  const { credentials } = useSession();
  const [f, setF] = useState(EMPTY_OBJECTION);
  const set = (key: keyof typeof f) => (value: string) => setF((old) => ({ ...old, [key]: value }));
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleFileObjectionDocument, {
        input: { agreementId: f.agreementId.trim(), filedById: f.filedById.trim(), activity: f.activity, filedOn: given(f.filedOn) },
      }),
    );
    if (done) {
      // Cleared for the next objection: a second click does not record this one twice.
      setF(EMPTY_OBJECTION);
      await onDone();
    }
    return !!done;
  };
  return (
    <ActForm
      title={s('fileTitle')}
      act={act}
      fields={['agreementId', 'filedById', 'activity', 'filedOn']}
      send={send}
      submit={s('fileSubmit')}
      testId="act-file-objection"
    >
      <TextInput
        label={s('agreementId')}
        name="agreementId"
        value={f.agreementId}
        onChange={set('agreementId')}
        isRequired
        error={act.fieldError('agreementId')}
      />
      <TextInput label={s('filedById')} name="filedById" value={f.filedById} onChange={set('filedById')} isRequired error={act.fieldError('filedById')} />
      <TextInput label={s('activity')} name="activity" value={f.activity} onChange={set('activity')} multiline isRequired error={act.fieldError('activity')} />
      <DateInput label={s('filedOn')} name="filedOn" value={f.filedOn} onChange={set('filedOn')} error={act.fieldError('filedOn')} />
    </ActForm>
  );
}

/** decideObjection (GOVERNOR): upheld, partly upheld or rejected, with the reasons. */
function DecideForm({ objection, onDone }: { objection: Objection; onDone: () => Promise<void> }) {
  const s = useStrings(objectionStrings);
  const act = useAct();
  const { credentials } = useSession();
  const [outcome, setOutcome] = useState<ObjectionOutcome | null>(null);
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleDecideObjectionDocument, {
        input: { objectionId: objection.id, outcome: outcome as ObjectionOutcome, decision, decidedOn: given(decidedOn) },
      }),
    );
    if (done) await onDone();
    return !!done;
  };
  return (
    <ActForm
      title={s('decideTitle')}
      act={act}
      fields={['outcome', 'decision', 'decidedOn']}
      send={send}
      submit={s('decideSubmit')}
      testId="act-decide-objection"
      once
    >
      <p>
        {s('activity')}: <strong>{objection.activity}</strong> · {s('filedOn')} {dateOrNone(objection.filedOn)}
      </p>
      <SelectInput
        label={s('outcome')}
        name="outcome"
        value={outcome}
        onChange={setOutcome}
        options={DECISIONS.map((v) => ({ value: v, label: s(`outcome.${v}`) }))}
        isRequired
        error={act.fieldError('outcome')}
      />
      <TextInput label={s('decision')} name="decision" value={decision} onChange={setDecision} multiline isRequired error={act.fieldError('decision')} />
      <DateInput label={s('decidedOn')} name="decidedOn" value={decidedOn} onChange={setDecidedOn} error={act.fieldError('decidedOn')} />
    </ActForm>
  );
}
