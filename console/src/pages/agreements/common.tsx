import { useId, useState, type ReactNode } from 'react';
import { ApiError } from '../../api.js';
import { MeasureArea, type MeasureService, type ConsoleAgreementPersonFragment } from '../../gql/graphql.js';
import { useStrings } from '../../i18n.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { Outside } from '../../ui/Outside.js';
import { agreementStrings, type AgreementStringKey } from './strings.js';

export const useAgreementStrings = () => useStrings(agreementStrings);

/** An enum value's label: `label('status', 'ACTIVE')` reads the key `status.ACTIVE`. */
export function useLabel() {
  const s = useAgreementStrings();
  return (kind: string, value: string | null | undefined): string => (value ? (s(`${kind}.${value}` as AgreementStringKey) ?? value) : s('none'));
}

/**
 * A refusal anywhere under a path. A refused non-null field nulls its parent (GraphQL's null
 * propagation), so the hub's FORBIDDEN path may be below the object that came back null: e.g. a
 * person refused field by field arrives as `…beneficiary: null` with errors at `…beneficiary.givenNameLatin`.
 */
export function useRefused(forbidden: Set<string>) {
  return (path: string, value?: unknown): boolean => {
    if (forbidden.has(path)) return true;
    // Only an object that came back null was refused whole: a list whose items have a refused field
    // (a plan's kind) is still there, and shows its refusals item by item.
    if (value !== null && value !== undefined) return false;
    for (const p of forbidden) if (p.startsWith(`${path}.`)) return true;
    return false;
  };
}

/**
 * `gate(path, value, data)`: the value, or "outside your statutory view" when the hub refused the
 * field at that path; `data`, the field's own value when it is an object, says whether it came back
 * null because a field under it was refused.
 */
export function useGate(forbidden: Set<string>) {
  const refused = useRefused(forbidden);
  return (path: string, value: ReactNode, data: unknown = value): ReactNode => (refused(path, data) ? <Outside /> : value);
}

/** A name as entered: Cyrillic where SAR recorded it, with the Latin spelling beside it. */
export function personName(p: Pick<ConsoleAgreementPersonFragment, 'givenNameCyrillic' | 'familyNameCyrillic' | 'givenNameLatin' | 'familyNameLatin'>): string {
  const latin = `${p.givenNameLatin} ${p.familyNameLatin}`;
  const cyrillic = [p.givenNameCyrillic, p.familyNameCyrillic].filter(Boolean).join(' ');
  return cyrillic ? `${cyrillic} (${latin})` : latin;
}

export { dateOrNone } from '../../ui/dates.js';

/** The area of each kind of service (Art. 6–11, 23; the schema's descriptions of MeasureService). */
export const SERVICE_AREA: Record<MeasureService, MeasureArea> = {
  KINDERGARTEN: MeasureArea.Education,
  SCHOOL: MeasureArea.Education,
  HIGHER_EDUCATION: MeasureArea.Education,
  JOB_COUNSELLING: MeasureArea.Employment,
  EMPLOYED: MeasureArea.Employment,
  SELF_EMPLOYED: MeasureArea.Employment,
  VOCATIONAL_TRAINING: MeasureArea.Training,
  LIFELONG_LEARNING: MeasureArea.Training,
  HOUSING_COUNSELLING: MeasureArea.Housing,
  HOUSING_PROVIDED: MeasureArea.Housing,
  HEALTH_SERVICE: MeasureArea.Healthcare,
  IMMUNISATION: MeasureArea.Healthcare,
  PROPHYLACTIC_EXAMINATION: MeasureArea.Healthcare,
  MONTHLY_SOCIAL_AID: MeasureArea.SocialAssistance,
  ONE_OFF_SOCIAL_AID: MeasureArea.SocialAssistance,
  ID_CARD_AID: MeasureArea.SocialAssistance,
  TEMPORARY_ACCOMMODATION: MeasureArea.SocialAssistance,
  HEATING_AID: MeasureArea.SocialAssistance,
  SOCIAL_SERVICES: MeasureArea.SocialAssistance,
  HOSPITAL_CARE_PAYMENT: MeasureArea.SocialAssistance,
  CHILD_PROTECTION: MeasureArea.SocialAssistance,
  LANGUAGE_COURSE: MeasureArea.Language,
};

/**
 * The hub's refusal of a whole form: shown above the form when it names no field the form has (a
 * stale version, an agreement no longer in force, a refused act); a field's own error shows under it.
 */
export function FormError({ error, fields }: { error: unknown; fields: string[] }) {
  if (!error) return null;
  if (error instanceof ApiError && error.field && fields.includes(error.field)) return null;
  return <ErrorText error={error} />;
}

/** An act's form, folded behind its button until wanted (the page stays short; the act is named on the button). */
export function ActPanel({ title, children, testId }: { title: string; children: (close: () => void) => ReactNode; testId?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="act" data-testid={testId}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {title}
      </button>
      {open && (
        <fieldset id={id} aria-label={title} className="act-form">
          {children(() => setOpen(false))}
        </fieldset>
      )}
    </div>
  );
}
