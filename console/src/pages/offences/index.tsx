import { useState } from 'react';
import { request, useQuery } from '../../api.js';
import { ConsoleOffenceListDocument, ConsoleReportOffenceDocument, OffenceKind } from '../../gql/graphql.js';
import { useStrings, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { ActForm, BeneficiaryPicker, dateOrNone, given, QueryErrors, useActStrings, useGate, usePersonName, type Person } from '../applications/common.js';
import '../applications/acts.css';
import { offenceStrings } from './strings.js';
import { Pager, usePages } from '../../ui/Pager.js';

/**
 * MVR's reports of offences and crimes by beneficiaries to the mayor (Art. 24(2)): MVR sees its own,
 * a municipality those addressed to its mayor, newest first; MVR reports one (the hub finds the mayor:
 * the municipality of the person's latest agreement).
 */
export function Component() {
  const t = useT();
  const s = useStrings(offenceStrings);
  const common = useActStrings();
  const personName = usePersonName();
  const may = useMay();
  const { credentials } = useSession();
  const pages = usePages();
  const list = useQuery(credentials, ConsoleOffenceListDocument, { after: pages.after });
  const gate = useGate(list.forbidden);
  const connection = list.data?.offenceReports;
  return (
    <div className="acts">
      <section aria-labelledby="offences-title">
        <h2 id="offences-title">{s('offences')}</h2>
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
                    <th scope="col">{s('reportedOn')}</th>
                    <th scope="col">{s('person')}</th>
                    <th scope="col">{s('kind')}</th>
                    <th scope="col">{s('committedOn')}</th>
                    <th scope="col">{s('description')}</th>
                    <th scope="col">{s('municipality')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }, i) => {
                    const path = `offenceReports.edges.${i}.node`;
                    return (
                      <tr key={node.id} data-testid="offence-row">
                        <td>{gate(`${path}.reportedOn`, dateOrNone(node.reportedOn))}</td>
                        <th scope="row">
                          {gate(
                            `${path}.beneficiary`,
                            node.beneficiary ? `${personName(node.beneficiary)}, ${common('lnch')} ${node.beneficiary.lnch}` : common('none'),
                          )}
                        </th>
                        <td>{gate(`${path}.kind`, node.kind && s(`kind.${node.kind}`))}</td>
                        <td>{gate(`${path}.committedOn`, dateOrNone(node.committedOn))}</td>
                        <td className="long">{gate(`${path}.description`, node.description)}</td>
                        <td>{gate(`${path}.municipality`, node.municipality && `${node.municipality.nameBg} (${node.municipality.code})`)}</td>
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
      {may.act('reportOffence') && <ReportForm onDone={list.reload} />}
    </div>
  );
}

const EMPTY = { kind: null as OffenceKind | null, committedOn: '', reportedOn: '', description: '' };

/** reportOffence (MVR, Art. 24(2)): the person found among those MVR may see (beneficiaries with an agreement). */
function ReportForm({ onDone }: { onDone: () => Promise<void> }) {
  const s = useStrings(offenceStrings);
  const act = useAct();
  const { credentials } = useSession();
  const [person, setPerson] = useState<Person | null>(null);
  const [f, setF] = useState(EMPTY);
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleReportOffenceDocument, {
        // What is missing goes as it is, for the hub to refuse with its own message.
        input: {
          beneficiaryId: person?.id ?? '',
          kind: f.kind as OffenceKind,
          committedOn: f.committedOn,
          reportedOn: given(f.reportedOn),
          description: f.description,
        },
      }),
    );
    if (done) {
      // Cleared for the next report: a second click does not inform the mayor twice.
      setPerson(null);
      setF(EMPTY);
      await onDone();
    }
    return !!done;
  };
  return (
    <ActForm
      title={s('reportTitle')}
      act={act}
      fields={['beneficiaryId', 'kind', 'committedOn', 'reportedOn', 'description']}
      send={send}
      submit={s('reportSubmit')}
      testId="act-report-offence"
    >
      <BeneficiaryPicker value={person} onChange={setPerson} error={act.fieldError('beneficiaryId')} testId="offence-person" />
      <SelectInput
        label={s('kind')}
        name="kind"
        value={f.kind}
        onChange={set('kind')}
        options={Object.values(OffenceKind).map((v) => ({ value: v, label: s(`kind.${v}`) }))}
        isRequired
        error={act.fieldError('kind')}
      />
      <DateInput
        label={s('committedOn')}
        name="committedOn"
        value={f.committedOn}
        onChange={set('committedOn')}
        isRequired
        error={act.fieldError('committedOn')}
      />
      <DateInput label={s('reportedOn')} name="reportedOn" value={f.reportedOn} onChange={set('reportedOn')} error={act.fieldError('reportedOn')} />
      <TextInput
        label={s('description')}
        name="description"
        value={f.description}
        onChange={set('description')}
        multiline
        isRequired
        error={act.fieldError('description')}
      />
    </ActForm>
  );
}
