import { useState, type FormEvent } from 'react';
import { request, useQuery } from '../../api.js';
import {
  ConsoleApplyToConcludeAgreementsDocument,
  ConsoleMunicipalityRegisterDocument,
  ConsoleRegisterMunicipalityDocument,
  MunicipalityApplicationStatus,
  type ConsoleMunicipalityRegisterQuery,
  type MunicipalityRegisterFilter,
} from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { ActForm, dateOrNone, given, QueryErrors, useActStrings, useGate, useLabel } from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

const ANY = 'ANY';

type MunicipalityApplication = ConsoleMunicipalityRegisterQuery['municipalityRegister']['edges'][number]['node'];

/** A whole number typed in a field; what is not one goes as typed, for the hub to refuse. */
const whole = (v: string): number => (/^\s*\d+\s*$/.test(v) ? Number(v) : (v as unknown as number));

/**
 * Art. 13: the mayor applies to SAR to conclude agreements, SAR enters the municipality in its
 * register (Art. 13(4)). SAR sees the whole register; a municipality its own applications.
 */
export function RegisterPage() {
  const t = useT();
  const s = useActStrings();
  const label = useLabel();
  const may = useMay();
  const { me, credentials } = useSession();
  const pages = usePages();
  const [form, setForm] = useState({ status: ANY, provinceCode: '' });
  const [filter, setFilter] = useState<MunicipalityRegisterFilter>({});
  const list = useQuery(credentials, ConsoleMunicipalityRegisterDocument, { after: pages.after, filter });
  const gate = useGate(list.forbidden);
  const [registering, setRegistering] = useState<MunicipalityApplication | null>(null);
  const [opened, setOpened] = useState(0);
  const canRegister = may.act('registerMunicipality');

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    const next: MunicipalityRegisterFilter = {};
    if (form.status !== ANY) next.status = form.status as MunicipalityApplicationStatus;
    if (form.provinceCode.trim()) next.provinceCode = form.provinceCode.trim().toUpperCase();
    pages.reset();
    setFilter(next);
  };
  const clear = () => {
    setForm({ status: ANY, provinceCode: '' });
    pages.reset();
    setFilter({});
  };
  const statusOptions = [
    { value: ANY, label: s('any') },
    ...Object.values(MunicipalityApplicationStatus).map((v) => ({ value: v as string, label: label('register', v) })),
  ];
  const connection = list.data?.municipalityRegister;
  return (
    <>
      <section aria-labelledby="register-title">
        <h2 id="register-title">{s('register')}</h2>
        <form className="filters" onSubmit={applyFilter} aria-label={s('filters')}>
          <SelectInput label={s('status')} name="status" value={form.status} onChange={(v) => setForm((f) => ({ ...f, status: v }))} options={statusOptions} />
          {me.role !== 'MUNICIPALITY' && (
            <TextInput label={s('provinceCode')} name="provinceCode" value={form.provinceCode} onChange={(v) => setForm((f) => ({ ...f, provinceCode: v }))} />
          )}
          <div className="filter-buttons">
            <button type="submit">{s('apply')}</button>
            <button type="button" className="secondary" onClick={clear}>
              {s('clear')}
            </button>
          </div>
        </form>
        <QueryErrors error={list.error} errors={list.errors} />
        {!connection ? (
          !list.error && <p>{t('loading')}</p>
        ) : (
          <>
            <p>
              {t('total')}: {connection.totalCount} · {s('page')} {pages.number}
            </p>
            {connection.edges.length === 0 ? (
              <p>{s('registerEmpty')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{s('municipality')}</th>
                    <th scope="col">{s('submittedOn')}</th>
                    <th scope="col">{s('foreignersCount')}</th>
                    <th scope="col">{s('municipalityInformation')}</th>
                    <th scope="col">{s('plannedMeasures')}</th>
                    <th scope="col">{s('status')}</th>
                    <th scope="col">{s('registeredOn')}</th>
                    {canRegister && <th scope="col">{s('actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }, i) => {
                    const path = `municipalityRegister.edges.${i}.node`;
                    return (
                      <tr key={node.id} data-testid="register-row">
                        <th scope="row">{gate(`${path}.municipality`, node.municipality && `${node.municipality.nameBg} (${node.municipality.code})`)}</th>
                        <td>{gate(`${path}.submittedOn`, dateOrNone(node.submittedOn))}</td>
                        <td>{gate(`${path}.foreignersCount`, node.foreignersCount)}</td>
                        <td className="long">{gate(`${path}.municipalityInformation`, node.municipalityInformation)}</td>
                        <td className="long">{gate(`${path}.plannedMeasures`, node.plannedMeasures)}</td>
                        <td>{gate(`${path}.status`, label('register', node.status))}</td>
                        <td>{gate(`${path}.registeredOn`, dateOrNone(node.registeredOn))}</td>
                        {canRegister && (
                          <td>
                            {node.status === MunicipalityApplicationStatus.Submitted && (
                              <button
                                type="button"
                                onClick={() => {
                                  setRegistering(node);
                                  setOpened((n) => n + 1);
                                }}
                                aria-pressed={registering?.id === node.id}
                              >
                                {s('registerAct')}
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
            <Pager pages={pages} pageInfo={connection.pageInfo} label={s('page')} />
          </>
        )}
      </section>
      {canRegister && registering && <RegisterForm key={`${registering.id}-${opened}`} application={registering} onDone={list.reload} />}
      {may.act('applyToConcludeAgreements') && <ConcludeApplicationForm onDone={list.reload} />}
    </>
  );
}

const EMPTY_APPLICATION = { foreignersCount: '', municipalityInformation: '', plannedMeasures: '', submittedOn: '' };

/** applyToConcludeAgreements (the mayor, Art. 13(1)–(2)): how many foreigners, the information and the measures. */
function ConcludeApplicationForm({ onDone }: { onDone: () => Promise<void> }) {
  const s = useActStrings();
  const act = useAct();
  const { credentials } = useSession();
  const [f, setF] = useState(EMPTY_APPLICATION);
  const set = (key: keyof typeof f) => (value: string) => setF((old) => ({ ...old, [key]: value }));
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleApplyToConcludeAgreementsDocument, {
        input: {
          foreignersCount: whole(f.foreignersCount),
          municipalityInformation: f.municipalityInformation,
          plannedMeasures: f.plannedMeasures,
          submittedOn: given(f.submittedOn),
        },
      }),
    );
    if (done) {
      setF(EMPTY_APPLICATION);
      await onDone();
    }
    return !!done;
  };
  return (
    <ActForm
      title={s('concludeTitle')}
      act={act}
      fields={['foreignersCount', 'municipalityInformation', 'plannedMeasures', 'submittedOn']}
      send={send}
      submit={s('concludeSubmit')}
      testId="act-conclude-application"
    >
      <TextInput
        label={s('foreignersCount')}
        name="foreignersCount"
        value={f.foreignersCount}
        onChange={set('foreignersCount')}
        isRequired
        error={act.fieldError('foreignersCount')}
      />
      <TextInput
        label={s('municipalityInformation')}
        name="municipalityInformation"
        value={f.municipalityInformation}
        onChange={set('municipalityInformation')}
        multiline
        isRequired
        error={act.fieldError('municipalityInformation')}
      />
      <TextInput
        label={s('plannedMeasures')}
        name="plannedMeasures"
        value={f.plannedMeasures}
        onChange={set('plannedMeasures')}
        multiline
        isRequired
        error={act.fieldError('plannedMeasures')}
      />
      <DateInput label={s('submittedOn')} name="submittedOn" value={f.submittedOn} onChange={set('submittedOn')} error={act.fieldError('submittedOn')} />
    </ActForm>
  );
}

/** registerMunicipality (SAR, Art. 13(4)). */
function RegisterForm({ application, onDone }: { application: MunicipalityApplication; onDone: () => Promise<void> }) {
  const s = useActStrings();
  const act = useAct();
  const { credentials } = useSession();
  const [registeredOn, setRegisteredOn] = useState('');
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleRegisterMunicipalityDocument, { applicationId: application.id, registeredOn: given(registeredOn) }),
    );
    if (done) await onDone();
    return !!done;
  };
  return (
    <ActForm title={s('registerTitle')} act={act} fields={['registeredOn']} send={send} submit={s('registerSubmit')} testId="act-register" once>
      <p>
        {s('municipality')}:{' '}
        <strong>{application.municipality ? `${application.municipality.nameBg} (${application.municipality.code})` : application.id}</strong> ·{' '}
        {s('submittedOn')} {dateOrNone(application.submittedOn)}
      </p>
      <DateInput label={s('registeredOn')} name="registeredOn" value={registeredOn} onChange={setRegisteredOn} error={act.fieldError('registeredOn')} />
    </ActForm>
  );
}
