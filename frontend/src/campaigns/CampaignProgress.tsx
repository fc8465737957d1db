import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { percentHandled } from './campaignStats';
import type { Campaign, CampaignStats } from './campaignsApi';

type Counter = 'sent' | 'delivered' | 'read' | 'replied' | 'failed' | 'optedOut' | 'excluded' | 'pending';

const COLORS: Record<Counter, string> = {
  read: '#1b5e20',
  delivered: '#43a047',
  sent: '#a5d6a7',
  replied: '#1e88e5',
  failed: '#e53935',
  optedOut: '#fb8c00',
  excluded: '#9e9e9e',
  pending: 'transparent',
};

/**
 * The bar's pieces, side by side and never overlapping: read, delivered but not read, taken by WhatsApp but
 * not delivered, failed, opted out, excluded; what is left is still to go (the track shows through).
 */
function segments(stats: CampaignStats): { key: Counter; value: number }[] {
  return [
    { key: 'read', value: stats.read },
    { key: 'delivered', value: stats.delivered - stats.read },
    { key: 'sent', value: stats.sent - stats.delivered },
    { key: 'failed', value: stats.failed },
    { key: 'optedOut', value: stats.optedOut },
    { key: 'excluded', value: stats.excluded },
  ];
}

/** The live progress: one segmented bar, the percentage handled, the counters and the expected end. */
export function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const { stats } = campaign;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const percent = percentHandled(stats);
  const counters: Counter[] = ['sent', 'delivered', 'read', 'replied', 'failed', 'optedOut', 'excluded', 'pending'];
  const valueOf = (key: Counter) => (key === 'pending' ? stats.pending + stats.sending : stats[key]);
  const end =
    campaign.estimatedEndAt && (campaign.status === 'running' || campaign.status === 'scheduled')
      ? new Date(campaign.estimatedEndAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
      : null;

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6" component="p">
            {t('campaigns.live.percent', { percent })}
          </Typography>
          <Typography color="text.secondary">
            {t('campaigns.progressOf', { sent: number(stats.sent), total: number(stats.total) })}
            {end ? ` · ${t('campaigns.live.estimatedEnd', { when: end })}` : ''}
          </Typography>
        </Stack>
        <Box
          role="progressbar"
          aria-label={t('campaigns.live.progressLabel')}
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
          sx={{ display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden', bgcolor: 'action.hover' }}
        >
          {stats.total > 0
            ? segments(stats)
                .filter((segment) => segment.value > 0)
                .map((segment) => (
                  <Tooltip key={segment.key} title={`${t(`campaigns.live.${segment.key}`)}: ${number(valueOf(segment.key))}`}>
                    <Box sx={{ width: `${(segment.value * 100) / stats.total}%`, bgcolor: COLORS[segment.key], transition: 'width .6s ease' }} />
                  </Tooltip>
                ))
            : null}
        </Box>
        <Grid container spacing={1.5}>
          {counters.map((key) => (
            <Grid key={key} size={{ xs: 6, sm: 3 }}>
              <Stack direction="row" spacing={1} role="group" aria-label={t(`campaigns.live.${key}`)} sx={{ alignItems: 'flex-start' }}>
                <Box
                  aria-hidden
                  sx={{
                    mt: 0.75,
                    width: 10,
                    height: 10,
                    borderRadius: '50%',
                    flexShrink: 0,
                    bgcolor: COLORS[key],
                    border: key === 'pending' ? 1 : 0,
                    borderColor: 'divider',
                  }}
                />
                <div>
                  <Typography variant="body2" color="text.secondary">
                    {t(`campaigns.live.${key}`)}
                  </Typography>
                  <Typography variant="h6" component="p">
                    {number(valueOf(key))}
                  </Typography>
                </div>
              </Stack>
            </Grid>
          ))}
        </Grid>
      </Stack>
    </Paper>
  );
}
