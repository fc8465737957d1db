import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './dashboardApi';

/** An average rating as people read it: "4,5" in pt-BR, "4.5" in English; "—" without ratings. */
export function csatAverage(average: number | null, language: string): string {
  return average === null ? '—' : average.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
}

/** The customers' ratings of the period: the average out of 5, how many, and how many of each star. */
export function CsatPanel({ csat }: { csat: Dashboard['csat'] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const most = Math.max(1, ...csat.distribution);
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} variant="h3" component="h2" sx={{ mb: 1 }}>
        {t('dashboard.csat.title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ alignItems: { sm: 'center' } }}>
        <Box sx={{ minWidth: 160 }}>
          <Typography component="p" sx={{ fontSize: 32, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} aria-label={t('dashboard.csat.average')}>
            {csatAverage(csat.average, i18n.language)}
            <Typography component="span" color="text.secondary" sx={{ fontSize: 18 }}>
              {' '}
              / 5
            </Typography>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('dashboard.csat.count', { count: csat.count })}
          </Typography>
        </Box>
        <Stack spacing={0.5} sx={{ flex: 1 }} role="list" aria-label={t('dashboard.csat.distribution')}>
          {[5, 4, 3, 2, 1].map((stars) => {
            const n = csat.distribution[stars - 1] ?? 0;
            return (
              <Stack
                key={stars}
                direction="row"
                spacing={1}
                role="listitem"
                sx={{ alignItems: 'center' }}
                aria-label={t('dashboard.csat.row', { stars, count: n })}
              >
                <Typography variant="body2" sx={{ width: 32, fontVariantNumeric: 'tabular-nums' }} aria-hidden>
                  {stars} ★
                </Typography>
                <LinearProgress variant="determinate" value={(n / most) * 100} sx={{ flex: 1, height: 8, borderRadius: 4 }} aria-hidden />
                <Typography variant="body2" sx={{ width: 48, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} aria-hidden>
                  {n.toLocaleString(i18n.language)}
                </Typography>
              </Stack>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
