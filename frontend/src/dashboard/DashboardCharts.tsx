import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './dashboardApi';
import { dayString } from './dashboardRange';

const HEIGHT = 260;

function ChartPanel({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2, minWidth: 0 }}>
      <Typography id={titleId} variant="h3" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box role="figure" aria-label={title}>
        {children}
      </Box>
    </Paper>
  );
}

/** A day of the company (2026-11-01) as a short label in the reader's language (01/11, 11/01…). */
function dayLabel(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

// A time axis picks readable ticks for long periods; it works in the browser's zone, so days are local midnights.
const localDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d);
};

/** Created and resolved per day (a line once there are many days), and per hour of the day. */
export function DashboardCharts({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const localeText = { noData: t('dashboard.noData'), loading: t('app.loading') };
  const days = data.perDay.map((d) => dayLabel(d.day, i18n.language));
  const daySeries = [
    { data: data.perDay.map((d) => d.created), label: t('dashboard.perDay.created'), color: theme.palette.primary.main },
    { data: data.perDay.map((d) => d.closed), label: t('dashboard.perDay.closed'), color: theme.palette.secondary.main },
  ];
  const hourSeries = [
    { data: data.perHour.map((h) => h.created), label: t('dashboard.perDay.created'), color: theme.palette.primary.main },
    { data: data.perHour.map((h) => h.closed), label: t('dashboard.perDay.closed'), color: theme.palette.secondary.main },
  ];
  // Counts are whole: integer ticks, and a visible scale even for a period with nothing in it.
  const peak = Math.max(0, ...daySeries.concat(hourSeries).flatMap((s) => s.data));
  const yAxis = [{ min: 0, tickMinStep: 1, ...(peak === 0 ? { max: 5 } : {}) }];
  const hours = data.perHour.map((h) => t('dashboard.perHour.hour', { hour: h.hour }));
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <ChartPanel title={t('dashboard.perDay.title')}>
        {days.length > 14 ? (
          <LineChart
            height={HEIGHT}
            xAxis={[
              { scaleType: 'time', data: data.perDay.map((d) => localDate(d.day)), valueFormatter: (date: Date) => dayLabel(dayString(date), i18n.language) },
            ]}
            yAxis={yAxis}
            series={daySeries.map((s) => ({ ...s, showMark: false, curve: 'linear' as const }))}
            localeText={localeText}
            skipAnimation
          />
        ) : (
          <BarChart height={HEIGHT} xAxis={[{ scaleType: 'band', data: days }]} yAxis={yAxis} series={daySeries} localeText={localeText} skipAnimation />
        )}
      </ChartPanel>
      <ChartPanel title={t('dashboard.perHour.title')}>
        <BarChart height={HEIGHT} xAxis={[{ scaleType: 'band', data: hours }]} yAxis={yAxis} series={hourSeries} localeText={localeText} skipAnimation />
      </ChartPanel>
    </Box>
  );
}
