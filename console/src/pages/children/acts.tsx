import { useState } from 'react';
import { request, type GraphQLResult } from '../../api.js';
import {
  AgeMethod,
  AgeOutcome,
  AssessmentKind,
  CaseArea,
  type CaseStatus,
  ClosingReason,
  ConsentBasis,
  ConsoleChildAddParticipantDocument,
  ConsoleChildAdvanceDocument,
  ConsoleChildAppointRepresentativeDocument,
  ConsoleChildCloseDocument,
  ConsoleChildRecordAgeDocument,
  ConsoleChildRecordBestInterestsDocument,
  ConsoleChildRecordNeedDocument,
  ConsoleChildRecordPlacementDocument,
  ConsoleChildReferDocument,
  ConsoleChildReopenDocument,
  ConsoleChildReportFoundDocument,
  ConsoleChildReportMissingDocument,
  NeedStatus,
  PlacementKind,
  ReferralKind,
  RepresentativeKind,
} from '../../gql/graphql.js';
import { useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { ActForm, CheckBox, given, useChildrenStrings, useNamed, useOptions } from './common.js';

// The acts on a case (docs/children.md), each a form offered only to a role whose me.acts has it
// (CasePage decides). Validation is the hub's: its message, in Bulgarian by default, is shown beside
// the field it names. After an act the case is read again.

interface CaseActProps {
  caseId: string;
  onDone: () => Promise<void>;
}

/** useAct, with the case read again when the act is done. */
function useCaseAct(onDone: () => Promise<void>) {
  const act = useAct();
  const { credentials } = useSession();
  return {
    act,
    credentials,
    async send(sending: () => Promise<GraphQLResult<unknown>>): Promise<boolean> {
      const done = await act.run(sending);
      if (done) await onDone();
      return !!done;
    },
  };
}

/** A whole number typed in a field; what is not one goes as typed, for the hub to refuse. */
const whole = (v: string): number => (/^\s*\d+\s*$/.test(v) ? Number(v) : (v as unknown as number));

const FORWARD: CaseStatus[] = ['ASSESSED', 'PLACED', 'CARE_PLAN'];

/** advanceChildCase (DAZD): forward only; CARE_PLAN needs a full assessment DAZD approved (the hub says so). */
export function Advance({ caseId, onDone, status }: CaseActProps & { status: CaseStatus }) {
  const s = useChildrenStrings();
  const named = useNamed();
  const { act, credentials, send } = useCaseAct(onDone);
  const later = FORWARD.slice(FORWARD.indexOf(status as CaseStatus) + 1);
  const [to, setTo] = useState<CaseStatus | null>(null);
  const [note, setNote] = useState('');
  if (later.length === 0) return null;
  return (
    <ActForm
      title={s('advance')}
      act={act}
      fields={['status', 'note']}
      testId="act-advance"
      send={() => send(() => request(credentials, ConsoleChildAdvanceDocument, { caseId, status: to as CaseStatus, note: given(note) }))}
    >
      <SelectInput
        label={s('advanceTo')}
        name="status"
        value={to}
        onChange={setTo}
        options={later.map((v) => ({ value: v, label: named('CaseStatus', v) }))}
        isRequired
        error={act.fieldError('status')}
      />
      <TextInput label={s('note')} name="note" value={note} onChange={setNote} multiline error={act.fieldError('note')} />
    </ActForm>
  );
}

/** closeChildCase (DAZD), with a reason; the current placement and representatives end that day. */
export function CloseCase({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [reason, setReason] = useState<ClosingReason | null>(null);
  const [closedOn, setClosedOn] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActForm
      title={s('close')}
      act={act}
      fields={['reason', 'closedOn', 'note']}
      testId="act-close"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildCloseDocument, { input: { caseId, reason: reason as ClosingReason, closedOn: given(closedOn), note: given(note) } }),
        )
      }
    >
      <SelectInput
        label={s('closingReason')}
        name="reason"
        value={reason}
        onChange={setReason}
        options={options('ClosingReason', ClosingReason)}
        isRequired
        error={act.fieldError('reason')}
      />
      <DateInput label={s('closedOn')} name="closedOn" value={closedOn} onChange={setClosedOn} error={act.fieldError('closedOn')} />
      <TextInput label={s('note')} name="note" value={note} onChange={setNote} multiline error={act.fieldError('note')} />
    </ActForm>
  );
}

