import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useQueueOptions, type QueueOption } from './connectionQueuesQuery';
import { QueueChip } from './QueueChip';

interface ConnectionQueuesFieldProps {
  value: number[];
  onChange(queueIds: number[]): void;
  disabled?: boolean;
}

/** Chooses the queues a connection serves; optional, so a connection can exist before any queue does. */
export function ConnectionQueuesField({ value, onChange, disabled }: ConnectionQueuesFieldProps) {
  const { t } = useTranslation();
  const options = useQueueOptions();
  const all = options.data ?? [];
  const selected = value.map((id) => all.find((q) => q.id === id)).filter((q): q is QueueOption => q !== undefined);
  return (
    <Autocomplete
      multiple
      options={all}
      value={selected}
      disabled={disabled}
      loading={options.isPending}
      onChange={(_event, queues) => onChange(queues.map((q) => q.id).sort((a, b) => a - b))}
      getOptionLabel={(q) => q.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('connectionQueues.noOptions')}
      loadingText={t('app.loading')}
      disableCloseOnSelect
      renderOption={({ key, ...props }, q) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1 }}>
          <Box aria-hidden sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: q.color, flexShrink: 0 }} />
          {q.name}
        </Box>
      )}
      renderValue={(queues, getItemProps) =>
        queues.map((q, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <QueueChip key={key} queue={q} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('connectionQueues.label')}
          error={options.isError}
          helperText={options.isError ? t('connectionQueues.loadFailed') : t('connectionQueues.hint')}
        />
      )}
    />
  );
}
