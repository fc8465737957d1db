import Add from '@mui/icons-material/Add';
import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
// The queues' business-hours pieces serve the company's hours too: same schedule, same checks, same inputs.
import { IntervalFields } from '../queues/IntervalFields';
import { MAX_INTERVALS_PER_DAY, WEEK_ORDER, defaultSchedule, type ScheduleProblems } from '../queues/businessHours';
import type { TimeInterval, Weekday, WeeklySchedule } from '../queues/queueTypes';
import { SettingSwitch } from './SettingFields';

interface BusinessHoursFieldProps {
  value: WeeklySchedule | null;
  onChange(value: WeeklySchedule | null): void;
  problems: ScheduleProblems;
}

/** The company's week: always open (null), or per day closed / one or more time ranges. */
export function BusinessHoursField({ value, onChange, problems }: BusinessHoursFieldProps) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, intervals: TimeInterval[]) => onChange({ ...value, [day]: intervals });
  const dayName = (day: Weekday) => t(`queues.weekdays.${day}`);

  return (
    <Stack spacing={1}>
      <SettingSwitch
        label={t('settings.businessHours.limited')}
        help={t('settings.businessHours.help')}
        checked={value !== null}
        onChange={(on) => onChange(on ? defaultSchedule() : null)}
      />
      {value === null
        ? null
        : WEEK_ORDER.map((day) => {
            const intervals = value[day] ?? [];
            return (
              <Box
                key={day}
                role="group"
                aria-label={dayName(day)}
                sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, gap: 1, py: 1, borderTop: 1, borderColor: 'divider' }}
              >
                <FormControlLabel
                  sx={{ width: { sm: 200 }, flexShrink: 0, alignSelf: { sm: 'flex-start' } }}
                  control={
                    <Switch
                      checked={intervals.length > 0}
                      onChange={(e) => setDay(day, e.target.checked ? [{ start: '09:00', end: '18:00' }] : [])}
                      slotProps={{ input: { 'aria-label': t('settings.businessHours.openOn', { day: dayName(day) }) } }}
                    />
                  }
                  label={dayName(day)}
                />
                <Stack spacing={1} sx={{ flex: 1 }}>
                  {intervals.length === 0 ? (
                    <Typography color="text.secondary" sx={{ mt: { sm: 1 } }}>
                      {t('settings.businessHours.closed')}
                    </Typography>
                  ) : null}
                  {intervals.map((interval, index) => (
                    <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                      <IntervalFields
                        day={dayName(day)}
                        n={index + 1}
                        value={interval}
                        problem={problems[`${day}.${index}`]}
                        onChange={(next) => setDay(day, intervals.map((i, k) => (k === index ? next : i)))}
                      />
                      <IconButton
                        aria-label={t('settings.businessHours.remove', { day: dayName(day), n: index + 1 })}
                        onClick={() => setDay(day, intervals.filter((_, k) => k !== index))}
                        sx={{ mt: 0.5 }}
                      >
                        <Close fontSize="small" />
                      </IconButton>
                    </Stack>
                  ))}
                  {intervals.length > 0 && intervals.length < MAX_INTERVALS_PER_DAY ? (
                    <Button
                      size="small"
                      startIcon={<Add />}
                      sx={{ alignSelf: 'flex-start' }}
                      aria-label={t('settings.businessHours.addTo', { day: dayName(day) })}
                      onClick={() => setDay(day, [...intervals, { start: '13:00', end: '18:00' }])}
                    >
                      {t('settings.businessHours.add')}
                    </Button>
                  ) : null}
                </Stack>
              </Box>
            );
          })}
      {value === null ? null : (
        <Typography variant="caption" color="text.secondary">
          {t('settings.businessHours.midnightHint')}
        </Typography>
      )}
    </Stack>
  );
}
