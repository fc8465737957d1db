import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFilters } from './DashboardFilters';
import { CsatPanel } from './CsatPanel';
import { CloseReasonsCard } from '../closing/CloseReasonsCard';
import { DashboardTables } from './DashboardTables';
import { ExportButtons } from './ExportButtons';
import { SummaryCards } from './SummaryCards';
import { useDashboard, type Dashboard, type DashboardFilter } from './dashboardApi';
import { presetRange, todayIn, type RangePreset } from './dashboardRange';

function DashboardLoading() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} role="status" aria-label={t('app.loading')}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(4, 1fr)' } }}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} variant="rounded" height={84} />
        ))}
      </Box>
      <Skeleton variant="rounded" height={300} />
    </Stack>
  );
}

const isEmpty = (data: Dashboard) =>
  data.totals.created === 0 && data.totals.closed === 0 && data.now.pending === 0 && data.now.open === 0 && data.totals.contactsCreated === 0;

/** The supervisor's view of the team over a period: cards, charts, attendants and queues. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [preset, setPreset] = useState<RangePreset>('last7');
  const [filter, setFilter] = useState<DashboardFilter>(() => ({ ...presetRange('last7'), queueId: null }));
  const dashboard = useDashboard(filter);
  const data = dashboard.data;
  // The presets mean the company's days, and its timezone comes with the first answer: until then the
  // browser's calendar is the best guess, afterwards a preset is redone in the company's (same days: no request).
  // Only when the zone becomes known or changes; a preset chosen later is computed in it already.
  const timeZone = data?.range.timezone;
  const [presetsZone, setPresetsZone] = useState<string | undefined>(undefined);
  if (timeZone !== presetsZone) {
    setPresetsZone(timeZone);
    if (timeZone && preset !== 'custom') setFilter((current) => ({ ...current, ...presetRange(preset, todayIn(timeZone)) }));
  }
  const day = (d: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

  return (
    <Stack spacing={3} sx={{ maxWidth: 1400, mx: 'auto' }}>
      <Box>
        <Typography variant="h1">{t('dashboard.title')}</Typography>
        <Typography color="text.secondary">
          {t('dashboard.subtitle')} · {t('dashboard.range.summary', { from: day(filter.from), to: day(filter.to) })}
        </Typography>
      </Box>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <DashboardFilters
          filter={filter}
          preset={preset}
          timeZone={timeZone}
          onChange={(next, nextPreset) => {
            setFilter(next);
            setPreset(nextPreset);
          }}
        />
        <Box sx={{ mt: 2 }}>
          <ExportButtons filter={filter} />
        </Box>
      </Paper>

      {dashboard.isError ? (
        <Alert severity="error" action={<Button onClick={() => void dashboard.refetch()}>{t('common.retry')}</Button>}>
          {errorMessage(t, dashboard.error)}
        </Alert>
      ) : null}
      {dashboard.isPending ? <DashboardLoading /> : null}
      {data && !dashboard.isError ? (
        <Stack spacing={3} sx={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }} aria-busy={dashboard.isFetching}>
          {dashboard.isFetching ? <LinearProgress aria-label={t('app.loading')} sx={{ mb: -3 }} /> : null}
          <SummaryCards data={data} />
          {isEmpty(data) ? <Alert severity="info">{t('dashboard.empty')}</Alert> : null}
          <CsatPanel csat={data.csat} />
          {data.closeReasons ? <CloseReasonsCard reasons={data.closeReasons} /> : null}
          <DashboardCharts data={data} />
          <DashboardTables data={data} />
        </Stack>
      ) : null}
    </Stack>
  );
}
