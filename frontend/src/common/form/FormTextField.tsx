import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useForkRef } from '@mui/material/utils';
import type { ReactNode, Ref } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../PasswordField';

/** What the form owns: the value, its events, and whether and why it is wrong. */
type Wired = 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'helperText' | 'inputRef';

export type FormTextFieldProps<V extends FieldValues, N extends FieldPath<V>, T = V> = Omit<TextFieldProps, Wired> & {
  control: Control<V, unknown, T>;
  name: N;
  /** Under the field while it is valid: what to type or what it does. An error takes its place. */
  help?: ReactNode;
  /** The numbers the error texts quote (`{{max}}`, `{{min}}`), usually the schema's limits. */
  limits?: Readonly<Record<string, number>>;
  /** The form holds a number: the text is read as one, an empty or unreadable box as NaN for the schema to refuse. */
  numeric?: boolean;
  /** The input element too, for a caller that works on the cursor (the form keeps its own ref for focus). */
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
};

/**
 * A text field of a react-hook-form form: value and events from the form, the error under the field as text
 * (schema messages and `errors.ERR_*` codes are i18n keys, translated here so a language switch re-translates
 * them), `help` in its place while the value is valid. `type="password"` gets the show/hide toggle; `select`
 * with `MenuItem` children makes it a select. MUI ties label, input and helper text together (label, aria-invalid,
 * aria-describedby), so the error is announced with the field.
 */
export function FormTextField<V extends FieldValues, N extends FieldPath<V>, T = V>(props: FormTextFieldProps<V, N, T>) {
  const { control, name, help, limits, numeric, inputRef, type, ...rest } = props;
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const ref = useForkRef(field.ref, inputRef);
  const message = fieldState.error?.message;
  const value: unknown = field.value;
  const wired = {
    ...rest,
    name: field.name,
    // NaN is what an empty number box holds; the box shows it as empty.
    value: typeof value === 'number' && Number.isNaN(value) ? '' : value,
    onChange: (event: { target: { value: string } }) => field.onChange(numeric ? readNumber(event.target.value) : event.target.value),
    onBlur: field.onBlur,
    inputRef: ref,
    error: Boolean(fieldState.error),
    helperText: message ? t(message, limits) : help,
  };
  return type === 'password' ? <PasswordField {...wired} /> : <TextField type={type} {...wired} />;
}

/** As react-hook-form's `valueAsNumber` reads a box: '' is NaN, not 0. */
function readNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
