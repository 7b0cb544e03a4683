import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { request, useQuery } from '../../api.js';
import {
  type ApprovalStatus,
  ConsoleChildCaseDocument,
  ConsoleChildDecideBestInterestsDocument,
  ConsoleChildRespondToReferralDocument,
  type ConsoleChildCaseQuery,
} from '../../gql/graphql.js';
import { formatDate, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextInput } from '../../ui/fields.js';
import { Outside } from '../../ui/Outside.js';
import {
  AddParticipant,
  Advance,
  AppointRepresentative,
  CloseCase,
  RecordAge,
  RecordBestInterests,
  RecordNeed,
  RecordPlacement,
  Refer,
  ReopenCase,
  ReportFound,
  ReportMissing,
} from './acts.js';
import { given, Rows, useChildrenStrings, useInstitutionName, useNamed } from './common.js';

type ChildCase = ConsoleChildCaseQuery['childCase'];
type Assessment = NonNullable<ChildCase['bestInterestsAssessments']>[number];

/**
 * A case as the caller's role may read it (docs/children.md, "Who sees what"): each part the policy
 * refuses (FORBIDDEN with its path, e.g. childCase.placements) says it is outside the statutory view,
 * and the rest of the page, with the acts the role may do (me.acts), works. Every act reloads the case.
 */
