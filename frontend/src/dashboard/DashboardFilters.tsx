import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../common/useChanged';
import { useQueueOptions } from '../connections/connectionQueuesQuery';
import type { DashboardFilter } from './dashboardApi';
import { RANGE_PRESETS, presetRange, todayIn, type RangePreset } from './dashboardRange';

interface DashboardFiltersProps {
  filter: DashboardFilter;
  preset: RangePreset;
  /** The company's, once known: presets end on its today. */
  timeZone: string | undefined;
  onChange(filter: DashboardFilter, preset: RangePreset): void;
}

/** Period presets, a custom from/to applied on demand (no request per keystroke), and the queue. */
export function DashboardFilters({ filter, preset, timeZone, onChange }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const queues = useQueueOptions();
  const [draft, setDraft] = useState({ from: filter.from, to: filter.to });
  const fromChanged = useChanged(filter.from);
  const toChanged = useChanged(filter.to);
  if (fromChanged || toChanged) setDraft({ from: filter.from, to: filter.to });

  const choosePreset = (next: RangePreset | null) => {
    if (!next) return;
    if (next === 'custom') onChange(filter, 'custom');
    else onChange({ ...filter, ...presetRange(next, todayIn(timeZone)) }, next);
  };
  const applyCustom = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filter, ...draft }, 'custom');
  };

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={preset}
          onChange={(_event, next: RangePreset | null) => choosePreset(next)}
          aria-label={t('dashboard.range.label')}
          sx={{ flexShrink: 0, alignSelf: { xs: 'stretch', md: 'auto' }, '& .MuiToggleButton-root': { flex: { xs: 1, md: 'none' } } }}
        >
          {RANGE_PRESETS.map((p) => (
            <ToggleButton key={p} value={p} sx={{ px: 1.5 }}>
              {t(`dashboard.range.${p}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          select
          size="small"
          label={t('dashboard.queueFilter')}
          value={filter.queueId === null ? '' : String(filter.queueId)}
          onChange={(e) => onChange({ ...filter, queueId: e.target.value === '' ? null : Number(e.target.value) }, preset)}
          sx={{ width: { xs: '100%', md: 260 } }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('dashboard.allQueues')}</MenuItem>
          {(queues.data ?? []).map((q) => (
            <MenuItem key={q.id} value={String(q.id)}>
              {q.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {preset === 'custom' ? (
        <Stack component="form" direction={{ xs: 'column', sm: 'row' }} spacing={2} onSubmit={applyCustom} noValidate sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            type="date"
            size="small"
            label={t('dashboard.range.from')}
            value={draft.from}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label={t('dashboard.range.to')}
            value={draft.to}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button type="submit" variant="outlined" disabled={!draft.from || !draft.to}>
            {t('dashboard.range.apply')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
