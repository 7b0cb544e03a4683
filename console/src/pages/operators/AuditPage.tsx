import { useState } from 'react';
import { request, useQuery } from '../../api.js';
import {
  ConsoleOperatorsAuditLogDocument,
  ConsoleOperatorsVerifyChainDocument,
  type AuditLogFilter,
  type ConsoleOperatorsVerifyChainQuery,
} from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateInput, TextInput } from '../../ui/fields.js';
import { dayBoundary, DateTime, useOperatorsStrings } from './common.js';
import { Pager, usePages } from '../../ui/Pager.js';

const PAGE = 50;

/** The access log (docs/audit-log.md): the verification of its hash chain, and a search, newest first. */
export function AuditPage() {
  const s = useOperatorsStrings();
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{s('audit')}</h2>
      <VerifyChain />
      <AuditSearch />
    </section>
  );
}

/** verifyAuditChain, part by part: the hub checks up to its limit per request and says where to go on. */
function VerifyChain() {
  const s = useOperatorsStrings();
  const { credentials } = useSession();
  const act = useAct();
  const [report, setReport] = useState<ConsoleOperatorsVerifyChainQuery['verifyAuditChain'] | null>(null);
  const verify = async (from?: string) => {
    const done = await act.run(() => request(credentials, ConsoleOperatorsVerifyChainDocument, { from }));
    setReport(done?.data?.verifyAuditChain ?? null);
  };
  return (
    <fieldset className="ops-panel" aria-labelledby="verify-title">
      <h3 id="verify-title">{s('verify')}</h3>
      <p>{s('verifyNote')}</p>
      <div className="ops-actions">
        <button type="button" onClick={() => void verify()} disabled={act.pending}>
          {s('verifyButton')}
        </button>
        {act.pending && <span>{s('verifying')}</span>}
      </div>
      <ErrorText error={act.error} />
      {report && (
        <div role="status" data-testid="chain-report">
          <p className={report.ok ? 'ops-ok' : 'ops-bad'}>{report.ok ? s('intact') : s('broken')}</p>
          <p>
            {s('checked')}: {report.checked}
          </p>
          {report.firstBrokenSeq && (
            <p>
              {s('firstBroken')} {report.firstBrokenSeq}
              {report.reason && `. ${s('reason')}: ${report.reason}`}
            </p>
          )}
          {report.ok && report.nextSeq && (
            <button type="button" className="secondary" onClick={() => void verify(report.nextSeq!)}>
              {s('continueFrom')} {report.nextSeq})
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

interface Form {
  subject: string;
  institutionCode: string;
  role: string;
  recordId: string;
  outcome: string;
  from: string;
  to: string;
}
const EMPTY: Form = { subject: '', institutionCode: '', role: '', recordId: '', outcome: '', from: '', to: '' };

/** The filter the hub takes: the fields filled in, days as the instants they start and end in Bulgaria. */
function filterOf(form: Form): AuditLogFilter {
  const filter: AuditLogFilter = {};
  for (const key of ['subject', 'institutionCode', 'role', 'recordId', 'outcome'] as const) if (form[key].trim()) filter[key] = form[key].trim();
  if (form.from) filter.from = dayBoundary(form.from);
  if (form.to) filter.to = dayBoundary(form.to, true);
  return filter;
}

function AuditSearch() {
  const t = useT();
  const s = useOperatorsStrings();
  const { credentials } = useSession();
  const [form, setForm] = useState<Form>(EMPTY);
  const [filter, setFilter] = useState<AuditLogFilter>({});
  // The log is read newest first, page by page.
  const pages = usePages();
  const log = useQuery(credentials, ConsoleOperatorsAuditLogDocument, { first: PAGE, after: pages.after, filter });
  const field = (key: keyof Form) => ({ name: key, value: form[key], onChange: (v: string) => setForm({ ...form, [key]: v }) });
  const search = (next: Form) => {
    setForm(next);
    setFilter(filterOf(next));
    pages.reset();
  };
  return (
    <section aria-labelledby="search-title">
      <h3 id="search-title">{s('searchLog')}</h3>
      <form
        className="ops-filters"
        onSubmit={(e) => {
          e.preventDefault();
          search(form);
        }}
      >
        <TextInput label={s('subject')} {...field('subject')} />
        <TextInput label={s('institutionCode')} {...field('institutionCode')} />
        <TextInput label={s('role')} {...field('role')} />
        <TextInput label={s('recordId')} {...field('recordId')} />
        <TextInput label={s('outcomeFilter')} {...field('outcome')} />
        <DateInput label={s('from')} {...field('from')} />
        <DateInput label={s('to')} {...field('to')} />
        <div className="ops-actions">
          <button type="submit">{s('searchButton')}</button>
          <button type="button" className="secondary" onClick={() => search(EMPTY)}>
            {s('clear')}
          </button>
        </div>
      </form>
      <ErrorText error={log.error} />
      {!log.data ? (
        !log.error && <p>{t('loading')}</p>
      ) : (
        <>
          <p>
            {t('total')}: {log.data.auditLog.totalCount}
          </p>
          {log.data.auditLog.edges.length === 0 ? (
            <p>{s('logEmpty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('seq')}</th>
                  <th scope="col">{s('at')}</th>
                  <th scope="col">{s('who')}</th>
                  <th scope="col">{s('purpose')}</th>
                  <th scope="col">{s('operation')}</th>
                  <th scope="col">{s('outcome')}</th>
                  <th scope="col">{s('records')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.auditLog.edges.map(({ node: e }) => (
                  <tr key={e.seq} data-testid="audit-entry">
                    <td>{e.seq}</td>
                    <td>
                      <DateTime iso={e.at} />
                    </td>
                    <td>
                      {e.institutionCode} ({e.role}) — {e.subject}
                    </td>
                    <td>{e.purpose}</td>
                    <td>
                      {e.operationType} {e.operationName}
                    </td>
                    <td>{e.outcome}</td>
                    <td>
                      {e.records.map((r) => (
                        <div key={r.dataClass}>
                          {r.dataClass}: {r.ids.length}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager pages={pages} pageInfo={log.data.auditLog.pageInfo} label={t('pages')} />
        </>
      )}
    </section>
  );
}
