import type { ReactNode } from 'react';
import { useT } from '../i18n.js';
import { Button, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextArea, TextField } from 'react-aria-components';

// Form fields from react-aria-components (accessible labels, descriptions and errors), styled in
// styles.css. `error` is the hub's message for the field (useAct().fieldError): shown under it, and the
// field is marked invalid.

interface Common {
  label: string;
  name: string;
  error?: string;
  isRequired?: boolean;
  description?: ReactNode;
}

export function TextInput({
  label,
  name,
  value,
  onChange,
  error,
  isRequired,
  multiline,
  description,
  onEnter,
}: Common & {
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  /** Enter in the field does this instead of sending the form around it (e.g. a search inside an act's form). */
  onEnter?: () => void;
}) {
  return (
    <TextField
      className="field"
      name={name}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isInvalid={!!error}
      validationBehavior="aria"
      onKeyDown={
        onEnter &&
        ((e) => {
          // The key still reaches the field's parents, as without the handler (React Aria stops it by default).
          e.continuePropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            onEnter();
          }
        })
      }
    >
      <Label>{label}</Label>
      {multiline ? <TextArea /> : <Input />}
      {description && <span className="description">{description}</span>}
      <FieldError>{error}</FieldError>
    </TextField>
  );
}

/**
 * A day, typed as dd.mm.yyyy (as dates are shown everywhere in the console) and sent as the API's
 * yyyy-mm-dd; what is not a date is sent as typed, for the hub to refuse with its own message.
 */
export function DateInput({ label, name, value, onChange, error, isRequired }: Common & { value: string; onChange: (iso: string) => void }) {
  const t = useT();
  const shown = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return (
    <TextInput
      label={`${label} (${t('dateFormat')})`}
      name={name}
      value={shown ? `${shown[3]}.${shown[2]}.${shown[1]}` : value}
      onChange={(typed) => {
        const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(typed.trim());
        onChange(m ? `${m[3]}-${m[2]}-${m[1]}` : typed);
      }}
      error={error}
      isRequired={isRequired}
    />
  );
}

export function SelectInput<V extends string>({
  label,
  name,
  value,
  onChange,
  options,
  error,
  isRequired,
}: Common & { value: V | null; onChange: (v: V) => void; options: { value: V; label: string }[] }) {
  return (
    <Select
      className="field"
      name={name}
      selectedKey={value}
      onSelectionChange={(key) => onChange(key as V)}
      isRequired={isRequired}
      isInvalid={!!error}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <FieldError>{error}</FieldError>
      <Popover>
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.value} id={o.value} className="option">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