/** recordAgeAssessment (DAZD, MVR, SAR; AP I.21): the result as a range of years. */
export function RecordAge({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [f, setF] = useState({ method: null as AgeMethod | null, outcome: null as AgeOutcome | null, minAge: '', maxAge: '', assessedOn: '', disputed: false });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  return (
    <ActForm
      title={s('recordAge')}
      act={act}
      fields={['method', 'outcome', 'minAge', 'maxAge', 'assessedOn']}
      testId="act-age"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildRecordAgeDocument, {
            input: {
              caseId,
              method: f.method as AgeMethod,
              outcome: f.outcome as AgeOutcome,
              minAge: whole(f.minAge),
              maxAge: whole(f.maxAge),
              assessedOn: given(f.assessedOn),
              disputed: f.disputed,
            },
          }),
        )
      }
    >
      <SelectInput
        label={s('method')}
        name="method"
        value={f.method}
        onChange={set('method')}
        options={options('AgeMethod', AgeMethod)}
        isRequired
        error={act.fieldError('method')}
      />
      <TextInput label={s('minAge')} name="minAge" value={f.minAge} onChange={set('minAge')} isRequired error={act.fieldError('minAge')} />
      <TextInput label={s('maxAge')} name="maxAge" value={f.maxAge} onChange={set('maxAge')} isRequired error={act.fieldError('maxAge')} />
      <SelectInput
        label={s('outcome')}
        name="outcome"
        value={f.outcome}
        onChange={set('outcome')}
        options={options('AgeOutcome', AgeOutcome)}
        isRequired
        error={act.fieldError('outcome')}
      />
      <DateInput label={s('assessedOn')} name="assessedOn" value={f.assessedOn} onChange={set('assessedOn')} error={act.fieldError('assessedOn')} />
      <CheckBox label={s('disputed')} name="disputed" checked={f.disputed} onChange={set('disputed')} />
    </ActForm>
  );
}

/** recordBestInterestsAssessment (DAZD, SAR, ASP; AP I.15.1): a full one waits for DAZD's approval. */
export function RecordBestInterests({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [f, setF] = useState({ kind: null as AssessmentKind | null, madeOn: '', findings: '', recommendations: '' });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  return (
    <ActForm
      title={s('recordBestInterests')}
      act={act}
      fields={['kind', 'madeOn', 'findings', 'recommendations']}
      testId="act-best-interests"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildRecordBestInterestsDocument, {
            input: { caseId, kind: f.kind as AssessmentKind, madeOn: given(f.madeOn), findings: f.findings, recommendations: f.recommendations },
          }),
        )
      }
    >
      <SelectInput
        label={s('kind')}
        name="kind"
        value={f.kind}
        onChange={set('kind')}
        options={options('AssessmentKind', AssessmentKind)}
        isRequired
        error={act.fieldError('kind')}
      />
      <DateInput label={s('madeOn')} name="madeOn" value={f.madeOn} onChange={set('madeOn')} error={act.fieldError('madeOn')} />
      <TextInput label={s('findings')} name="findings" value={f.findings} onChange={set('findings')} multiline isRequired error={act.fieldError('findings')} />
      <TextInput
        label={s('recommendations')}
        name="recommendations"
        value={f.recommendations}
        onChange={set('recommendations')}
        multiline
        isRequired
        error={act.fieldError('recommendations')}
      />
    </ActForm>
  );
}

/** appointRepresentative (DAZD, ASP): the current one of the kind ends that day. */
export function AppointRepresentative({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [kind, setKind] = useState<RepresentativeKind | null>(null);
  const [name, setName] = useState('');
  const [appointedOn, setAppointedOn] = useState('');
  return (
    <ActForm
      title={s('appoint')}
      act={act}
      fields={['kind', 'name', 'appointedOn']}
      testId="act-representative"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildAppointRepresentativeDocument, {
            input: { caseId, kind: kind as RepresentativeKind, name, appointedOn: given(appointedOn) },
          }),
        )
      }
    >
      <SelectInput
        label={s('kind')}
        name="kind"
        value={kind}
        onChange={setKind}
        options={options('RepresentativeKind', RepresentativeKind)}
        isRequired
        error={act.fieldError('kind')}
      />
      <TextInput label={s('name')} name="name" value={name} onChange={setName} isRequired error={act.fieldError('name')} />
      <DateInput label={s('appointedOn')} name="appointedOn" value={appointedOn} onChange={setAppointedOn} error={act.fieldError('appointedOn')} />
    </ActForm>
  );
}

