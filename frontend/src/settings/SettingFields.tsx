import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useId, type ComponentProps } from 'react';

interface SettingSwitchProps {
  label: string;
  help: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** An on/off setting: the label names it, the text under it says what it changes. */
export function SettingSwitch({ label, help, checked, onChange }: SettingSwitchProps) {
  const helpId = useId();
  return (
    <Stack>
      <FormControlLabel
        control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { 'aria-describedby': helpId } }} />}
        label={label}
      />
      <FormHelperText id={helpId} sx={{ mt: 0, ml: 6 }}>
        {help}
      </FormHelperText>
    </Stack>
  );
}

type SettingNumberProps = Omit<ComponentProps<typeof TextField>, 'type'> & { unit?: string };

/** A whole-number setting with its unit ("min") at the end of the box. */
export function SettingNumber({ unit, slotProps, ...props }: SettingNumberProps) {
  return (
    <TextField
      type="number"
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
export function SettingText({ minRows = 2, ...props }: Omit<ComponentProps<typeof TextField>, 'multiline'>) {
  return <TextField multiline minRows={minRows} fullWidth sx={{ '& .MuiFormHelperText-root': { maxWidth: 640 } }} {...props} />;
}
