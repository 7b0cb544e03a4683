import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { request, useQuery } from '../../api.js';
import {
  ConsoleAddMeasureDocument,
  ConsoleAgreementInstitutionsDocument,
  ConsoleAgreementMunicipalitiesDocument,
  ConsoleExtendAgreementDocument,
  ConsoleRecordMeasureResultDocument,
  ConsoleSignAgreementDocument,
  ConsoleTerminateAgreementDocument,
  ConsoleTransferAgreementDocument,
  FundingSource,
  MeasureArea,
  MeasureStatus,
  TerminationGround,
  type ConsoleAgreementQuery,
  type MeasureService,
} from '../../gql/graphql.js';
import { useLanguage } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { useAct } from '../../ui/act.js';
import { DateInput, SelectInput, TextInput } from '../../ui/fields.js';
import { ActPanel, FormError, personName, SERVICE_AREA, useAgreementStrings, useLabel } from './common.js';

type Agreement = ConsoleAgreementQuery['agreement'];
type Measure = NonNullable<Agreement['plans']>[number]['measures'][number];

const IN_FORCE = ['ACTIVE', 'EXTENDED'];
const NONE = 'NONE';

/** A form of one act: the hub's refusal above it (or under the field it names), reload after success. */
function ActForm({
  act,
  fields,
  onSubmit,
  submit,
  children,
}: {
  act: ReturnType<typeof useAct>;
  fields: string[];
  onSubmit: () => Promise<void>;
  submit: string;
  children: ReactNode;
}) {
  const send = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit();
  };
  return (
    <form onSubmit={send} className="card">
      <FormError error={act.error} fields={fields} />
      {children}
      <button type="submit" disabled={act.pending}>
        {submit}
      </button>
    </form>
  );
}

/**
 * The Ordinance's acts on the agreement itself, each offered only to a role whose `me.acts` has it and
 * only where it applies: sign a draft; extend, terminate or move one in force. The hub still decides.
 */
export function AgreementActs({ agreement, onDone }: { agreement: Agreement; onDone: () => Promise<void> }) {
  const s = useAgreementStrings();
  const may = useMay();
  const inForce = IN_FORCE.includes(agreement.status);
  const acts = [
    may.act('signAgreement') && agreement.status === 'DRAFT' && (
      <ActPanel key="sign" title={s('sign')} testId="act-sign">
        {(close) => <SignForm agreement={agreement} onDone={onDone} close={close} />}
      </ActPanel>
    ),
    // Art. 3(3): once only.
    may.act('extendAgreement') && inForce && !agreement.extendedOn && (
      <ActPanel key="extend" title={s('extend')} testId="act-extend">
        {(close) => <ExtendForm agreement={agreement} onDone={onDone} close={close} />}
      </ActPanel>
    ),
    may.act('terminateAgreement') && inForce && (
      <ActPanel key="terminate" title={s('terminate')} testId="act-terminate">
        {(close) => <TerminateForm agreement={agreement} onDone={onDone} close={close} />}
      </ActPanel>
    ),
    // Art. 32: once; an agreement that was itself transferred is not moved again.
    may.act('transferAgreement') && inForce && !agreement.transferredFrom && (
      <ActPanel key="transfer" title={s('transfer')} testId="act-transfer">
        {(close) => <TransferForm agreement={agreement} onDone={onDone} close={close} />}
      </ActPanel>
    ),
  ].filter(Boolean);
  if (acts.length === 0) return null;
  return (
    <section aria-labelledby="acts-title">
      <h3 id="acts-title">{s('acts')}</h3>
      <div className="acts">{acts}</div>
    </section>
  );
}

interface FormProps {
  agreement: Agreement;
  onDone: () => Promise<void>;
  close: () => void;
}