/** recordPlacement (DAZD, ASP, SAR): a new placement ends the current one on the day it starts. */
export function RecordPlacement({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [f, setF] = useState({ kind: null as PlacementKind | null, municipalityCode: '', provider: '', fromDate: '' });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  return (
    <ActForm
      title={s('recordPlacement')}
      act={act}
      fields={['kind', 'municipalityCode', 'provider', 'fromDate']}
      testId="act-placement"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildRecordPlacementDocument, {
            input: {
              caseId,
              kind: f.kind as PlacementKind,
              municipalityCode: f.municipalityCode.trim().toUpperCase(),
              provider: f.provider,
              fromDate: given(f.fromDate),
            },
          }),
        )
      }
    >
      <SelectInput
        label={s('kind')}
        name="kind"
        value={f.kind}
        onChange={set('kind')}
        options={options('PlacementKind', PlacementKind)}
        isRequired
        error={act.fieldError('kind')}
      />
      <TextInput
        label={s('municipalityCode')}
        name="municipalityCode"
        description={s('municipalityHint')}
        value={f.municipalityCode}
        onChange={set('municipalityCode')}
        isRequired
        error={act.fieldError('municipalityCode')}
      />
      <TextInput label={s('provider')} name="provider" value={f.provider} onChange={set('provider')} isRequired error={act.fieldError('provider')} />
      <DateInput label={s('fromDate')} name="fromDate" value={f.fromDate} onChange={set('fromDate')} error={act.fieldError('fromDate')} />
    </ActForm>
  );
}

/** reportChildMissing: MVR and DAZD are told at once (due within hours). */
export function ReportMissing({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const { act, credentials, send } = useCaseAct(onDone);
  const [since, setSince] = useState('');
  return (
    <ActForm
      title={s('reportMissing')}
      act={act}
      fields={['since']}
      testId="act-missing"
      send={() => send(() => request(credentials, ConsoleChildReportMissingDocument, { caseId, since: given(since) }))}
    >
      <DateInput label={s('since')} name="since" value={since} onChange={setSince} error={act.fieldError('since')} />
    </ActForm>
  );
}

/** reportChildFound: the episode ends (when, where); a case closed as WENT_MISSING opens again. */
export function ReportFound({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const { act, credentials, send } = useCaseAct(onDone);
  const [foundOn, setFoundOn] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActForm
      title={s('reportFound')}
      submit={s('reportFound')}
      act={act}
      fields={['foundOn', 'note']}
      testId="act-found"
      send={() => send(() => request(credentials, ConsoleChildReportFoundDocument, { caseId, foundOn: given(foundOn), note: given(note) }))}
    >
      <DateInput label={s('foundOn')} name="foundOn" value={foundOn} onChange={setFoundOn} error={act.fieldError('foundOn')} />
      <TextInput label={s('foundNote')} name="note" value={note} onChange={setNote} multiline error={act.fieldError('note')} />
    </ActForm>
  );
}

/** reopenChildCase (DAZD): a closed case opens again at the status it was closed from, with the reason. */
export function ReopenCase({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const { act, credentials, send } = useCaseAct(onDone);
  const [reason, setReason] = useState('');
  return (
    <ActForm
      title={s('reopen')}
      submit={s('reopen')}
      act={act}
      fields={['reason']}
      testId="act-reopen"
      send={() => send(() => request(credentials, ConsoleChildReopenDocument, { caseId, reason }))}
    >
      <TextInput label={s('reopenReason')} name="reason" value={reason} onChange={setReason} multiline isRequired error={act.fieldError('reason')} />
    </ActForm>
  );
}

/** The areas a need may be in (RecordNeedInput.area); the hub keeps to those the caller sees in the case. */
const NEED_AREAS: CaseArea[] = ['EDUCATION', 'HEALTH', 'PSYCHOLOGICAL', 'LEGAL', 'FAMILY_TRACING', 'LANGUAGE'];

/** recordChildNeed (AP II.8): a need in an area the caller sees in the case, with its plan. */
export function RecordNeed({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const named = useNamed();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [f, setF] = useState({ area: null as CaseArea | null, description: '', plan: '', status: 'OPEN' as NeedStatus });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  return (
    <ActForm
      title={s('recordNeed')}
      act={act}
      fields={['area', 'description', 'plan', 'status']}
      testId="act-need"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildRecordNeedDocument, {
            input: { caseId, area: f.area as CaseArea, description: f.description, plan: given(f.plan), status: f.status },
          }),
        )
      }
    >
      <SelectInput
        label={s('area')}
        name="area"
        value={f.area}
        onChange={set('area')}
        options={NEED_AREAS.map((a) => ({ value: a, label: named('CaseArea', a) }))}
        isRequired
        error={act.fieldError('area')}
      />
      <TextInput
        label={s('description')}
        name="description"
        value={f.description}
        onChange={set('description')}
        multiline
        isRequired
        error={act.fieldError('description')}
      />
      <TextInput label={s('plan')} name="plan" value={f.plan} onChange={set('plan')} multiline error={act.fieldError('plan')} />
      <SelectInput
        label={s('status')}
        name="status"
        value={f.status}
        onChange={set('status')}
        options={options('NeedStatus', NeedStatus)}
        error={act.fieldError('status')}
      />
    </ActForm>
  );
}

