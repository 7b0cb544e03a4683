import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api.js';
import { useLanguage, useStrings, useT } from '../../i18n.js';
import type { useAct } from '../../ui/act.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { childrenStrings, type ChildrenKey } from './strings.js';

export const useChildrenStrings = () => useStrings(childrenStrings);

/** The name of an API enumeration's value in the reader's language, e.g. `named('CaseStatus', 'PLACED')`. */
export function useNamed() {
  const s = useChildrenStrings();
  return (enumName: string, value: string | null | undefined) => (value ? (s(`${enumName}.${value}` as ChildrenKey) ?? value) : '');
}

/** The options of a SelectInput for an API enumeration, named in the reader's language. */
export function useOptions() {
  const named = useNamed();
  return <V extends string>(enumName: string, values: Record<string, V>) => Object.values(values).map((value) => ({ value, label: named(enumName, value) }));
}

/** An institution's name in the reader's language (English where one is established). */
export function useInstitutionName() {
  const language = useLanguage();
  return (i: { code: string; nameBg: string; nameEn?: string | null }) => (language === 'en' ? (i.nameEn ?? i.nameBg) : i.nameBg);
}

type Act = ReturnType<typeof useAct>;

/**
 * One act of the law as a form, folded under its title until opened. The hub's message for a field
 * the form has (`fields`) is shown beside that field by the field itself (act.fieldError); any other
 * refusal (a conflict, a field the form does not have) is shown above the button, so none is lost.
 * `send` resolves to true when the hub did the act: the form says so and the page reloads.
 */
export function ActForm({
  title,
  act,
  fields,
  send,
  submit,
  children,
  testId,
}: {
  title: string;
  act: Act;
  fields: string[];
  send: () => Promise<boolean>;
  submit?: string;
  children: ReactNode;
  testId?: string;
}) {
  const t = useT();
  const s = useChildrenStrings();
  const [done, setDone] = useState(false);
  const named = act.error instanceof ApiError ? act.error.field : undefined;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setDone(await send());
  };
  return (
    <details className="act" data-testid={testId}>
      <summary>{title}</summary>
      <form aria-label={title} onSubmit={(e) => void onSubmit(e)} className="card" noValidate>
        {children}
        {act.error && !(named && fields.includes(named)) ? <ErrorText error={act.error} /> : null}
        {done && !act.error ? <p role="status">{s('done')}</p> : null}
        <div>
          <button type="submit" disabled={act.pending}>
            {submit ?? t('save')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** A yes/no box (native, labelled). */
export function CheckBox({ label, checked, onChange, name }: { label: string; checked: boolean; onChange: (v: boolean) => void; name: string }) {
  return (
    <label className="check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** A list the policy refused as a whole, or its rows, or "none recorded". */
export function Rows<T>({
  items,
  refused,
  outside,
  render,
}: {
  items: T[] | null | undefined;
  refused: boolean;
  outside: ReactNode;
  render: (items: T[]) => ReactNode;
}) {
  const s = useChildrenStrings();
  if (refused) return <p>{outside}</p>;
  if (!items || items.length === 0) return <p>{s('noneRecorded')}</p>;
  return <>{render(items)}</>;
}

/** Empty text is left out of the input (the hub's default applies), not sent as "". */
export const given = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