function SignForm({ agreement, onDone, close }: FormProps) {
  const s = useAgreementStrings();
  const { credentials } = useSession();
  const act = useAct();
  const [signedOn, setSignedOn] = useState('');
  const run = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleSignAgreementDocument, { input: { agreementId: agreement.id, version: agreement.version, signedOn: signedOn || undefined } }),
    );
    if (done?.data) {
      // Reloaded first, so that when the form closes the page already shows what was recorded.
      await onDone();
      close();
    }
  };
  return (
    <ActForm act={act} fields={['signedOn']} onSubmit={run} submit={s('signSubmit')}>
      <DateInput label={s('signedOn')} name="signedOn" value={signedOn} onChange={setSignedOn} error={act.fieldError('signedOn')} />
    </ActForm>
  );
}

function ExtendForm({ agreement, onDone, close }: FormProps) {
  const s = useAgreementStrings();
  const { credentials } = useSession();
  const act = useAct();
  const [consentOn, setConsentOn] = useState('');
  const [consentReference, setConsentReference] = useState('');
  const run = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleExtendAgreementDocument, { input: { agreementId: agreement.id, version: agreement.version, consentOn, consentReference } }),
    );
    if (done?.data) {
      // Reloaded first, so that when the form closes the page already shows what was recorded.
      await onDone();
      close();
    }
  };
  return (
    <ActForm act={act} fields={['consentOn', 'consentReference']} onSubmit={run} submit={s('extendSubmit')}>
      <DateInput label={s('consentOn')} name="consentOn" value={consentOn} onChange={setConsentOn} error={act.fieldError('consentOn')} isRequired />
      <TextInput
        label={s('consentReference')}
        name="consentReference"
        value={consentReference}
        onChange={setConsentReference}
        error={act.fieldError('consentReference')}
        isRequired
      />
    </ActForm>
  );
}

function TerminateForm({ agreement, onDone, close }: FormProps) {
  const s = useAgreementStrings();
  const label = useLabel();
  const { credentials } = useSession();
  const act = useAct();
  const [ground, setGround] = useState<TerminationGround | null>(null);
  const [terminatedOn, setTerminatedOn] = useState('');
  const [note, setNote] = useState('');
  const [newHolderId, setNewHolderId] = useState(NONE);
  // Art. 30(2): on some grounds the agreement goes on for the adult family members.
  const adults = (agreement.members ?? []).filter((m) => m.role === 'ADULT_FAMILY_MEMBER' && !m.leftOn && m.beneficiary);
  const run = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleTerminateAgreementDocument, {
        input: {
          agreementId: agreement.id,
          version: agreement.version,
          // Left unchosen, the hub names the field in its refusal.
          ground: ground as TerminationGround,
          terminatedOn: terminatedOn || undefined,
          note: note || undefined,
          newHolderId: newHolderId === NONE ? undefined : newHolderId,
        },
      }),
    );
    if (done?.data) {
      // Reloaded first, so that when the form closes the page already shows what was recorded.
      await onDone();
      close();
    }
  };
  return (
    <ActForm act={act} fields={['ground', 'terminatedOn', 'note', 'newHolderId']} onSubmit={run} submit={s('terminateSubmit')}>
      <SelectInput
        label={s('terminationGround')}
        name="ground"
        value={ground}
        onChange={setGround}
        options={Object.values(TerminationGround).map((g) => ({ value: g, label: label('ground', g) }))}
        error={act.fieldError('ground')}
        isRequired
      />
      <DateInput label={s('terminatedOn')} name="terminatedOn" value={terminatedOn} onChange={setTerminatedOn} error={act.fieldError('terminatedOn')} />
      <TextInput label={s('terminationNote')} name="note" value={note} onChange={setNote} multiline error={act.fieldError('note')} />
      {adults.length > 0 && (
        <SelectInput
          label={s('newHolder')}
          name="newHolderId"
          value={newHolderId}
          onChange={setNewHolderId}
          options={[{ value: NONE, label: s('defaultHolder') }, ...adults.map((m) => ({ value: m.beneficiary!.id, label: personName(m.beneficiary!) }))]}
          error={act.fieldError('newHolderId')}
        />
      )}
    </ActForm>
  );
}