/** addCaseParticipant (DAZD): brings an institution of the mechanism into the case. */
export function AddParticipant({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const { act, credentials, send } = useCaseAct(onDone);
  const [institutionCode, setInstitutionCode] = useState('');
  const [role, setRole] = useState('');
  return (
    <ActForm
      title={s('addParticipant')}
      act={act}
      fields={['institutionCode', 'role']}
      testId="act-participant"
      send={() => send(() => request(credentials, ConsoleChildAddParticipantDocument, { caseId, institutionCode: institutionCode.trim().toUpperCase(), role }))}
    >
      <TextInput
        label={s('toInstitution')}
        name="institutionCode"
        description={s('toInstitutionHint')}
        value={institutionCode}
        onChange={setInstitutionCode}
        isRequired
        error={act.fieldError('institutionCode')}
      />
      <TextInput label={s('role')} name="role" value={role} onChange={setRole} isRequired error={act.fieldError('role')} />
    </ActForm>
  );
}

/** referChildCase: shares only the areas it names (its type allows them, and the referrer sees them). */
export function Refer({ caseId, onDone }: CaseActProps) {
  const s = useChildrenStrings();
  const named = useNamed();
  const options = useOptions();
  const { act, credentials, send } = useCaseAct(onDone);
  const [f, setF] = useState({
    toInstitutionCode: '',
    type: null as ReferralKind | null,
    reason: '',
    consent: null as ConsentBasis | null,
    consentNote: '',
    sharedAreas: [] as CaseArea[],
  });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF((old) => ({ ...old, [key]: value }));
  const toggle = (area: CaseArea, on: boolean) =>
    setF((old) => ({ ...old, sharedAreas: on ? [...old.sharedAreas, area] : old.sharedAreas.filter((a) => a !== area) }));
  return (
    <ActForm
      title={s('refer')}
      act={act}
      fields={['toInstitutionCode', 'type', 'reason', 'consent', 'consentNote', 'sharedAreas']}
      testId="act-refer"
      send={() =>
        send(() =>
          request(credentials, ConsoleChildReferDocument, {
            input: {
              caseId,
              toInstitutionCode: f.toInstitutionCode.trim().toUpperCase(),
              type: f.type as ReferralKind,
              reason: f.reason,
              consent: f.consent as ConsentBasis,
              consentNote: given(f.consentNote),
              sharedAreas: f.sharedAreas,
            },
          }),
        )
      }
    >
      <TextInput
        label={s('toInstitution')}
        name="toInstitutionCode"
        description={s('toInstitutionHint')}
        value={f.toInstitutionCode}
        onChange={set('toInstitutionCode')}
        isRequired
        error={act.fieldError('toInstitutionCode')}
      />
      <SelectInput
        label={s('referralType')}
        name="type"
        value={f.type}
        onChange={set('type')}
        options={options('ReferralKind', ReferralKind)}
        isRequired
        error={act.fieldError('type')}
      />
      <TextInput label={s('reason')} name="reason" value={f.reason} onChange={set('reason')} multiline isRequired error={act.fieldError('reason')} />
      <fieldset className="areas">
        <legend>{s('sharedAreas')}</legend>
        {Object.values(CaseArea).map((area) => (
          <CheckBox key={area} label={named('CaseArea', area)} name="sharedAreas" checked={f.sharedAreas.includes(area)} onChange={(on) => toggle(area, on)} />
        ))}
        {act.fieldError('sharedAreas') && <p className="error">{act.fieldError('sharedAreas')}</p>}
      </fieldset>
      <SelectInput
        label={s('consent')}
        name="consent"
        value={f.consent}
        onChange={set('consent')}
        options={options('ConsentBasis', ConsentBasis)}
        isRequired
        error={act.fieldError('consent')}
      />
      <TextInput
        label={s('consentNote')}
        name="consentNote"
        value={f.consentNote}
        onChange={set('consentNote')}
        multiline
        error={act.fieldError('consentNote')}
      />
    </ActForm>
  );
}
