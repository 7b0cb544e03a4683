import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { ApiError, request, useQuery } from '../../api.js';
import {
  ConsoleActsBeneficiarySearchDocument,
  ConsoleActsMunicipalitiesDocument,
  type BeneficiaryFilter,
  type ConsoleActsPersonFragment,
} from '../../gql/graphql.js';
import { useLanguage, useStrings } from '../../i18n.js';
import { dateOrNone } from '../../ui/dates.js';
import { useSession } from '../../session.js';
import type { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { Outside } from '../../ui/Outside.js';
import { TextInput } from '../../ui/fields.js';
import { applicationStrings, type ApplicationStringKey } from './strings.js';

// Pieces the applications, offence reports and objections share (written once, here).

export const useActStrings = () => useStrings(applicationStrings);
export type Person = ConsoleActsPersonFragment;
type Act = ReturnType<typeof useAct>;

/** A label from the dictionary by key, e.g. `status.SUBMITTED`; an unknown value as it came. */
export function useLabel() {
  const s = useActStrings();
  return (prefix: string, value: string | null | undefined): string => {
    if (!value) return s('none');
    return (applicationStrings.bg as Record<string, string>)[`${prefix}.${value}`] ? s(`${prefix}.${value}` as ApplicationStringKey) : value;
  };
}

/**
 * ui/Outside's field gate, also for a refusal below the path: a refused non-null field nulls the
 * object holding it (GraphQL's null propagation), so the FORBIDDEN path may name, say,
 * `…applicant.lnch` where the page shows `…applicant`.
 */
export function useGate(forbidden: Set<string>) {
  return (path: string, value: ReactNode): ReactNode => ([...forbidden].some((f) => f === path || f.startsWith(`${path}.`)) ? <Outside /> : value);
}

/** An optional value left empty is left out: the hub then takes its default (e.g. today). */
export const given = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

export { dateOrNone } from '../../ui/dates.js';

/** A person as the reader expects: the Cyrillic name in Bulgarian when recorded, the Latin one otherwise. */
export function usePersonName() {
  const language = useLanguage();
  return (p: Person): string => {
    const latin = `${p.givenNameLatin} ${p.familyNameLatin}`;
    const cyrillic = p.givenNameCyrillic && p.familyNameCyrillic ? `${p.givenNameCyrillic} ${p.familyNameCyrillic}` : null;
    if (!cyrillic) return latin;
    return language === 'bg' ? `${cyrillic} (${latin})` : `${latin} (${cyrillic})`;
  };
}

/**
 * A form for one act of the Ordinance. The hub's message for a field the form has is shown beside that
 * field (the children give it `act.fieldError(name)`); any other refusal above the button, so none is
 * lost. `send` resolves to true when the hub did the act: the form says so (the caller reloads).
 * `once`: an act on one record (forward this application, decide this objection) is done once: the
 * form then says so and offers no second sending (which would forward again, or be refused). Such a
 * form opens below the list when its record is picked: the focus moves to its title, so that keyboard
 * and screen-reader users are taken to it.
 */
export function ActForm({
  title,
  act,
  fields,
  send,
  submit,
  children,
  testId,
  once,
}: {
  title: string;
  act: Act;
  fields: string[];
  send: () => Promise<boolean>;
  submit: string;
  children: ReactNode;
  testId: string;
  once?: boolean;
}) {
  const s = useActStrings();
  const [done, setDone] = useState(false);
  const named = act.error instanceof ApiError ? act.error.field : undefined;
  const titleId = `${testId}-title`;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (once) titleRef.current?.focus();
  }, [once]);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setDone(await send());
  };
  return (
    <section className="act" data-testid={testId} aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={once ? -1 : undefined}>
        {title}
      </h3>
      {once && done ? (
        <p role="status">{s('done')}</p>
      ) : (
        <form aria-labelledby={titleId} onSubmit={(e) => void onSubmit(e)} className="card" noValidate>
          {children}
          {act.error && !(named && fields.includes(named)) ? <ErrorText error={act.error} /> : null}
          {done && !act.error ? <p role="status">{s('done')}</p> : null}
          <div>
            <button type="submit" disabled={act.pending}>
              {submit}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A query's failure, or errors the hub sent beside its data (refusals of fields are shown in place). */
export function QueryErrors({ error, errors }: { error: unknown; errors: { message: string }[] }) {
  if (error) return <ErrorText error={error} />;
  return errors.length > 0 ? <ErrorText error={new ApiError(errors)} /> : null;
}

/**
 * Picks a beneficiary from a search of `beneficiaries`: only those in the caller's scope come back
 * (SAR: all; MVR: those with an agreement). By exact LNCh or by citizenship, a page of 20 by name.
 * `error` is the hub's message for the act's field naming the person (e.g. applicantId).
 */
export function BeneficiaryPicker({ value, onChange, error, testId }: { value: Person | null; onChange: (p: Person) => void; error?: string; testId: string }) {
  const s = useActStrings();
  const name = usePersonName();
  const { credentials } = useSession();
  const [lnch, setLnch] = useState('');
  const [citizenship, setCitizenship] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const search = async () => {
    setSearchError(null);
    const filter: BeneficiaryFilter = {};
    if (lnch.trim()) filter.lnch = lnch.trim();
    if (citizenship.trim()) filter.citizenship = citizenship.trim().toUpperCase();
    try {
      const { data } = await request(credentials, ConsoleActsBeneficiarySearchDocument, { filter });
      setFound(data?.beneficiaries.edges.map((e) => e.node) ?? []);
    } catch (e) {
      setSearchError(e);
      setFound(null);
    }
  };
  const legendId = `${testId}-legend`;
  return (
    <fieldset className="picker" data-testid={testId} aria-labelledby={legendId}>
      <legend id={legendId}>{s('searchBeneficiary')}</legend>
      {/* Enter in a search field searches: it must not send the act's form around the picker. */}
      <div className="picker-search">
        <TextInput label={s('searchLnch')} name={`${testId}-lnch`} value={lnch} onChange={setLnch} onEnter={() => void search()} />
        <TextInput label={s('searchCitizenship')} name={`${testId}-citizenship`} value={citizenship} onChange={setCitizenship} onEnter={() => void search()} />
        <div>
          <button type="button" onClick={() => void search()}>
            {s('search')}
          </button>
        </div>
      </div>
      <ErrorText error={searchError} />
      {found && found.length === 0 && <p>{s('searchEmpty')}</p>}
      {found && found.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{s('name')}</th>
              <th scope="col">{s('lnch')}</th>
              <th scope="col">{s('birthDate')}</th>
              <th scope="col">{s('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {found.map((p) => (
              <tr key={p.id} data-testid="found-person">
                <th scope="row">{name(p)}</th>
                <td>{p.lnch}</td>
                <td>{dateOrNone(p.birthDate)}</td>
                <td>
                  <button type="button" aria-pressed={value?.id === p.id} onClick={() => onChange(p)}>
                    {s('choose')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" data-testid={`${testId}-chosen`}>
        {value ? `${s('chosen')}: ${name(value)}, ${s('lnch')} ${value.lnch}` : s('noneChosen')}
      </p>
      {error && <p className="error field-error">{error}</p>}
    </fieldset>
  );
}

/**
 * A municipality from the public list (all 265), typed to narrow: "Name (CODE)". The hub decides
 * whether it may take the act (e.g. only one in SAR's register receives applicants, Art. 20 p.5).
 */
export function MunicipalityField({
  label,
  name,
  value,
  onChange,
  error,
  isRequired,
}: {
  label: string;
  name: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  isRequired?: boolean;
}) {
  const s = useActStrings();
  const { credentials } = useSession();
  const list = useQuery(credentials, ConsoleActsMunicipalitiesDocument, {});
  const items = (list.data?.municipalities ?? []).map((m) => ({ id: m.code, label: `${m.nameBg} (${m.code})` }));
  return (
    <ComboBox
      className="field"
      name={name}
      defaultItems={items}
      selectedKey={value}
      onSelectionChange={(key) => onChange(key == null ? null : String(key))}
      isRequired={isRequired}
      isInvalid={!!error}
      validationBehavior="aria"
      menuTrigger="focus"
    >
      <Label>{label}</Label>
      <div className="combo">
        <Input />
        <Button className="select-button" aria-label={label}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className="description">
        {s('municipalityHint')}
      </Text>
      <FieldError>{error}</FieldError>
      <Popover>
        <ListBox className="listbox">
          {(item: { id: string; label: string }) => (
            <ListBoxItem id={item.id} textValue={item.label} className="option">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
