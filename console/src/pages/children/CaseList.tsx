import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { request, useQuery } from '../../api.js';
import {
  CaseStatus,
  ConsoleChildCaseListDocument,
  ConsoleChildOpenCaseDocument,
  ConsoleChildReferralsDocument,
  ConsoleChildRespondToReferralDocument,
  type ReferralStatus,
  Separation,
  type ChildCaseFilter,
  type ConsoleChildReferralsQuery,
} from '../../gql/graphql.js';
import { formatDate, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { Outside } from '../../ui/Outside.js';
import { ActForm, CheckBox, given, useChildrenStrings, useInstitutionName, useNamed, useOptions } from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

const PAGE = 20;
const ANY = 'ANY';

/** The cases in the caller's scope, page by page, and the referrals awaiting its answer. */
export function CaseList() {
  const t = useT();
  const s = useChildrenStrings();
  const named = useNamed();
  const options = useOptions();
  const may = useMay();
  const { credentials, me } = useSession();
  const [status, setStatus] = useState<string>(ANY);
  const [separation, setSeparation] = useState<string>(ANY);
  const [missing, setMissing] = useState<string>(ANY);
  const pages = usePages();
  const filter: ChildCaseFilter = {
    ...(status !== ANY ? { status: status as CaseStatus } : {}),
    ...(separation !== ANY ? { separation: separation as Separation } : {}),
    ...(missing !== ANY ? { missing: missing === 'yes' } : {}),
  };
  const list = useQuery(credentials, ConsoleChildCaseListDocument, { first: PAGE, after: pages.after, filter });
  const refilter = (set: (v: string) => void) => (v: string) => {
    set(v);
    pages.reset();
  };
  const any = { value: ANY, label: s('any') };
  const connection = list.data?.childCases;
  const gate = (path: string, value: ReactNode) => (list.forbidden.has(path) ? <Outside /> : value);

  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">{s('cases')}</h2>
      <Referrals />
      {may.act('openChildCase') && <OpenCase />}
      <fieldset className="filters" aria-label={s('filters')}>
        <SelectInput label={s('status')} name="status" value={status} onChange={refilter(setStatus)} options={[any, ...options('CaseStatus', CaseStatus)]} />
        <SelectInput
          label={s('separation')}
          name="separation"
          value={separation}
          onChange={refilter(setSeparation)}
          options={[any, ...options('Separation', Separation)]}
        />
        {/* Only roles that read the MISSING area of their cases may filter by it (the hub refuses the others). */}
        {me.caseAreas.includes('MISSING') && (
          <SelectInput
            label={s('missingFilter')}
            name="missing"
            value={missing}
            onChange={refilter(setMissing)}
            options={[any, { value: 'yes', label: s('yes') }, { value: 'no', label: s('no') }]}
          />
        )}
      </fieldset>
      {list.error ? (
        <ErrorText error={list.error} />
      ) : !connection ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p>
            {t('total')}: {connection.totalCount}
          </p>
          {connection.edges.length === 0 ? (
            <p>{s('empty')}</p>
          ) : (
            <table data-testid="child-cases">
              <thead>
                <tr>
                  <th scope="col">{s('child')}</th>
                  <th scope="col">{s('nationality')}</th>
                  <th scope="col">{s('separation')}</th>
                  <th scope="col">{s('status')}</th>
                  <th scope="col">{s('identifiedOn')}</th>
                  <th scope="col">{s('missingSince')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }, i) => {
                  const path = `childCases.edges.${i}.node`;
                  const nameRefused = list.forbidden.has(`${path}.givenName`) || list.forbidden.has(`${path}.familyName`);
                  const name = [node.givenName, node.familyName].filter(Boolean).join(' ') || s('unknownName');
                  return (
                    <tr key={node.id} data-testid="child-case">
                      <td>
                        {/* The link is there even when the name is refused: the case page shows what the role may read. */}
                        <Link to={`/children/${node.id}`}>{nameRefused ? `${s('caseTitle')} ${formatDate(node.identifiedOn)}` : name}</Link>
                        {nameRefused && (
                          <>
                            {' '}
                            <Outside />
                          </>
                        )}
                      </td>
                      <td>{gate(`${path}.nationality`, node.nationality ?? '')}</td>
                      <td>{named('Separation', node.separation)}</td>
                      <td>{named('CaseStatus', node.status)}</td>
                      <td>{formatDate(node.identifiedOn)}</td>
                      <td>{gate(`${path}.missingSince`, node.missingSince ? formatDate(node.missingSince) : '')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Pager pages={pages} pageInfo={connection.pageInfo} label={t('pages')} />
        </>
      )}
    </section>
  );
}

type Referral = ConsoleChildReferralsQuery['caseReferrals'][number];

/** Referrals addressed to the caller's institution that await its answer (DAZD reads them all, answers its own). */
function Referrals() {
  const t = useT();
  const s = useChildrenStrings();
  const { credentials, me } = useSession();
  const may = useMay();
  const referrals = useQuery(credentials, ConsoleChildReferralsDocument, { status: 'PENDING' });
  if (referrals.error) return <ErrorText error={referrals.error} />;
  if (!referrals.data) return <p>{t('loading')}</p>;
  const mine = referrals.data.caseReferrals.filter((r) => r.to.code === me.institutionCode);
  return (
    <section aria-labelledby="referrals-title" className="case-section">
      <h3 id="referrals-title">{s('referralsTitle')}</h3>
      {mine.length === 0 ? (
        <p>{s('referralsEmpty')}</p>
      ) : (
        <ul data-testid="pending-referrals">
          {mine.map((r) => (
            <ReferralToAnswer key={r.id} referral={r} answerable={may.act('respondToReferral')} onAnswered={referrals.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReferralToAnswer({ referral: r, answerable, onAnswered }: { referral: Referral; answerable: boolean; onAnswered: () => Promise<void> }) {
  const s = useChildrenStrings();
  const named = useNamed();
  const institution = useInstitutionName();
  const { credentials } = useSession();
  const act = useAct();
  const [response, setResponse] = useState('');
  const answer = async (status: ReferralStatus) => {
    const done = await act.run(() => request(credentials, ConsoleChildRespondToReferralDocument, { referralId: r.id, status, response: given(response) }));
    if (done) await onAnswered();
  };
  return (
    <li data-testid="pending-referral">
      <dl className="facts">
        <dt>{s('referralFrom')}</dt>
        <dd>{institution(r.from)}</dd>
        <dt>{s('referralType')}</dt>
        <dd>{named('ReferralKind', r.type)}</dd>
        <dt>{s('reason')}</dt>
        <dd className="pre">{r.reason}</dd>
        <dt>{s('sharedAreas')}</dt>
        <dd>{r.sharedAreas.map((a) => named('CaseArea', a)).join(', ')}</dd>
        <dt>{s('consent')}</dt>
        <dd>
          {named('ConsentBasis', r.consent)}
          {r.consentNote ? ` — ${r.consentNote}` : ''}
        </dd>
        <dt>{s('referredOn')}</dt>
        <dd>{formatDate(r.referredOn)}</dd>
      </dl>
      {answerable && (
        <div className="decide">
          <TextInput label={s('response')} name="response" value={response} onChange={setResponse} error={act.fieldError('response')} />
          <div className="buttons">
            <button type="button" disabled={act.pending} onClick={() => void answer('ACCEPTED')}>
              {s('accept')}
            </button>
            <button type="button" disabled={act.pending} onClick={() => void answer('DECLINED')}>
              {s('decline')}
            </button>
          </div>
          {act.fieldError('response') ? null : <ErrorText error={act.error} />}
        </div>
      )}
    </li>
  );
}

/** openChildCase (DAZD, MVR, SAR: whoever identifies the child); opens the new case's page. */
function OpenCase() {
  const s = useChildrenStrings();
  const options = useOptions();
  const navigate = useNavigate();
  const { credentials } = useSession();
  const act = useAct();
  const [form, setForm] = useState({
    givenName: '',
    familyName: '',
    namesDeclared: true,
    declaredBirthDate: '',
    nationality: '',
    languages: '',
    identifiedWhere: '',
    identifiedOn: '',
    separation: null as Separation | null,
  });
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const send = async () => {
    const opened = await act.run(() =>
      request(credentials, ConsoleChildOpenCaseDocument, {
        input: {
          // Left empty, the hub is told nothing (unknown), not an empty name.
          givenName: given(form.givenName),
          familyName: given(form.familyName),
          namesDeclared: form.namesDeclared,
          declaredBirthDate: given(form.declaredBirthDate),
          nationality: given(form.nationality.toUpperCase()),
          languages: form.languages.trim()
            ? form.languages
                .split(',')
                .map((l) => l.trim())
                .filter(Boolean)
            : undefined,
          identifiedWhere: form.identifiedWhere,
          identifiedOn: given(form.identifiedOn),
          separation: form.separation as Separation,
        },
      }),
    );
    if (opened?.data) navigate(`/children/${opened.data.openChildCase.id}`);
    return !!opened;
  };
  return (
    <ActForm
      title={s('openCase')}
      act={act}
      send={send}
      testId="open-case"
      fields={['givenName', 'familyName', 'declaredBirthDate', 'nationality', 'languages', 'identifiedWhere', 'identifiedOn', 'separation']}
    >
      <SelectInput
        label={s('separation')}
        name="separation"
        value={form.separation}
        onChange={set('separation')}
        options={options('Separation', Separation)}
        isRequired
        error={act.fieldError('separation')}
      />
      <TextInput label={s('givenName')} name="givenName" value={form.givenName} onChange={set('givenName')} error={act.fieldError('givenName')} />
      <TextInput label={s('familyName')} name="familyName" value={form.familyName} onChange={set('familyName')} error={act.fieldError('familyName')} />
      <CheckBox label={s('namesDeclared')} name="namesDeclared" checked={form.namesDeclared} onChange={set('namesDeclared')} />
      <DateInput
        label={s('declaredBirthDate')}
        name="declaredBirthDate"
        value={form.declaredBirthDate}
        onChange={set('declaredBirthDate')}
        error={act.fieldError('declaredBirthDate')}
      />
      <TextInput
        label={s('nationality')}
        name="nationality"
        description={s('nationalityHint')}
        value={form.nationality}
        onChange={set('nationality')}
        error={act.fieldError('nationality')}
      />
      <TextInput
        label={s('languages')}
        name="languages"
        description={s('languagesHint')}
        value={form.languages}
        onChange={set('languages')}
        error={act.fieldError('languages')}
      />
      <TextInput
        label={s('identifiedWhere')}
        name="identifiedWhere"
        value={form.identifiedWhere}
        onChange={set('identifiedWhere')}
        isRequired
        error={act.fieldError('identifiedWhere')}
      />
      <DateInput
        label={s('identifiedOn')}
        name="identifiedOn"
        value={form.identifiedOn}
        onChange={set('identifiedOn')}
        error={act.fieldError('identifiedOn')}
      />
    </ActForm>
  );
}
