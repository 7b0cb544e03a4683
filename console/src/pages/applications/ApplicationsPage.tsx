import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { request, useQuery } from '../../api.js';
import {
  ApplicationStatus,
  ConsoleApplicationListDocument,
  ConsoleApplyForAgreementDocument,
  ConsoleForwardApplicationDocument,
  type AgreementApplicationFilter,
  type ConsoleApplicationRowFragment,
} from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import {
  ActForm,
  BeneficiaryPicker,
  dateOrNone,
  given,
  MunicipalityField,
  QueryErrors,
  useActStrings,
  useGate,
  useLabel,
  usePersonName,
  type Person,
} from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

// A select's key may not be empty: "any" is a key of its own, left out of the filter.
const ANY = 'ANY';

type Application = ConsoleApplicationRowFragment;

/**
 * The foreigners' applications in the caller's scope (SAR: all; a municipality: those forwarded to it),
 * newest first; for SAR, the forms to record an application (Art. 16) and to forward one (Art. 20 p.5).
 */
export function ApplicationsPage() {
  const t = useT();
  const s = useActStrings();
  const label = useLabel();
  const personName = usePersonName();
  const may = useMay();
  const { me, credentials } = useSession();
  const pages = usePages();
  const [form, setForm] = useState({ status: ANY, forwardedTo: '' });
  const [filter, setFilter] = useState<AgreementApplicationFilter>({});
  const list = useQuery(credentials, ConsoleApplicationListDocument, { after: pages.after, filter });
  const gate = useGate(list.forbidden);
  const [forwarding, setForwarding] = useState<Application | null>(null);
  // Each opening of the forwarding form is a new form, even on the same application.
  const [opened, setOpened] = useState(0);
  const openForwarding = (application: Application) => {
    setForwarding(application);
    setOpened((n) => n + 1);
  };

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    const next: AgreementApplicationFilter = {};
    if (form.status !== ANY) next.status = form.status as ApplicationStatus;
    if (form.forwardedTo.trim()) next.forwardedTo = form.forwardedTo.trim().toUpperCase();
    pages.reset();
    setFilter(next);
  };
  const clear = () => {
    setForm({ status: ANY, forwardedTo: '' });
    pages.reset();
    setFilter({});
  };
  const statusOptions = [{ value: ANY, label: s('any') }, ...Object.values(ApplicationStatus).map((v) => ({ value: v as string, label: label('status', v) }))];
  const connection = list.data?.agreementApplications;
  const canForward = may.act('forwardApplication');

  return (
    <>
      <section aria-labelledby="applications-title">
        <h2 id="applications-title">{s('applications')}</h2>
        <form className="filters" onSubmit={applyFilter} aria-label={s('filters')}>
          <SelectInput label={s('status')} name="status" value={form.status} onChange={(v) => setForm((f) => ({ ...f, status: v }))} options={statusOptions} />
          {/* A municipality sees only what was forwarded to it: the filter would say nothing more. */}
          {me.role !== 'MUNICIPALITY' && (
            <TextInput label={s('forwardedToCode')} name="forwardedTo" value={form.forwardedTo} onChange={(v) => setForm((f) => ({ ...f, forwardedTo: v }))} />
          )}
          <div className="filter-buttons">
            <button type="submit">{s('apply')}</button>
            <button type="button" className="secondary" onClick={clear}>
              {s('clear')}
            </button>
          </div>
        </form>
        {/* The mayor concludes an agreement from a forwarded application on the agreements page (Art. 3). */}
        {may.act('concludeAgreement') && (
          <p>
            <Link to="/agreements">{s('concludeElsewhere')}</Link>
          </p>
        )}
        <QueryErrors error={list.error} errors={list.errors} />
        {!connection ? (
          !list.error && <p>{t('loading')}</p>
        ) : (
          <>
            <p data-testid="applications-total">
              {t('total')}: {connection.totalCount} · {s('page')} {pages.number}
            </p>
            {connection.edges.length === 0 ? (
              <p>{s('empty')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{s('applicant')}</th>
                    <th scope="col">{s('lnch')}</th>
                    <th scope="col">{s('submittedOn')}</th>
                    <th scope="col">{s('status')}</th>
                    <th scope="col">{s('forwardedTo')}</th>
                    <th scope="col">{s('forwardedOn')}</th>
                    {canForward && <th scope="col">{s('actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }, i) => {
                    const path = `agreementApplications.edges.${i}.node`;
                    return (
                      <tr key={node.id} data-testid="application-row" data-id={node.id}>
                        <th scope="row">{gate(`${path}.applicant`, node.applicant && personName(node.applicant))}</th>
                        <td>{gate(`${path}.applicant`, node.applicant?.lnch)}</td>
                        <td>{gate(`${path}.submittedOn`, dateOrNone(node.submittedOn))}</td>
                        <td>{gate(`${path}.status`, label('status', node.status))}</td>
                        <td>{gate(`${path}.forwardedTo`, node.forwardedTo ? `${node.forwardedTo.nameBg} (${node.forwardedTo.code})` : s('none'))}</td>
                        <td>{gate(`${path}.forwardedOn`, dateOrNone(node.forwardedOn))}</td>
                        {canForward && (
                          <td>
                            {/* The hub refuses to forward a concluded or withdrawn application. */}
                            {(node.status === ApplicationStatus.Submitted || node.status === ApplicationStatus.Forwarded) && (
                              <button type="button" onClick={() => openForwarding(node)} aria-pressed={forwarding?.id === node.id}>
                                {s('forward')}
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
      {canForward && forwarding && <ForwardForm key={`${forwarding.id}-${opened}`} application={forwarding} onDone={list.reload} />}
      {may.act('applyForAgreement') && (
        <ApplyForm
          onDone={async (application) => {
            // SAR usually forwards what it has just recorded: the forwarding form opens on it.
            openForwarding(application);
            await list.reload();
          }}
        />
      )}
    </>
  );
}

/** applyForAgreement (SAR, Art. 16): the applicant found by a search of the beneficiaries. */
function ApplyForm({ onDone }: { onDone: (application: Application) => Promise<void> }) {
  const s = useActStrings();
  const act = useAct();
  const { credentials } = useSession();
  const [applicant, setApplicant] = useState<Person | null>(null);
  const [submittedOn, setSubmittedOn] = useState('');
  const send = async () => {
    // No applicant chosen is sent as an empty id, for the hub to refuse with its own message.
    const done = await act.run(() =>
      request(credentials, ConsoleApplyForAgreementDocument, { input: { applicantId: applicant?.id ?? '', submittedOn: given(submittedOn) } }),
    );
    if (done?.data) {
      // A new form for the next application: the person recorded is not sent twice by a second click.
      setApplicant(null);
      setSubmittedOn('');
      await onDone(done.data.applyForAgreement);
    }
    return !!done;
  };
  return (
    <ActForm title={s('applyTitle')} act={act} fields={['applicantId', 'submittedOn']} send={send} submit={s('applySubmit')} testId="act-apply">
      <BeneficiaryPicker value={applicant} onChange={setApplicant} error={act.fieldError('applicantId')} testId="apply-person" />
      <DateInput label={s('submittedOn')} name="submittedOn" value={submittedOn} onChange={setSubmittedOn} error={act.fieldError('submittedOn')} />
    </ActForm>
  );
}

/** forwardApplication (SAR, Art. 20 p.5): to a municipality; the hub takes only one in the register (Art. 13(4)). */
function ForwardForm({ application, onDone }: { application: Application; onDone: () => Promise<void> }) {
  const s = useActStrings();
  const personName = usePersonName();
  const act = useAct();
  const { credentials } = useSession();
  const [municipalityCode, setMunicipalityCode] = useState<string | null>(null);
  const [forwardedOn, setForwardedOn] = useState('');
  const send = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleForwardApplicationDocument, {
        applicationId: application.id,
        municipalityCode: municipalityCode ?? '',
        forwardedOn: given(forwardedOn),
      }),
    );
    if (done) await onDone();
    return !!done;
  };
  return (
    <ActForm title={s('forwardTitle')} act={act} fields={['municipalityCode', 'forwardedOn']} send={send} submit={s('forwardSubmit')} testId="act-forward" once>
      <p>
        {s('applicant')}:{' '}
        <strong>{application.applicant ? `${personName(application.applicant)}, ${s('lnch')} ${application.applicant.lnch}` : application.id}</strong> ·{' '}
        {s('submittedOn')} {dateOrNone(application.submittedOn)}
      </p>
      <MunicipalityField
        label={s('municipality')}
        name="municipalityCode"
        value={municipalityCode}
        onChange={setMunicipalityCode}
        error={act.fieldError('municipalityCode')}
        isRequired
      />
      <DateInput label={s('forwardedOn')} name="forwardedOn" value={forwardedOn} onChange={setForwardedOn} error={act.fieldError('forwardedOn')} />
    </ActForm>
  );
}
