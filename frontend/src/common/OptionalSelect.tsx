import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

export interface NamedChoice {
  id: number;
  name: string;
}

export interface OptionalSelectProps {
  label: string;
  /** An id as a string, or "" for the first entry (none, all, this queue…). */
  value: string;
  onChange(value: string): void;
  noneLabel: string;
  choices: readonly NamedChoice[];
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
  /** Under the select: what the choice changes. */
  help?: string;
  disabled?: boolean;
}

/** A select whose first entry means "no particular one" and shows even when nothing is chosen. */
export function OptionalSelect({ label, value, onChange, noneLabel, choices, size, sx, help, disabled }: OptionalSelectProps) {
  return (
    <TextField
      select
      fullWidth
      size={size}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={sx}
      helperText={help}
      disabled={disabled}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{noneLabel}</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={String(choice.id)}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