function TransferForm({ agreement, onDone, close }: FormProps) {
  const s = useAgreementStrings();
  const { credentials } = useSession();
  const act = useAct();
  const municipalities = useQuery(credentials, ConsoleAgreementMunicipalitiesDocument, {});
  const [to, setTo] = useState<string | null>(null);
  const [newAddress, setNewAddress] = useState('');
  const [transferredOn, setTransferredOn] = useState('');
  const options = useMemo(
    () =>
      (municipalities.data?.municipalities ?? [])
        .filter((m) => m.code !== agreement.municipality.code)
        .sort((a, b) => a.nameBg.localeCompare(b.nameBg, 'bg'))
        .map((m) => ({ value: m.code, label: `${m.nameBg} (${m.code})` })),
    [municipalities.data, agreement.municipality.code],
  );
  const run = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleTransferAgreementDocument, {
        input: { agreementId: agreement.id, version: agreement.version, toMunicipalityCode: to ?? '', newAddress, transferredOn: transferredOn || undefined },
      }),
    );
    if (done?.data) {
      // Reloaded first, so that when the form closes the page already shows what was recorded.
      await onDone();
      close();
    }
  };
  return (
    <ActForm act={act} fields={['toMunicipalityCode', 'newAddress', 'transferredOn']} onSubmit={run} submit={s('transferSubmit')}>
      <SelectInput
        label={s('toMunicipality')}
        name="toMunicipalityCode"
        value={to}
        onChange={setTo}
        options={options}
        error={act.fieldError('toMunicipalityCode')}
        isRequired
      />
      <TextInput label={s('newAddress')} name="newAddress" value={newAddress} onChange={setNewAddress} error={act.fieldError('newAddress')} isRequired />
      <DateInput label={s('transferredOn')} name="transferredOn" value={transferredOn} onChange={setTransferredOn} error={act.fieldError('transferredOn')} />
    </ActForm>
  );
}

/**
 * Art. 4(3): a measure in a plan. The municipality's plan names the responsible institution (which
 * refers the person to it, Art. 4(2)); every other writer names itself. Areas offered are those the
 * role reads (health: HEALTH; the others: PLAN, or CHILD for children's plans); the hub refuses the rest.
 */
