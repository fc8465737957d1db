import Download from '@mui/icons-material/DownloadOutlined';
import PeopleOutline from '@mui/icons-material/PeopleOutlined';
import Button from '@mui/material/Button';
import Chip, { type ChipProps } from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { LoadMore } from '../common/LoadMore';
import { useFeedback } from '../common/FeedbackContext';
import { displayNumber } from '../contacts/displayNumber';
import { downloadBlob } from '../contacts/downloadBlob';
import { errorMessage } from '../i18n/errorMessage';
import { campaignsApi, useShippings, type Campaign, type CampaignShipping, type CampaignShippingStatus } from './campaignsApi';

const STATUSES: CampaignShippingStatus[] = ['pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'skipped'];
const COLORS: Record<CampaignShippingStatus, ChipProps['color']> = {
  pending: 'default',
  sending: 'info',
  sent: 'primary',
  delivered: 'success',
  read: 'success',
  failed: 'error',
  skipped: 'warning',
};

const fromSm = { display: { xs: 'none', sm: 'table-cell' } } as const;
const fromMd = { display: { xs: 'none', md: 'table-cell' } } as const;

/** Per recipient: status (with why it failed or was left out), variant, when it went and when they answered; filter and CSV. */
export function CampaignRecipients({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const [status, setStatus] = useState<CampaignShippingStatus | ''>('');
  const [exporting, setExporting] = useState(false);
  const list = useShippings(campaign.id, status === '' ? null : status);
  const rows = list.data?.pages.flatMap((page) => page.shippings) ?? [];
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }) : '—');

  async function exportCsv() {
    setExporting(true);
    try {
      const blob = await campaignsApi.exportCsv(campaign.id);
      downloadBlob(blob, `${t('campaigns.live.exportFileName')}-${campaign.id}-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setExporting(false);
    }
  }

  return (
    <Paper variant="outlined">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ p: 2, borderBottom: 1, borderColor: 'divider', alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h6" component="h2">
          {t('campaigns.live.recipients')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label={t('campaigns.live.statusFilter')}
            value={status}
            onChange={(e) => setStatus(e.target.value as CampaignShippingStatus | '')}
            sx={{ minWidth: 180 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t('campaigns.live.allStatuses')}</MenuItem>
            {STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`campaigns.live.shippingStatus.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" startIcon={<Download />} loading={exporting} disabled={campaign.stats.total === 0} onClick={() => void exportCsv()}>
            {t('campaigns.live.exportCsv')}
          </Button>
        </Stack>
      </Stack>
      {list.isPending ? <ListLoading /> : null}
      {list.isError ? <ListError title={t('campaigns.live.recipientsFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && rows.length === 0 ? (
        <ListEmpty icon={<PeopleOutline sx={{ fontSize: 48 }} />} text={status ? t('campaigns.live.noRecipientsFiltered') : t('campaigns.live.noRecipients')} />
      ) : null}
      {rows.length > 0 ? (
        <TableContainer>
          <Table size="small" aria-label={t('campaigns.live.recipients')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('campaigns.live.contact')}</TableCell>
                <TableCell sx={fromSm}>{t('campaigns.live.number')}</TableCell>
                <TableCell sx={fromMd}>{t('campaigns.live.variantColumn')}</TableCell>
                <TableCell>{t('campaigns.status')}</TableCell>
                <TableCell sx={fromMd}>{t('campaigns.live.sentAt')}</TableCell>
                <TableCell sx={fromMd}>{t('campaigns.live.repliedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} hover>
                  <TableCell sx={{ fontWeight: 600 }}>{row.contact.name}</TableCell>
                  <TableCell sx={{ ...fromSm, whiteSpace: 'nowrap' }}>{displayNumber(row.contact)}</TableCell>
                  <TableCell sx={fromMd}>{row.status === 'skipped' ? '—' : row.variant + 1}</TableCell>
                  <TableCell>
                    <ShippingStatus shipping={row} cancelled={campaign.status === 'cancelled'} />
                  </TableCell>
                  <TableCell sx={{ ...fromMd, whiteSpace: 'nowrap' }}>{when(row.sentAt)}</TableCell>
                  <TableCell sx={{ ...fromMd, whiteSpace: 'nowrap' }}>{when(row.repliedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      <LoadMore list={list} />
    </Paper>
  );
}

/** A pending recipient of a cancelled campaign will never get it: "Não enviada"; a skipped or failed one says why. */
function ShippingStatus({ shipping, cancelled }: { shipping: CampaignShipping; cancelled: boolean }) {
  const { t, i18n } = useTranslation();
  const never = cancelled && shipping.status === 'pending';
  const label = never ? t('campaigns.live.notSent') : t(`campaigns.live.shippingStatus.${shipping.status}`);
  const reasonKey = shipping.reason ? `campaigns.live.reasons.${shipping.reason}` : null;
  const reason = shipping.reason
    ? i18n.exists(reasonKey!)
      ? t(reasonKey!)
      : i18n.exists(`errors.${shipping.reason}`)
        ? t(`errors.${shipping.reason}`)
        : shipping.reason
    : null;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <Chip size="small" variant={never ? 'outlined' : 'filled'} color={never ? 'default' : COLORS[shipping.status]} label={label} />
      {reason ? (
        <Typography variant="caption" color="text.secondary">
          {reason}
        </Typography>
      ) : null}
    </Stack>
  );
}
