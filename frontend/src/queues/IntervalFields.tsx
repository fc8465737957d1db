import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { endForInput, endFromInput, type IntervalProblem } from './businessHours';
import type { TimeInterval } from './queueTypes';

interface IntervalFieldsProps {
  /** The weekday's name and the interval's number, for the inputs' accessible names. */
  day: string;
  n: number;
  value: TimeInterval;
  problem: IntervalProblem | undefined;
  onChange(value: TimeInterval): void;
}

/** Start and end of one range; the problem (overlap, order) is written under it, not only colored. */
export function IntervalFields({ day, n, value, problem, onChange }: IntervalFieldsProps) {
  const { t } = useTranslation();
  const input = { min: '00:00', step: 300 };
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1}>
        <TextField
          type="time"
          size="small"
          label={t('queues.hours.start')}
          value={value.start}
          error={Boolean(problem)}
          onChange={(e) => onChange({ ...value, start: e.target.value })}
          sx={{ width: 130 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...input, 'aria-label': t('queues.hours.startOf', { day, n }) } }}
        />
        <TextField
          type="time"
          size="small"
          label={t('queues.hours.end')}
          value={endForInput(value.end)}
          error={Boolean(problem)}
          onChange={(e) => onChange({ ...value, end: endFromInput(e.target.value) })}
          sx={{ width: 130 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...input, 'aria-label': t('queues.hours.endOf', { day, n }) } }}
        />
      </Stack>
      {problem ? (
        <Typography variant="caption" color="error" role="alert">
          {t(`queues.hours.problems.${problem}`)}
        </Typography>
      ) : null}
    </Stack>
  );
}
