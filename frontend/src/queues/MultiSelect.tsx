import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface Choice {
  id: number;
  label: string;
  /** Shown dimmed, e.g. an inactive user who still serves the queue. */
  muted?: boolean;
}

interface MultiSelectProps {
  label: string;
  choices: Choice[];
  value: number[];
  onChange(ids: number[]): void;
  loading?: boolean;
  helperText?: string;
}

/** Picks ids from a list by name, shown as chips; ids without a known choice (not loaded yet) are kept. */
export function MultiSelect({ label, choices, value, onChange, loading, helperText }: MultiSelectProps) {
  const { t } = useTranslation();
  const byId = new Map(choices.map((c) => [c.id, c]));
  const selected = value.map((id) => byId.get(id) ?? { id, label: `#${id}` });
  return (
    <Autocomplete
      multiple
      options={choices}
      value={selected}
      loading={loading}
      filterSelectedOptions
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(choice) => choice.label}
      onChange={(_event, next) => onChange(next.map((c) => c.id).sort((a, b) => a - b))}
      noOptionsText={t('queues.noOptions')}
      loadingText={t('app.loading')}
      renderValue={(items, getItemProps) =>
        items.map((choice, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={choice.label} sx={{ opacity: choice.muted ? 0.6 : 1 }} {...itemProps} />;
        })
      }
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}
