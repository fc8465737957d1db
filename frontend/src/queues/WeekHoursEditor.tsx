import Add from '@mui/icons-material/Add';
import ContentCopy from '@mui/icons-material/ContentCopyOutlined';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { MAX_INTERVALS_PER_DAY, WEEK_ORDER, minutesOf, type ScheduleProblems } from './businessHours';
import { IntervalFields } from './IntervalFields';
import type { TimeInterval, Weekday, WeeklySchedule } from './queueTypes';

interface WeekHoursEditorProps {
  value: WeeklySchedule;
  onChange(value: WeeklySchedule): void;
  problems: ScheduleProblems;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => (minutes >= 1440 ? '24:00' : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);

/** A new interval starts an hour after the day's last one ends (lunch break), or 09:00–18:00 on an empty day. */
function nextInterval(intervals: TimeInterval[]): TimeInterval {
  const last = intervals.at(-1);
  if (!last) return { start: '09:00', end: '18:00' };
  const start = Math.min(minutesOf(last.end) + 60, 1380);
  return { start: hhmm(start), end: hhmm(Math.min(start + 240, 1440)) };
}

/**
 * Per weekday: open or closed, and zero or more time ranges; problems are shown on the range they concern.
 * Any weekly schedule fits (a queue's own hours, the company's business hours).
 */
export function WeekHoursEditor({ value, onChange, problems }: WeekHoursEditorProps) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, intervals: TimeInterval[]) => onChange({ ...value, [day]: intervals });
  const dayName = (day: Weekday) => t(`queues.weekdays.${day}`);
  const copyMondayToWeekdays = () => {
    const copy = () => (value['1'] ?? []).map((i) => ({ ...i }));
    onChange({ ...value, '2': copy(), '3': copy(), '4': copy(), '5': copy() });
  };

  return (
    <Stack spacing={1.5}>
      {WEEK_ORDER.map((day) => {
        const intervals = value[day] ?? [];
        const open = intervals.length > 0;
        return (
          <Box
            key={day}
            role="group"
            aria-label={dayName(day)}
            sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, gap: 1, py: 1, borderBottom: 1, borderColor: 'divider' }}
          >
            <FormControlLabel
              sx={{ width: { sm: 190 }, flexShrink: 0, alignSelf: { sm: 'flex-start' }, mt: { sm: 0.5 } }}
              control={
                <Switch
                  checked={open}
                  onChange={(e) => setDay(day, e.target.checked ? [nextInterval([])] : [])}
                  slotProps={{ input: { 'aria-label': t('queues.hours.open', { day: dayName(day) }) } }}
                />
              }
              label={dayName(day)}
            />
            <Stack spacing={1} sx={{ flex: 1 }}>
              {open ? null : (
                <Typography color="text.secondary" sx={{ mt: { sm: 1 } }}>
                  {t('queues.hours.closed')}
                </Typography>
              )}
              {intervals.map((interval, index) => (
                <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <IntervalFields
                    day={dayName(day)}
                    n={index + 1}
                    value={interval}
                    problem={problems[`${day}.${index}`]}
                    onChange={(next) =>
                      setDay(
                        day,
                        intervals.map((i, k) => (k === index ? next : i)),
                      )
                    }
                  />
                  <IconButton
                    aria-label={t('queues.hours.removeInterval', { n: index + 1, day: dayName(day) })}
                    onClick={() =>
                      setDay(
                        day,
                        intervals.filter((_, k) => k !== index),
                      )
                    }
                    sx={{ mt: 0.5 }}
                  >
                    <RemoveCircleOutline />
                  </IconButton>
                </Stack>
              ))}
              {open && intervals.length < MAX_INTERVALS_PER_DAY ? (
                <Box>
                  <Button
                    size="small"
                    startIcon={<Add />}
                    aria-label={t('queues.hours.addIntervalTo', { day: dayName(day) })}
                    onClick={() => setDay(day, [...intervals, nextInterval(intervals)])}
                  >
                    {t('queues.hours.addInterval')}
                  </Button>
                </Box>
              ) : null}
            </Stack>
          </Box>
        );
      })}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <Button size="small" startIcon={<ContentCopy />} onClick={copyMondayToWeekdays} sx={{ alignSelf: 'flex-start' }}>
          {t('queues.hours.copyToWeekdays')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {t('queues.hours.midnightHint')}
        </Typography>
      </Stack>
    </Stack>
  );
}
