import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './dashboardApi';
import { formatDuration } from './formatDuration';

function Card({ label, value, accent }: { label: string; value: string; accent?: string }) {
  const labelId = useId();
  return (
    <Paper variant="outlined" role="group" aria-labelledby={labelId} sx={{ p: 2, borderLeft: 4, borderLeftColor: accent ?? 'divider' }}>
      <Typography id={labelId} variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="p" sx={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Typography>
    </Paper>
  );
}

/** The period at a glance; "now" cards are the current state, the others the chosen period. */
export function SummaryCards({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const cards = [
    { key: 'pending', value: n(data.now.pending), accent: 'warning.main' },
    { key: 'open', value: n(data.now.open), accent: 'info.main' },
    { key: 'created', value: n(data.totals.created), accent: 'primary.main' },
    { key: 'closed', value: n(data.totals.closed), accent: 'secondary.main' },
    { key: 'contactsCreated', value: n(data.totals.contactsCreated) },
    { key: 'avgWaiting', value: formatDuration(t, data.totals.avgWaitingSeconds) },
    { key: 'avgHandling', value: formatDuration(t, data.totals.avgHandlingSeconds) },
  ];
  return (
    <Box
      component="section"
      aria-label={t('dashboard.cards.label')}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(4, minmax(0, 1fr))', xl: 'repeat(7, minmax(0, 1fr))' },
      }}
    >
      {cards.map((card) => (
        <Card key={card.key} label={t(`dashboard.cards.${card.key}`)} value={card.value} accent={card.accent} />
      ))}
    </Box>
  );
}
