import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DashboardView } from '@atende/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The dashboard's "Motivos de encerramento": tickets closed in the period per reason, most first, as bars. */
export function CloseReasonsCard({ reasons }: { reasons: DashboardView['closeReasons'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const most = Math.max(1, ...reasons.map((r) => r.count));
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} variant="h3" component="h2" sx={{ mb: 1 }}>
        {t('closing.dashboardTitle')}
      </Typography>
      {reasons.length === 0 ? (
        <Typography color="text.secondary">{t('closing.dashboardEmpty')}</Typography>
      ) : (
        <Stack spacing={0.75} role="list" aria-label={t('closing.dashboardTitle')}>
          {reasons.map((r) => {
            const name = r.name ?? t('closing.noReason');
            return (
              <Stack
                key={r.closeReasonId ?? 'none'}
                direction="row"
                spacing={1.5}
                role="listitem"
                aria-label={`${name}: ${r.count}`}
                sx={{ alignItems: 'center' }}
              >
                <Typography variant="body2" noWrap sx={{ width: 160, flexShrink: 0 }} aria-hidden>
                  {name}
                </Typography>
                <LinearProgress variant="determinate" value={(r.count / most) * 100} sx={{ flex: 1, height: 8, borderRadius: 4 }} aria-hidden />
                <Typography variant="body2" sx={{ width: 40, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} aria-hidden>
                  {r.count}
                </Typography>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
