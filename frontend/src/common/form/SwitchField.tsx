import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useId, type Ref } from 'react';

export interface SwitchFieldProps {
  label: string;
  /** Under the switch: what turning it on changes (the switch is described by it). */
  help?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** An on/off choice: the label names it, the optional text under it says what it changes. */
export function SwitchField({ label, help, checked, onChange, disabled, inputRef }: SwitchFieldProps) {
  const helpId = useId();
  const control = (
    <Switch
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
      disabled={disabled}
      slotProps={{ input: { ref: inputRef, 'aria-describedby': help ? helpId : undefined } }}
    />
  );
  if (!help) return <FormControlLabel control={control} label={label} />;
  return (
    <Stack>
      <FormControlLabel control={control} label={label} />
      <FormHelperText id={helpId} sx={{ mt: 0, ml: 6 }}>
        {help}
      </FormHelperText>
    </Stack>
  );
}
