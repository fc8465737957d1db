import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { defaultSchedule, type ScheduleProblems } from './businessHours';
import type { WeeklySchedule } from './queueTypes';
import { WeekHoursEditor } from './WeekHoursEditor';

interface BusinessHoursEditorProps {
  /** null: the company's business hours apply. */
  value: WeeklySchedule | null;
  onChange(value: WeeklySchedule | null): void;
  problems: ScheduleProblems;
}

/** A queue's hours: the company's (null), or a week of its own. */
export function BusinessHoursEditor({ value, onChange, problems }: BusinessHoursEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1.5}>
      <FormControlLabel
        control={<Switch checked={value !== null} onChange={(e) => onChange(e.target.checked ? defaultSchedule() : null)} />}
        label={t('queues.hours.own')}
      />
      {value === null ? (
        <Typography color="text.secondary">{t('queues.hours.companyDefault')}</Typography>
      ) : (
        <WeekHoursEditor value={value} onChange={onChange} problems={problems} />
      )}
    </Stack>
  );
}
