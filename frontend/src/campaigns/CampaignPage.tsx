import ArrowBack from '@mui/icons-material/ArrowBack';
import AttachFile from '@mui/icons-material/AttachFileOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ListError, ListLoading } from '../common/ListStates';
import { NotFoundPage } from '../layout/NotFoundPage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { CampaignActions } from './CampaignActions';
import { CampaignProgress } from './CampaignProgress';
import { CampaignRecipients } from './CampaignRecipients';
import { CampaignStatusChip } from './CampaignStatusChip';
import { shippingsKey, useCampaign, type Campaign } from './campaignsApi';
import { useCampaignEvents } from './useCampaignEvents';
import { CampaignWizard } from './wizard/CampaignWizard';

// While a campaign sends, its counts arrive about once a second; the recipients' table asks again at most this often.
const RECIPIENTS_REFRESH_MS = 5000;

/** /campaigns/:id — a draft opens in the wizard; any other campaign is its live page and report. */
export function CampaignPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const campaign = useCampaign(id);
  useCampaignEvents();

  if (!Number.isInteger(id)) return <NotFoundPage />;
  if (campaign.isPending) return <ListLoading />;
  if (campaign.isError) return <ListError title={t('campaigns.loadFailed')} error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (campaign.data.status === 'draft') return <CampaignWizard key={campaign.data.id} campaign={campaign.data} />;
  return <LiveCampaign campaign={campaign.data} />;
}

function LiveCampaign({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const refreshedAt = useRef(0);
  const trailing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(trailing.current), []);
  // At most once per RECIPIENTS_REFRESH_MS, and once more at the end of a burst: without that last one the table
  // kept the states of the refresh before the campaign's final events ("Na fila" under a finished campaign).
  useSocketEvent('campaign', (event) => {
    if (event.campaign.id !== campaign.id || trailing.current !== undefined) return;
    const refresh = () => {
      trailing.current = undefined;
      refreshedAt.current = Date.now();
      void client.invalidateQueries({ queryKey: shippingsKey(campaign.id) });
    };
    const wait = refreshedAt.current + RECIPIENTS_REFRESH_MS - Date.now();
    if (wait <= 0) refresh();
    else trailing.current = setTimeout(refresh, wait);
  });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const moment =
    campaign.finishedAt && (campaign.status === 'finished' || campaign.status === 'cancelled')
      ? t('campaigns.live.finishedAt', { when: when(campaign.finishedAt) })
      : campaign.startedAt
        ? t('campaigns.live.startedAt', { when: when(campaign.startedAt) })
        : campaign.scheduledAt
          ? t('campaigns.live.scheduledFor', { when: when(campaign.scheduledAt) })
          : null;
  const facts = [
    campaign.whatsapp?.name ?? t('campaigns.noConnection'),
    moment,
    campaign.user ? t('campaigns.live.createdBy', { name: campaign.user.name }) : null,
  ];

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Box>
        <Link component={RouterLink} to="/campaigns" underline="hover" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1 }}>
          <ArrowBack fontSize="small" />
          {t('campaigns.live.back')}
        </Link>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
          <Box sx={{ minWidth: 0 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h1" sx={{ wordBreak: 'break-word' }}>
                {campaign.name}
              </Typography>
              <CampaignStatusChip status={campaign.status} size="medium" />
            </Stack>
            <Typography color="text.secondary">{facts.filter(Boolean).join(' · ')}</Typography>
          </Box>
          <CampaignActions campaign={campaign} variant="buttons" />
        </Stack>
      </Box>
      <CampaignProgress campaign={campaign} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('campaigns.live.message')}
        </Typography>
        <Stack spacing={1.5}>
          {campaign.messages.map((message, index) => (
            <Box key={index}>
              {campaign.messages.length > 1 ? (
                <Typography variant="caption" color="text.secondary">
                  {t('campaigns.live.variant', { n: index + 1 })}
                </Typography>
              ) : null}
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.body}
              </Typography>
            </Box>
          ))}
          {campaign.media ? (
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary' }}>
              <AttachFile fontSize="small" aria-hidden />
              <Typography variant="body2">{campaign.media.fileName}</Typography>
            </Stack>
          ) : null}
        </Stack>
      </Paper>
      <CampaignRecipients campaign={campaign} />
    </Stack>
  );
}
