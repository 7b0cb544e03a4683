import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, useQuery } from '../../api.js';
import { ConsoleAgreementDocument, type ConsoleAgreementPersonFragment, type ConsoleAgreementQuery } from '../../gql/graphql.js';
import { formatDate, useLanguage, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { Outside } from '../../ui/Outside.js';
import { AddMeasureForm, AgreementActs, RecordResultForm } from './Acts.js';
import { ActPanel, dateOrNone, personName, useAgreementStrings, useGate, useLabel, useRefused } from './common.js';
import { WhoAccessed, WhoAccessedButton } from './WhoAccessed.js';

type Agreement = ConsoleAgreementQuery['agreement'];
type Person = ConsoleAgreementPersonFragment;

/** One agreement: its term and status, the family, the plans and their measures, its history, and the acts on it. */
export function DetailPage() {
  const t = useT();
  const s = useAgreementStrings();
  const { id } = useParams();
  const { credentials } = useSession();
  const query = useQuery(credentials, ConsoleAgreementDocument, { id: id! });
  if (query.error) {
    return (
      <>
        <BackLink />
        <ErrorText error={query.error} />
      </>
    );
  }
  const agreement = query.data?.agreement;
  if (!agreement) return <p>{t('loading')}</p>;
  return (
    <article aria-labelledby="agreement-title" className="agreement">
      <BackLink />
      <h2 id="agreement-title">
        {s('agreement')}: {agreement.holder ? personName(agreement.holder) : agreement.id}
      </h2>
      {query.errors.length > 0 && <ErrorText error={new ApiError(query.errors)} />}
      <Term agreement={agreement} forbidden={query.forbidden} />
      <AgreementActs agreement={agreement} onDone={query.reload} />
      <Family agreement={agreement} forbidden={query.forbidden} />
      <Plans agreement={agreement} forbidden={query.forbidden} onDone={query.reload} />
      <History agreement={agreement} forbidden={query.forbidden} />
    </article>
  );
}

function BackLink() {
  const s = useAgreementStrings();
  return (
    <p>
      <Link to="..">← {s('back')}</Link>
    </p>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Term({ agreement: a, forbidden }: { agreement: Agreement; forbidden: Set<string> }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const language = useLanguage();
  const gate = useGate(forbidden);
  const p = 'agreement';
  return (
    <section aria-labelledby="term-title">
      <h3 id="term-title">{s('term')}</h3>
      <dl className="term" data-testid="term">
        <Row label={s('status')}>{gate(`${p}.status`, <strong data-testid="status">{label('status', a.status)}</strong>)}</Row>
        <Row label={s('signedOn')}>{gate(`${p}.signedOn`, dateOrNone(a.signedOn))}</Row>
        <Row label={s('endsOn')}>{gate(`${p}.endsOn`, dateOrNone(a.endsOn))}</Row>
        <Row label={s('municipality')}>{gate(`${p}.municipality`, `${a.municipality.nameBg} (${a.municipality.code})`)}</Row>
        <Row label={s('province')}>{gate(`${p}.municipality`, language === 'en' ? a.municipality.province.nameEn : a.municipality.province.nameBg)}</Row>
        <Row label={s('extendedOn')}>{gate(`${p}.extendedOn`, dateOrNone(a.extendedOn))}</Row>
        {(a.extendedOn || forbidden.has(`${p}.extensionConsentOn`)) && (
          <>
            <Row label={s('consentOn')}>{gate(`${p}.extensionConsentOn`, dateOrNone(a.extensionConsentOn))}</Row>
            <Row label={s('consentReference')}>{gate(`${p}.extensionConsentReference`, a.extensionConsentReference ?? s('none'))}</Row>
          </>
        )}
        <Row label={s('terminatedOn')}>{gate(`${p}.terminatedOn`, dateOrNone(a.terminatedOn))}</Row>
        {(a.terminatedOn || a.terminationGround) && (
          <>
            <Row label={s('terminationGround')}>{gate(`${p}.terminationGround`, label('ground', a.terminationGround))}</Row>
            <Row label={s('terminationNote')}>{gate(`${p}.terminationNote`, a.terminationNote ?? s('none'))}</Row>
          </>
        )}
        <Row label={s('transferredOn')}>{gate(`${p}.transferredOn`, dateOrNone(a.transferredOn))}</Row>
        {a.transferredFrom && (
          <Row label={s('transferredFrom')}>
            <Link to={`../${a.transferredFrom.id}`}>{a.transferredFrom.municipality.nameBg}</Link>
          </Row>
        )}
        {a.transferredTo && (
          <Row label={s('transferredTo')}>
            <Link to={`../${a.transferredTo.id}`}>{a.transferredTo.municipality.nameBg}</Link>
          </Row>
        )}
      </dl>
    </section>
  );
}

/** Everyone on the agreement; where the members are outside the view, the persons the reader does see (holder, plans). */
function Family({ agreement: a, forbidden }: { agreement: Agreement; forbidden: Set<string> }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const may = useMay();
  const refused = useRefused(forbidden);
  const gate = useGate(forbidden);
  // "Who looked": the caseworker's view of identity data, for persons in the reader's scope; its
  // table opens in a row of its own under the person's.
  const [whoOpen, setWhoOpen] = useState<string | null>(null);
  const who = (person: Person) =>
    may.read('IDENTITY') && (
      <WhoAccessedButton beneficiaryId={person.id} open={whoOpen === person.id} onToggle={() => setWhoOpen((o) => (o === person.id ? null : person.id))} />
    );
  const whoRow = (person: Person | null | undefined) =>
    person &&
    whoOpen === person.id && (
      <tr key={`who-${person.id}`}>
        <td colSpan={5}>
          <WhoAccessed beneficiaryId={person.id} name={personName(person)} />
        </td>
      </tr>
    );
  const membersRefused = refused('agreement.members', a.members);
  const seen = new Map<string, Person>();
  if (membersRefused) {
    if (a.holder) seen.set(a.holder.id, a.holder);
    for (const plan of a.plans ?? []) if (plan.beneficiary) seen.set(plan.beneficiary.id, plan.beneficiary);
  }
  return (
    <section aria-labelledby="family-title">
      <h3 id="family-title">{s('members')}</h3>
      <table className="members" data-testid="members">
        <thead>
          <tr>
            <th scope="col">{s('person')}</th>
            <th scope="col">{s('role')}</th>
            <th scope="col">{s('birthDate')}</th>
            <th scope="col">{s('joinedOn')}</th>
            <th scope="col">{s('leftOn')}</th>
          </tr>
        </thead>
        <tbody>
          {(a.members ?? []).map((m, i) => {
            const path = `agreement.members.${i}`;
            return [
              <tr key={m.beneficiary?.id ?? i} data-testid="member">
                <th scope="row">
                  {m.beneficiary ? personName(m.beneficiary) : gate(`${path}.beneficiary`, s('none'), null)}
                  {m.beneficiary && <div>{who(m.beneficiary)}</div>}
                </th>
                <td>{gate(`${path}.role`, label('memberRole', m.role))}</td>
                <td>{m.beneficiary ? dateOrNone(m.beneficiary.birthDate) : gate(`${path}.beneficiary`, s('none'), null)}</td>
                <td>{gate(`${path}.joinedOn`, dateOrNone(m.joinedOn))}</td>
                <td>
                  {gate(`${path}.leftOn`, dateOrNone(m.leftOn))}
                  {m.leftOnGround && <> ({label('ground', m.leftOnGround)})</>}
                </td>
              </tr>,
              whoRow(m.beneficiary),
            ];
          })}
          {[...seen.values()].map((person) => [
            <tr key={person.id} data-testid="member">
              <th scope="row">
                {personName(person)}
                <div>{who(person)}</div>
              </th>
              <td>{person.id === a.holder?.id ? label('memberRole', 'HOLDER') : <Outside />}</td>
              <td>{dateOrNone(person.birthDate)}</td>
              <td>
                <Outside />
              </td>
              <td>
                <Outside />
              </td>
            </tr>,
            whoRow(person),
          ])}
        </tbody>
      </table>
      {membersRefused && (
        <p data-testid="members-outside">
          {s('members')}: <Outside />
        </p>
      )}
    </section>
  );
}

function Plans({ agreement: a, forbidden, onDone }: { agreement: Agreement; forbidden: Set<string>; onDone: () => Promise<void> }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const language = useLanguage();
  const may = useMay();
  const gate = useGate(forbidden);
  const refused = useRefused(forbidden);
  // The hub lists only the measures in the reader's scope (rows, not fields, are withheld): a role that
  // does not read every class of measure (PLAN, CHILD, HEALTH) is told that others may be outside its view.
  const partial = !(may.read('PLAN') && may.read('CHILD') && may.read('HEALTH'));
  const inForce = a.status === 'ACTIVE' || a.status === 'EXTENDED';
  if (refused('agreement.plans', a.plans)) {
    return (
      <section aria-labelledby="plans-title">
        <h3 id="plans-title">{s('plans')}</h3>
        <Outside />
      </section>
    );
  }
  return (
    <section aria-labelledby="plans-title">
      <h3 id="plans-title">{s('plans')}</h3>
      {(a.plans ?? []).map((plan, i) => {
        const path = `agreement.plans.${i}`;
        const titleId = `plan-${plan.id}`;
        return (
          <section key={plan.id} aria-labelledby={titleId} className="plan" data-testid="plan">
            <h4 id={titleId}>
              {s('plan')}: {plan.beneficiary ? personName(plan.beneficiary) : gate(`${path}.beneficiary`, s('none'), null)}
            </h4>
            <p>
              {s('planKind')}: {gate(`${path}.kind`, label('planKind', plan.kind))}
            </p>
            {refused(`${path}.measures`, plan.measures) ? (
              <Outside />
            ) : plan.measures.length === 0 ? (
              <p>{s('noMeasures')}</p>
            ) : (
              <table className="measures">
                <caption>{s('measures')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s('area')}</th>
                    <th scope="col">{s('description')}</th>
                    <th scope="col">{s('responsible')}</th>
                    <th scope="col">{s('dueOn')}</th>
                    <th scope="col">{s('fundingSource')}</th>
                    <th scope="col">{s('measureStatus')}</th>
                    <th scope="col">{s('result')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.measures.map((m, j) => {
                    const mp = `${path}.measures.${j}`;
                    return (
                      <tr key={m.id} data-testid="measure">
                        <th scope="row">
                          {gate(`${mp}.area`, label('area', m.area))}
                          {m.service && <div className="service">{label('service', m.service)}</div>}
                        </th>
                        <td>{gate(`${mp}.description`, m.description)}</td>
                        <td>
                          {gate(
                            `${mp}.responsibleInstitution`,
                            language === 'en' ? (m.responsibleInstitution.nameEn ?? m.responsibleInstitution.nameBg) : m.responsibleInstitution.nameBg,
                          )}
                          {m.partnerOrganisation && <div>{m.partnerOrganisation}</div>}
                        </td>
                        <td>{gate(`${mp}.dueOn`, dateOrNone(m.dueOn))}</td>
                        <td>{gate(`${mp}.fundingSource`, m.fundingSource ? label('funding', m.fundingSource) : s('none'))}</td>
                        <td>{gate(`${mp}.status`, label('measureStatus', m.status))}</td>
                        <td>
                          {gate(`${mp}.result`, m.result ?? s('none'))}
                          {m.resultRecordedOn && <div>({dateOrNone(m.resultRecordedOn)})</div>}
                          {may.act('recordMeasureResult') && (
                            <ActPanel title={s('recordResult')} testId="act-record-result">
                              {(close) => <RecordResultForm measure={m} onDone={onDone} close={close} />}
                            </ActPanel>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {partial && (
              <p className="outside-note" data-testid="measures-outside">
                <em className="outside">{s('partialMeasures')}</em>
              </p>
            )}
            {may.act('addMeasure') && inForce && (
              <ActPanel title={s('addMeasure')} testId="act-add-measure">
                {(close) => <AddMeasureForm planId={plan.id} province={a.municipality.province.code} onDone={onDone} close={close} />}
              </ActPanel>
            )}
          </section>
        );
      })}
    </section>
  );
}

/**
 * The agreement's history as the schema records it: the dates of its acts (signing, extension,
 * termination, transfer) and of members joining and leaving, oldest first. Each only as far as the
 * reader's view reaches.
 */
function History({ agreement: a, forbidden }: { agreement: Agreement; forbidden: Set<string> }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const refused = useRefused(forbidden);
  // Each event keyed by what it is: the agreement's acts happen once each; a member's by the member's place
  // in the agreement's list (the schema gives members no id).
  const events: { key: string; on: string; what: ReactNode }[] = [];
  if (a.transferredFrom && a.signedOn)
    events.push({ key: 'transferredFrom', on: a.signedOn, what: `${s('event.transferredFrom')}: ${a.transferredFrom.municipality.nameBg}` });
  events.push({ key: 'signed', on: a.signedOn, what: s(a.status === 'DRAFT' ? 'event.draft' : 'event.signed') });
  if (a.extendedOn)
    events.push({
      key: 'extended',
      on: a.extendedOn,
      what: `${s('event.extended')}${a.extensionConsentOn ? ` · ${s('consentOn')} ${formatDate(a.extensionConsentOn)}` : ''}`,
    });
  if (a.terminatedOn)
    events.push({
      key: 'terminated',
      on: a.terminatedOn,
      what: `${s('event.terminated')}${a.terminationGround ? `: ${label('ground', a.terminationGround)}` : ''}`,
    });
  if (a.transferredOn)
    events.push({
      key: 'transferred',
      on: a.transferredOn,
      what: `${s('event.transferred')}${a.transferredTo ? `: ${a.transferredTo.municipality.nameBg}` : ''}`,
    });
  for (const [n, m] of (a.members ?? []).entries()) {
    const who = m.beneficiary ? personName(m.beneficiary) : s('none');
    if (m.joinedOn !== a.signedOn) events.push({ key: `joined-${n}`, on: m.joinedOn, what: `${s('event.joined')}: ${who}` });
    if (m.leftOn)
      events.push({ key: `left-${n}`, on: m.leftOn, what: `${s('event.left')}: ${who}${m.leftOnGround ? ` (${label('ground', m.leftOnGround)})` : ''}` });
  }
  events.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
  const unseen = ['agreement.terminatedOn', 'agreement.extendedOn', 'agreement.transferredOn', 'agreement.members'].some((p) => refused(p));
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{s('history')}</h3>
      <table className="history" data-testid="history">
        <thead>
          <tr>
            <th scope="col">{s('date')}</th>
            <th scope="col">{s('event')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.key}>
              <td>{dateOrNone(e.on)}</td>
              <td>{e.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unseen && (
        <p>
          {s('history')}: <Outside />
        </p>
      )}
    </section>
  );
}
