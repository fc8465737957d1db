import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
// The queues' week editor serves the company's hours too: same schedule, same checks, same inputs.
import { WeekHoursEditor } from '../queues/WeekHoursEditor';
import { defaultSchedule, type ScheduleProblems } from '../queues/businessHours';
import type { WeeklySchedule } from '../queues/queueTypes';
import { SwitchField } from '../common/form/SwitchField';

interface BusinessHoursFieldProps {
  value: WeeklySchedule | null;
  onChange(value: WeeklySchedule | null): void;
  problems: ScheduleProblems;
}

/** The company's week: always open (null), or per weekday closed or open in one or more time ranges. */
export function BusinessHoursField({ value, onChange, problems }: BusinessHoursFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1}>
      <SwitchField
        label={t('settings.businessHours.limited')}
        help={t('settings.businessHours.help')}
        checked={value !== null}
        onChange={(on) => onChange(on ? defaultSchedule() : null)}
      />
      {value === null ? null : <WeekHoursEditor value={value} onChange={onChange} problems={problems} />}
    </Stack>
  );
}