export function AddMeasureForm({ planId, province, onDone, close }: { planId: string; province: string; onDone: () => Promise<void>; close: () => void }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const language = useLanguage();
  const may = useMay();
  const { me, credentials } = useSession();
  const act = useAct();
  const names = me.role === 'MUNICIPALITY';
  const institutions = useQuery(credentials, ConsoleAgreementInstitutionsDocument, {});
  const areas = Object.values(MeasureArea).filter((a) => (a === MeasureArea.Healthcare ? may.read('HEALTH') : may.read('PLAN') || may.read('CHILD')));
  const [area, setArea] = useState<MeasureArea | null>(areas.length === 1 ? areas[0]! : null);
  const [service, setService] = useState<string>(NONE);
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [fundingSource, setFundingSource] = useState<string>(NONE);
  const [responsible, setResponsible] = useState<string | null>(me.institutionCode);
  const [partnerOrganisation, setPartnerOrganisation] = useState('');
  // The institutions a plan in this province may name: national bodies and those of the province (NGOs go as partners).
  const responsibleOptions = useMemo(
    () =>
      (institutions.data?.institutions ?? [])
        .filter((i) => i.kind !== 'NGO' && (i.kind === 'MUNICIPALITY' ? i.code === me.institutionCode : !i.province || i.province.code === province))
        .map((i) => ({ value: i.code, label: `${language === 'en' ? (i.nameEn ?? i.nameBg) : i.nameBg} (${i.code})` })),
    [institutions.data, me.institutionCode, province, language],
  );
  const services = (Object.keys(SERVICE_AREA) as MeasureService[]).filter((v) => SERVICE_AREA[v] === area);
  const run = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleAddMeasureDocument, {
        input: {
          planId,
          area: area as MeasureArea,
          description,
          responsibleInstitutionCode: (names ? responsible : me.institutionCode) ?? '',
          service: service === NONE ? undefined : (service as MeasureService),
          dueOn: dueOn || undefined,
          fundingSource: fundingSource === NONE ? undefined : (fundingSource as FundingSource),
          partnerOrganisation: partnerOrganisation.trim() || undefined,
        },
      }),
    );
    if (done?.data) {
      // Reloaded first, so that when the form closes the page already shows what was recorded.
      await onDone();
      close();
    }
  };
  return (
    <ActForm
      act={act}
      fields={['area', 'service', 'description', 'dueOn', 'fundingSource', 'responsibleInstitutionCode', 'partnerOrganisation']}
      onSubmit={run}
      submit={s('addMeasureSubmit')}
    >
      <SelectInput
        label={s('area')}
        name="area"
        value={area}
        onChange={(a) => {
          setArea(a);
          setService(NONE);
        }}
        options={areas.map((a) => ({ value: a, label: label('area', a) }))}
        error={act.fieldError('area')}
        isRequired
      />
      {services.length > 0 && (
        <SelectInput
          label={s('service')}
          name="service"
          value={service}
          onChange={setService}
          options={[{ value: NONE, label: s('none') }, ...services.map((v) => ({ value: v as string, label: label('service', v) }))]}
          error={act.fieldError('service')}
        />
      )}
      <TextInput
        label={s('description')}
        name="description"
        value={description}
        onChange={setDescription}
        multiline
        error={act.fieldError('description')}
        isRequired
      />
      {names && (
        <SelectInput
          label={s('responsible')}
          name="responsibleInstitutionCode"
          value={responsible}
          onChange={setResponsible}
          options={responsibleOptions}
          error={act.fieldError('responsibleInstitutionCode')}
          isRequired
        />
      )}
      <DateInput label={s('dueOn')} name="dueOn" value={dueOn} onChange={setDueOn} error={act.fieldError('dueOn')} />
      <SelectInput
        label={s('fundingSource')}
        name="fundingSource"
        value={fundingSource}
        onChange={setFundingSource}
        options={[{ value: NONE, label: s('none') }, ...Object.values(FundingSource).map((f) => ({ value: f as string, label: label('funding', f) }))]}
        error={act.fieldError('fundingSource')}
      />
      {names && (
        <TextInput
          label={s('partnerOrganisation')}
          name="partnerOrganisation"
          value={partnerOrganisation}
          onChange={setPartnerOrganisation}
          error={act.fieldError('partnerOrganisation')}
        />
      )}
    </ActForm>
  );
}

/** Art. 4(3): how a measure went; a result is required once it is DONE or NOT_DONE (the hub says so). */
export function RecordResultForm({ measure, onDone, close }: { measure: Measure; onDone: () => Promise<void>; close: () => void }) {
  const s = useAgreementStrings();
  const label = useLabel();
  const { credentials } = useSession();
  const act = useAct();
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [result, setResult] = useState(measure.result ?? '');
  const [recordedOn, setRecordedOn] = useState('');
  const run = async () => {
    const done = await act.run(() =>
      request(credentials, ConsoleRecordMeasureResultDocument, {
        input: { measureId: measure.id, status, result: result.trim() ? result : undefined, recordedOn: recordedOn || undefined },
      }),
    );
    if (done?.data) {
      // Reloaded first, so that when the form closes the page already shows what was recorded.
      await onDone();
      close();
    }
  };
  return (
    <ActForm act={act} fields={['status', 'result', 'recordedOn']} onSubmit={run} submit={s('recordResultSubmit')}>
      <SelectInput
        label={s('measureStatus')}
        name="status"
        value={status}
        onChange={setStatus}
        options={Object.values(MeasureStatus).map((v) => ({ value: v, label: label('measureStatus', v) }))}
        error={act.fieldError('status')}
        isRequired
      />
      <TextInput label={s('result')} name="result" value={result} onChange={setResult} multiline error={act.fieldError('result')} />
      <DateInput label={s('recordedOn')} name="recordedOn" value={recordedOn} onChange={setRecordedOn} error={act.fieldError('recordedOn')} />
    </ActForm>
  );
}
