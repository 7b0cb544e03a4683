import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, request, useQuery } from '../../api.js';
import { ConsoleAgreementApplicationsDocument, ConsoleConcludeAgreementDocument, type ConsoleAgreementApplicationsQuery } from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateInput } from '../../ui/fields.js';
import { Outside } from '../../ui/Outside.js';
import { ActPanel, dateOrNone, FormError, personName, useAgreementStrings, useGate, useLabel, useRefused } from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

type Application = ConsoleAgreementApplicationsQuery['agreementApplications']['edges'][number]['node'];

/**
 * The municipality's applications forwarded by SAR and not concluded yet (Art. 20 p.5), each with the
 * form that concludes the agreement (Art. 3). Shown to a role that may conclude and read applications.
 */
export function Applications() {
  const t = useT();
  const s = useAgreementStrings();
  const { credentials } = useSession();
  const pages = usePages();
  const list = useQuery(credentials, ConsoleAgreementApplicationsDocument, { after: pages.after });
  const gate = useGate(list.forbidden);
  const refused = useRefused(list.forbidden);
  const connection = list.data?.agreementApplications;
  return (
    <section aria-labelledby="awaiting-title">
      <h2 id="awaiting-title">{s('awaiting')}</h2>
      {list.error ? (
        <ErrorText error={list.error} />
      ) : !connection ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p>
            {t('total')}: {connection.totalCount}
          </p>
          {list.errors.length > 0 && <ErrorText error={new ApiError(list.errors)} />}
          {connection.edges.length === 0 ? (
            <p>{s('awaitingEmpty')}</p>
          ) : (
            <ul className="applications">
              {connection.edges.map(({ node }, i) => {
                const path = `agreementApplications.edges.${i}.node`;
                return (
                  <li key={node.id} data-testid="application">
                    <p>
                      <strong>{node.applicant ? personName(node.applicant) : refused(`${path}.applicant`, node.applicant) ? <Outside /> : null}</strong>
                      {' · '}
                      {s('submittedOn')} {gate(`${path}.submittedOn`, dateOrNone(node.submittedOn))}
                      {' · '}
                      {s('forwardedOn')} {gate(`${path}.forwardedOn`, dateOrNone(node.forwardedOn))}
                    </p>
                    <ActPanel title={s('concludeOpen')} testId="conclude">
                      {() => (
                        <ConcludeForm application={node} familyRefused={refused(`${path}.applicant.family`, node.applicant?.family)} onDone={list.reload} />
                      )}
                    </ActPanel>
                  </li>
                );
              })}
            </ul>
          )}
          {(pages.number > 1 || connection.pageInfo.hasNextPage) && <Pager pages={pages} pageInfo={connection.pageInfo} label={s('awaiting')} />}
        </>
      )}
    </section>
  );
}

/** Art. 3: the mayor concludes the agreement with the applicant and the accompanying family, or prepares a draft. */
function ConcludeForm({ application, familyRefused, onDone }: { application: Application; familyRefused: boolean; onDone: () => Promise<void> }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const { credentials } = useSession();
  const navigate = useNavigate();
  const act = useAct();
  const [signedOn, setSignedOn] = useState('');
  const [draft, setDraft] = useState(false);
  const family = application.applicant?.family ?? [];
  // Those SAR recorded as family come with the holder by default (Art. 3(4)–(5)); the mayor may leave one out.
  const [members, setMembers] = useState<string[]>(() => family.map((f) => f.relative.id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await act.run(() =>
      request(credentials, ConsoleConcludeAgreementDocument, {
        input: { applicationId: application.id, signedOn: signedOn || undefined, draft, familyMemberIds: members },
      }),
    );
    const id = done?.data?.concludeAgreement.id;
    if (id) {
      await onDone();
      navigate(id);
    }
  };
  const toggle = (id: string, on: boolean) => setMembers((m) => (on ? [...m, id] : m.filter((x) => x !== id)));
  return (
    <form onSubmit={submit} className="card" aria-label={`${s('concludeFor')} ${application.applicant ? personName(application.applicant) : ''}`}>
      <FormError error={act.error} fields={['signedOn', 'familyMemberIds']} />
      <DateInput label={s('signedOn')} name="signedOn" value={signedOn} onChange={setSignedOn} error={act.fieldError('signedOn')} />
      <fieldset
        aria-invalid={!!act.fieldError('familyMemberIds')}
        aria-describedby={act.fieldError('familyMemberIds') ? `${application.id}-family-error` : undefined}
      >
        <legend>{s('familyMembers')}</legend>
        {familyRefused ? (
          <Outside />
        ) : family.length === 0 ? (
          <p>{s('noFamily')}</p>
        ) : (
          family.map((f) => (
            <label key={f.relative.id} className="check">
              <input type="checkbox" checked={members.includes(f.relative.id)} onChange={(e) => toggle(f.relative.id, e.target.checked)} />
              {personName(f.relative)} ({label('relation', f.relation)})
            </label>
          ))
        )}
        {act.fieldError('familyMemberIds') && (
          <p id={`${application.id}-family-error`} className="error">
            {act.fieldError('familyMemberIds')}
          </p>
        )}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} />
        {s('draft')}
      </label>
      <button type="submit" disabled={act.pending}>
        {s('concludeSubmit')}
      </button>
    </form>
  );
}
