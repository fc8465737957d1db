import InputAdornment from '@mui/material/InputAdornment';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { FormTextField, type FormTextFieldProps } from '../common/form/FormTextField';

type SettingNumberProps<V extends FieldValues, N extends FieldPath<V>> = Omit<FormTextFieldProps<V, N>, 'type' | 'numeric'> & { unit?: string };

/** A whole-number setting with its unit ("min") at the end of the box. */
export function SettingNumber<V extends FieldValues, N extends FieldPath<V>>({ unit, slotProps, ...props }: SettingNumberProps<V, N>) {
  return (
    <FormTextField
      type="number"
      numeric
      // Only the box is narrow; the explanation under it uses the whole width.
      sx={{ '& .MuiInputBase-root': { maxWidth: 260 }, '& .MuiFormHelperText-root': { maxWidth: 640 } }}
      {...props}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: 'numeric', step: 1 },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}

/** A text Atende sends to customers by itself: several lines, the explanation (and the variables) under it. */
export function SettingText<V extends FieldValues, N extends FieldPath<V>>({ minRows = 2, ...props }: Omit<FormTextFieldProps<V, N>, 'multiline'>) {
  return <FormTextField multiline minRows={minRows} fullWidth sx={{ '& .MuiFormHelperText-root': { maxWidth: 640 } }} {...props} />;
}