export function CasePage() {
  const t = useT();
  const s = useChildrenStrings();
  const named = useNamed();
  const institution = useInstitutionName();
  const may = useMay();
  const { credentials, me } = useSession();
  const { id = '' } = useParams();
  const query = useQuery(credentials, ConsoleChildCaseDocument, { id });
  const c = query.data?.childCase;
  if (query.error) {
    return (
      <>
        <ErrorText error={query.error} />
        <Link to="/children">{s('backToList')}</Link>
      </>
    );
  }
  if (!c) return <p>{t('loading')}</p>;

  const refused = (field: string) => query.forbidden.has(`childCase.${field}`);
  const gate = (field: string, value: ReactNode) => (refused(field) ? <Outside /> : value);
  const reload = query.reload;
  const open = c.status !== 'CLOSED';
  const name = [c.givenName, c.familyName].filter(Boolean).join(' ');
  const acts = { caseId: c.id, onDone: reload };

  return (
    <article aria-labelledby="case-title" data-testid="child-case-page">
      <p>
        <Link to="/children">{s('backToList')}</Link>
      </p>
      <h2 id="case-title">
        {s('caseTitle')}: {refused('givenName') ? <Outside /> : name || s('unknownName')}
      </h2>
      <ErrorText error={query.errors[0]} />

      <section aria-labelledby="status-title" className="case-section" data-testid="case-status">
        <h3 id="status-title">{s('statusAndHistory')}</h3>
        <dl className="facts">
          <dt>{s('status')}</dt>
          <dd data-testid="case-status-value">{named('CaseStatus', c.status)}</dd>
          <dt>{s('identifiedOn')}</dt>
          <dd>{formatDate(c.identifiedOn)}</dd>
          {c.closedOn && (
            <>
              <dt>{s('closedOn')}</dt>
              <dd>{formatDate(c.closedOn)}</dd>
              <dt>{s('closingReason')}</dt>
              <dd>{named('ClosingReason', c.closingReason)}</dd>
            </>
          )}
        </dl>
        <Rows
          items={c.statusHistory}
          refused={refused('statusHistory')}
          outside={<Outside />}
          render={(history) => (
            <table>
              <caption>{s('history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{s('changedOn')}</th>
                  <th scope="col">{s('fromStatus')}</th>
                  <th scope="col">{s('toStatus')}</th>
                  <th scope="col">{s('note')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a status change has no id in the schema (the same change may recur on a day); the history comes in the hub's order, only ever appended to, and its rows hold no state
                  <tr key={i}>
                    <td>{formatDate(h.changedOn)}</td>
                    <td>{named('CaseStatus', h.fromStatus)}</td>
                    <td>{named('CaseStatus', h.toStatus)}</td>
                    <td className="pre">{h.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && may.act('advanceChildCase') && <Advance {...acts} status={c.status} />}
        {open && may.act('closeChildCase') && <CloseCase {...acts} />}
        {!open && may.act('reopenChildCase') && <ReopenCase {...acts} />}
      </section>

      <section aria-labelledby="identity-title" className="case-section" data-testid="case-identity">
        <h3 id="identity-title">{s('identity')}</h3>
        <dl className="facts">
          <dt>{s('givenName')}</dt>
          <dd>{gate('givenName', c.givenName ?? s('unknownName'))}</dd>
          <dt>{s('familyName')}</dt>
          <dd>{gate('familyName', c.familyName ?? s('unknownName'))}</dd>
          <dt>{s('namesDeclared')}</dt>
          <dd>{gate('namesDeclared', c.namesDeclared == null ? '' : c.namesDeclared ? s('yes') : s('no'))}</dd>
          <dt>{s('declaredBirthDate')}</dt>
          <dd>{gate('declaredBirthDate', c.declaredBirthDate ? formatDate(c.declaredBirthDate) : s('unknownName'))}</dd>
          <dt>{s('nationality')}</dt>
          <dd>{gate('nationality', c.nationality ?? s('unknownName'))}</dd>
          <dt>{s('languages')}</dt>
          <dd>{gate('languages', (c.languages ?? []).join(', '))}</dd>
          <dt>{s('identifiedWhere')}</dt>
          <dd>{gate('identifiedWhere', c.identifiedWhere ?? '')}</dd>
          <dt>{s('separation')}</dt>
          <dd>{named('Separation', c.separation)}</dd>
        </dl>
      </section>

      <section aria-labelledby="age-title" className="case-section" data-testid="case-age">
        <h3 id="age-title">{s('age')}</h3>
        <dl className="facts">
          <dt>{s('comesOfAgeOn')}</dt>
          <dd>{gate('comesOfAgeOn', c.comesOfAgeOn ? formatDate(c.comesOfAgeOn) : s('comesOfAgeUnknown'))}</dd>
        </dl>
        <Rows
          items={c.ageAssessments}
          refused={refused('ageAssessments')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('assessedOn')}</th>
                  <th scope="col">{s('method')}</th>
                  <th scope="col">{s('range')}</th>
                  <th scope="col">{s('outcome')}</th>
                  <th scope="col">{s('disputed')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td>{formatDate(a.assessedOn)}</td>
                    <td>{named('AgeMethod', a.method)}</td>
                    <td>
                      {a.minAge}–{a.maxAge}
                    </td>
                    <td>{named('AgeOutcome', a.outcome)}</td>
                    <td>{a.disputed ? s('yes') : s('no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && !refused('ageAssessments') && may.act('recordAgeAssessment') && <RecordAge {...acts} />}
      </section>

      <section aria-labelledby="bia-title" className="case-section" data-testid="case-best-interests">
        <h3 id="bia-title">{s('bestInterests')}</h3>
        <Rows
          items={c.bestInterestsAssessments}
          refused={refused('bestInterestsAssessments')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('madeOn')}</th>
                  <th scope="col">{s('kind')}</th>
                  <th scope="col">{s('findings')}</th>
                  <th scope="col">{s('recommendations')}</th>
                  <th scope="col">{s('approval')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id} data-testid="best-interests-assessment">
                    <td>{formatDate(a.madeOn)}</td>
                    <td>{named('AssessmentKind', a.kind)}</td>
                    <td className="pre">{a.findings}</td>
                    <td className="pre">{a.recommendations}</td>
                    <td>
                      <span className={`approval-${a.approval}`}>{named('ApprovalStatus', a.approval)}</span>
                      {a.decidedOn && ` ${formatDate(a.decidedOn)}`}
                      {a.decisionNote && <span className="pre"> — {a.decisionNote}</span>}
                      {open && a.approval === 'PENDING' && may.act('decideBestInterestsAssessment') && <Decide assessment={a} onDone={reload} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && !refused('bestInterestsAssessments') && may.act('recordBestInterestsAssessment') && <RecordBestInterests {...acts} />}
      </section>

      <section aria-labelledby="representative-title" className="case-section" data-testid="case-representatives">
        <h3 id="representative-title">{s('representative')}</h3>
        <Rows
          items={c.representatives}
          refused={refused('representatives')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('kind')}</th>
                  <th scope="col">{s('name')}</th>
                  <th scope="col">{s('appointedOn')}</th>
                  <th scope="col">{s('endedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a representative has no id in the schema; the rows come in the hub's order, are not reordered here, and hold no state
                  <tr key={i}>
                    <td>{named('RepresentativeKind', r.kind)}</td>
                    <td>{r.name}</td>
                    <td>{formatDate(r.appointedOn)}</td>
                    <td>{r.endedOn ? formatDate(r.endedOn) : s('current')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && !refused('representatives') && may.act('appointRepresentative') && <AppointRepresentative {...acts} />}
      </section>

      <section aria-labelledby="placements-title" className="case-section" data-testid="case-placements">
        <h3 id="placements-title">{s('placements')}</h3>
        <Rows
          items={c.placements}
          refused={refused('placements')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('kind')}</th>
                  <th scope="col">{s('provider')}</th>
                  <th scope="col">{s('municipality')}</th>
                  <th scope="col">{s('fromDate')}</th>
                  <th scope="col">{s('toDate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id}>
                    <td>{named('PlacementKind', p.kind)}</td>
                    <td>{p.provider}</td>
                    <td>
                      {p.municipality.nameBg} ({p.municipality.code})
                    </td>
                    <td>{formatDate(p.fromDate)}</td>
                    <td>{p.toDate ? formatDate(p.toDate) : s('current')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && !refused('placements') && may.act('recordPlacement') && <RecordPlacement {...acts} />}
      </section>

      <section aria-labelledby="missing-title" className="case-section" data-testid="case-missing">
        <h3 id="missing-title">{s('missing')}</h3>
        {refused('missingSince') ? (
          <p>
            <Outside />
          </p>
        ) : (
          <>
            <p>{c.missingSince ? `${s('missingSince')} ${formatDate(c.missingSince)}` : s('notMissing')}</p>
            {open && !c.missingSince && may.act('reportChildMissing') && <ReportMissing {...acts} />}
            <Rows
              items={c.missingEpisodes}
              refused={refused('missingEpisodes')}
              outside={<Outside />}
              render={(episodes) => (
                <table data-testid="missing-episodes">
                  <caption>{s('episodes')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s('since')}</th>
                      <th scope="col">{s('reportedBy')}</th>
                      <th scope="col">{s('foundOn')}</th>
                      <th scope="col">{s('foundBy')}</th>
                      <th scope="col">{s('foundNote')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {episodes.map((e) => (
                      <tr key={e.id}>
                        <td>{formatDate(e.since)}</td>
                        <td>{institution(e.reportedBy)}</td>
                        <td>{e.foundOn ? formatDate(e.foundOn) : s('stillMissing')}</td>
                        <td>{e.foundBy ? institution(e.foundBy) : ''}</td>
                        <td className="pre">{e.foundNote ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            />
            {/* A closed case still takes the end of an episode open (a case closed as WENT_MISSING then opens again). */}
            {c.missingSince && may.act('reportChildFound') && <ReportFound {...acts} />}
          </>
        )}
      </section>

      <section aria-labelledby="needs-title" className="case-section" data-testid="case-needs">
        <h3 id="needs-title">{s('needs')}</h3>
        <Rows
          items={c.needs}
          refused={refused('needs')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('area')}</th>
                  <th scope="col">{s('description')}</th>
                  <th scope="col">{s('plan')}</th>
                  <th scope="col">{s('status')}</th>
                  <th scope="col">{s('recordedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((n) => (
                  <tr key={n.id}>
                    <td>{named('CaseArea', n.area)}</td>
                    <td className="pre">{n.description}</td>
                    <td className="pre">{n.plan ?? ''}</td>
                    <td>{named('NeedStatus', n.status)}</td>
                    <td>{formatDate(n.recordedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && !refused('needs') && may.act('recordChildNeed') && <RecordNeed {...acts} />}
      </section>

      <section aria-labelledby="participants-title" className="case-section" data-testid="case-participants">
        <h3 id="participants-title">{s('participants')}</h3>
        <Rows
          items={c.participants}
          refused={refused('participants')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('institution')}</th>
                  <th scope="col">{s('role')}</th>
                  <th scope="col">{s('joinedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.institution.code}>
                    <td>{institution(p.institution)}</td>
                    <td>{p.role}</td>
                    <td>{formatDate(p.joinedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && may.act('addCaseParticipant') && <AddParticipant {...acts} />}
      </section>

      <section aria-labelledby="referrals-case-title" className="case-section" data-testid="case-referrals">
        <h3 id="referrals-case-title">{s('referrals')}</h3>
        <Rows
          items={c.referrals}
          refused={refused('referrals')}
          outside={<Outside />}
          render={(rows) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{s('referredOn')}</th>
                  <th scope="col">{s('referralFrom')}</th>
                  <th scope="col">{s('referralTo')}</th>
                  <th scope="col">{s('referralType')}</th>
                  <th scope="col">{s('sharedAreas')}</th>
                  <th scope="col">{s('consent')}</th>
                  <th scope="col">{s('status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDate(r.referredOn)}</td>
                    <td>{institution(r.from)}</td>
                    <td>{institution(r.to)}</td>
                    <td>
                      {named('ReferralKind', r.type)}: <span className="pre">{r.reason}</span>
                    </td>
                    <td>{r.sharedAreas.map((a) => named('CaseArea', a)).join(', ')}</td>
                    <td>{named('ConsentBasis', r.consent)}</td>
                    <td>
                      {named('ReferralStatus', r.status)}
                      {r.respondedOn && ` ${formatDate(r.respondedOn)}`}
                      {r.response && <span className="pre"> — {r.response}</span>}
                      {open && r.status === 'ACCEPTED' && r.to.code === me.institutionCode && may.act('respondToReferral') && (
                        <MarkDone referralId={r.id} onDone={reload} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        {open && may.act('referChildCase') && <Refer {...acts} />}
      </section>
    </article>
  );
}

/** DAZD approves a full best-interests assessment, or returns it with a note (decideBestInterestsAssessment). */
function Decide({ assessment, onDone }: { assessment: Assessment; onDone: () => Promise<void> }) {
  const s = useChildrenStrings();
  const { credentials } = useSession();
  const act = useAct();
  const [note, setNote] = useState('');
  const decide = async (approval: ApprovalStatus) => {
    const done = await act.run(() =>
      request(credentials, ConsoleChildDecideBestInterestsDocument, { assessmentId: assessment.id, approval, note: given(note) }),
    );
    if (done) await onDone();
  };
  return (
    <fieldset className="decide" aria-label={s('approval')}>
      <TextInput label={s('decisionNote')} name="note" value={note} onChange={setNote} multiline error={act.fieldError('note')} />
      <div className="buttons">
        <button type="button" disabled={act.pending} onClick={() => void decide('APPROVED')}>
          {s('approve')}
        </button>
        <button type="button" disabled={act.pending} onClick={() => void decide('RETURNED')}>
          {s('returnIt')}
        </button>
      </div>
      {act.fieldError('note') ? null : <ErrorText error={act.error} />}
    </fieldset>
  );
}

/** The recipient of an accepted referral says it is done (respondToReferral: DONE). */
function MarkDone({ referralId, onDone }: { referralId: string; onDone: () => Promise<void> }) {
  const s = useChildrenStrings();
  const { credentials } = useSession();
  const act = useAct();
  const done = async () => {
    if (await act.run(() => request(credentials, ConsoleChildRespondToReferralDocument, { referralId, status: 'DONE' }))) await onDone();
  };
  return (
    <>
      {' '}
      <button type="button" disabled={act.pending} onClick={() => void done()}>
        {s('markDone')}
      </button>
      <ErrorText error={act.error} />
    </>
  );
}
