import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { SwitchField, type SwitchFieldProps } from './SwitchField';

type FormSwitchProps<V extends FieldValues, N extends FieldPathByValue<V, boolean>, T = V> = Omit<SwitchFieldProps, 'checked' | 'onChange' | 'inputRef'> & {
  control: Control<V, unknown, T>;
  /** A field of the form that holds true or false. */
  name: N;
};

/** A react-hook-form boolean as a switch (see `SwitchField`). */
export function FormSwitch<V extends FieldValues, N extends FieldPathByValue<V, boolean>, T = V>({ control, name, ...props }: FormSwitchProps<V, N, T>) {
  const { field } = useController({ control, name });
  return <SwitchField {...props} checked={field.value} onChange={field.onChange} inputRef={field.ref} />;
}
