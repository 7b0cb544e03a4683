import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, useQuery } from '../../api.js';
import { AgreementStatus, ConsoleAgreementListDocument, ProtectionKind, type AgreementFilter } from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { Applications } from './Applications.js';
import { dateOrNone, personName, useAgreementStrings, useGate, useLabel, useRefused } from './common.js';
import { Outside } from '../../ui/Outside.js';
import { Pager, usePages } from '../../ui/Pager.js';

// A select's key may not be empty: "any" is a key of its own, left out of the filter.
const ANY = 'ANY';

interface FilterForm {
  status: string;
  signedFrom: string;
  signedTo: string;
  municipalityCode: string;
  provinceCode: string;
  citizenship: string;
  protectionKind: string;
}
const EMPTY: FilterForm = { status: ANY, signedFrom: '', signedTo: '', municipalityCode: '', provinceCode: '', citizenship: '', protectionKind: ANY };

/** Only what was filled in: the hub reads a filter left out as "any". */
function toFilter(f: FilterForm): AgreementFilter {
  const filter: AgreementFilter = {};
  if (f.status !== ANY) filter.status = f.status as AgreementStatus;
  if (f.signedFrom) filter.signedFrom = f.signedFrom;
  if (f.signedTo) filter.signedTo = f.signedTo;
  if (f.municipalityCode.trim()) filter.municipalityCode = f.municipalityCode.trim().toUpperCase();
  if (f.provinceCode.trim()) filter.provinceCode = f.provinceCode.trim().toUpperCase();
  if (f.citizenship.trim()) filter.citizenship = f.citizenship.trim().toUpperCase();
  if (f.protectionKind !== ANY) filter.protectionKind = f.protectionKind as ProtectionKind;
  return filter;
}

export function ListPage() {
  const s = useAgreementStrings();
  const may = useMay();
  return (
    <>
      {may.act('concludeAgreement') && may.read('APPLICATION') && <Applications />}
      {may.read('AGREEMENT_TERM') && <AgreementList />}
      {!may.read('AGREEMENT_TERM') && !may.act('concludeAgreement') && <p>{s('empty')}</p>}
    </>
  );
}

function AgreementList() {
  const t = useT();
  const s = useAgreementStrings();
  const label = useLabel();
  const may = useMay();
  const { me, credentials } = useSession();
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const [filter, setFilter] = useState<AgreementFilter>({});
  const pages = usePages();
  const list = useQuery(credentials, ConsoleAgreementListDocument, { after: pages.after, filter });
  const gate = useGate(list.forbidden);
  const refused = useRefused(list.forbidden);
  const set = (key: keyof FilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    pages.reset();
    setFilter(toFilter(form));
  };
  const clear = () => {
    setForm(EMPTY);
    pages.reset();
    setFilter({});
  };
  // Filters the role may use: a municipality sees only its own agreements; provincial bodies their
  // province; the holder's citizenship and protection are identity data (the hub refuses them otherwise).
  const national = me.unit == null;
  const statusOptions = [
    { value: ANY, label: s('anyStatus') },
    ...Object.values(AgreementStatus).map((v) => ({ value: v as string, label: label('status', v) })),
  ];
  const protectionOptions = [
    { value: ANY, label: s('anyKind') },
    ...Object.values(ProtectionKind).map((v) => ({ value: v as string, label: label('protection', v) })),
  ];

  const connection = list.data?.agreements;
  return (
    <section aria-labelledby="agreements-title">
      <h2 id="agreements-title">{s('agreements')}</h2>
      <form className="filters" onSubmit={apply} aria-label={s('filters')}>
        <SelectInput label={s('status')} name="status" value={form.status} onChange={set('status')} options={statusOptions} />
        <DateInput label={s('signedFrom')} name="signedFrom" value={form.signedFrom} onChange={set('signedFrom')} />
        <DateInput label={s('signedTo')} name="signedTo" value={form.signedTo} onChange={set('signedTo')} />
        {me.role !== 'MUNICIPALITY' && (
          <TextInput label={s('municipalityCode')} name="municipalityCode" value={form.municipalityCode} onChange={set('municipalityCode')} />
        )}
        {national && <TextInput label={s('provinceCode')} name="provinceCode" value={form.provinceCode} onChange={set('provinceCode')} />}
        {may.read('IDENTITY') && <TextInput label={s('citizenship')} name="citizenship" value={form.citizenship} onChange={set('citizenship')} />}
        {may.read('IDENTITY') && (
          <SelectInput
            label={s('protectionKind')}
            name="protectionKind"
            value={form.protectionKind}
            onChange={set('protectionKind')}
            options={protectionOptions}
          />
        )}
        <div className="filter-buttons">
          <button type="submit">{s('apply')}</button>
          <button type="button" className="secondary" onClick={clear}>
            {s('clear')}
          </button>
        </div>
      </form>
      {list.error ? (
        <ErrorText error={list.error} />
      ) : !connection ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <p data-testid="agreements-total">
            {t('total')}: {connection.totalCount} · {s('page')} {pages.number}
          </p>
          {list.errors.length > 0 && <ErrorText error={new ApiError(list.errors)} />}
          {connection.edges.length === 0 ? (
            <p>{s('empty')}</p>
          ) : (
            <table className="agreements">
              <thead>
                <tr>
                  <th scope="col">{s('holder')}</th>
                  <th scope="col">{s('status')}</th>
                  <th scope="col">{s('signedOn')}</th>
                  <th scope="col">{s('endsOn')}</th>
                  <th scope="col">{s('municipality')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }, i) => {
                  const path = `agreements.edges.${i}.node`;
                  return (
                    <tr key={node.id} data-testid="agreement-row">
                      <th scope="row">
                        <Link to={node.id}>{node.holder ? personName(node.holder) : `${s('agreement')} ${node.id.slice(0, 8)}`}</Link>
                        {refused(`${path}.holder`, node.holder) && (
                          <>
                            {' '}
                            · <Outside />
                          </>
                        )}
                      </th>
                      <td>{gate(`${path}.status`, label('status', node.status))}</td>
                      <td>{gate(`${path}.signedOn`, dateOrNone(node.signedOn))}</td>
                      <td>{gate(`${path}.endsOn`, dateOrNone(node.endsOn))}</td>
                      <td>{gate(`${path}.municipality`, node.municipality?.nameBg)}</td>
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
  );
}
