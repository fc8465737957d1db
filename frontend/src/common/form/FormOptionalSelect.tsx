import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { OptionalSelect, type OptionalSelectProps } from '../OptionalSelect';

type FormOptionalSelectProps<V extends FieldValues, N extends FieldPathByValue<V, string>, T = V> = Omit<OptionalSelectProps, 'value' | 'onChange'> & {
  control: Control<V, unknown, T>;
  /** A field of the form that holds an id as text, "" for the first entry. */
  name: N;
};

/** A react-hook-form field as an `OptionalSelect` (none, or one of the choices). */
export function FormOptionalSelect<V extends FieldValues, N extends FieldPathByValue<V, string>, T = V>({
  control,
  name,
  ...props
}: FormOptionalSelectProps<V, N, T>) {
  const { field } = useController({ control, name });
  return <OptionalSelect {...props} value={field.value} onChange={field.onChange} />;
}
