import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Refresh from '@mui/icons-material/Refresh';
import Replay from '@mui/icons-material/Replay';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
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
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { LoadMore } from '../common/LoadMore';
import { useDeliveries, type Webhook, type WebhookDelivery, type WebhookDeliveryStatus, textKey } from './integrationsApi';
import { DeliveryStatusChip } from './WebhookStatusChip';

const STATUSES: readonly WebhookDeliveryStatus[] = ['pending', 'succeeded', 'failed'];

const codeBlock = {
  m: 0,
  p: 1.5,
  borderRadius: 1,
  bgcolor: 'action.hover',
  fontFamily: 'monospace',
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  maxHeight: 320,
  overflow: 'auto',
} as const;

interface WebhookDeliveriesProps {
  webhook: Webhook;
  onRedeliver(delivery: WebhookDelivery): Promise<void>;
}

/** The delivery log of one webhook: what was sent, how the receiver answered, and "Reenviar". */
export function WebhookDeliveries({ webhook, onRedeliver }: WebhookDeliveriesProps) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const list = useDeliveries(webhook.id, status === '' ? null : (status as WebhookDeliveryStatus));
  const [open, setOpen] = useState<string | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const deliveries = list.data?.pages.flatMap((page) => page.deliveries) ?? [];
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const eventName = (d: WebhookDelivery) => t(`integrations.webhooks.eventOf.${textKey(d.event)}`);

  const redeliver = async (delivery: WebhookDelivery) => {
    setResending(delivery.id);
    try {
      await onRedeliver(delivery);
    } finally {
      setResending(null);
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="webhook-deliveries-title">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ p: 2, borderBottom: 1, borderColor: 'divider', alignItems: { sm: 'center' } }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography id="webhook-deliveries-title" variant="h2" sx={{ fontSize: 18, fontWeight: 600 }}>
            {t('integrations.webhooks.deliveries')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('integrations.webhooks.deliveriesHelp')}
          </Typography>
        </Box>
        <TextField
          select
          size="small"
          label={t('integrations.webhooks.statusFilter')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          // A fixed width beside the text: shrinking with it, the filter took half the header.
          sx={{ width: { sm: 200 }, flexShrink: 0 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('integrations.webhooks.allStatuses')}</MenuItem>
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`integrations.webhooks.deliveryStatusOf.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button startIcon={<Refresh />} sx={{ flexShrink: 0 }} onClick={() => void list.refetch()} loading={list.isRefetching && !list.isFetchingNextPage}>
          {t('integrations.webhooks.refresh')}
        </Button>
      </Stack>
      {list.isPending ? <ListLoading /> : null}
      {list.isError ? <ListError title={t('integrations.webhooks.deliveriesFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && deliveries.length === 0 ? (
        <ListEmpty icon={<SendOutlined sx={{ fontSize: 48 }} />} text={t('integrations.webhooks.noDeliveries')} />
      ) : null}
      {deliveries.length > 0 ? (
        <TableContainer>
          <Table size="small" aria-label={t('integrations.webhooks.deliveries')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 110 }}>{t('integrations.webhooks.statusFilter')}</TableCell>
                <TableCell>{t('integrations.webhooks.event')}</TableCell>
                <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {t('integrations.webhooks.attempts')}
                </TableCell>
                <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {t('integrations.webhooks.response')}
                </TableCell>
                <TableCell align="right" sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  {t('integrations.webhooks.duration')}
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('integrations.webhooks.when')}</TableCell>
                <TableCell sx={{ width: 48 }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {deliveries.map((delivery) => {
                const expanded = open === delivery.id;
                const ms = delivery.responseMs === null ? '—' : t('integrations.webhooks.ms', { ms: delivery.responseMs });
                return (
                  <Fragment key={delivery.id}>
                    <TableRow hover data-delivery={delivery.id} sx={{ '& > td': { borderBottom: expanded ? 'unset' : undefined } }}>
                      <TableCell>
                        <DeliveryStatusChip status={delivery.status} />
                      </TableCell>
                      <TableCell sx={{ wordBreak: 'break-word' }}>
                        <Typography variant="body2">{eventName(delivery)}</Typography>
                        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                          {delivery.event}
                        </Typography>
                        {/* On a phone the numbers come under the event. */}
                        <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'block', md: 'none' } }}>
                          {when(delivery.createdAt)}
                          <Box component="span" sx={{ display: { sm: 'none' } }}>
                            {` · ${t('integrations.webhooks.attempts')}: ${delivery.attempts} · ${delivery.responseStatus ?? '—'}`}
                          </Box>
                        </Typography>
                      </TableCell>
                      <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                        {delivery.attempts}
                      </TableCell>
                      <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                        {delivery.responseStatus ?? '—'}
                      </TableCell>
                      <TableCell align="right" sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                        {ms}
                      </TableCell>
                      <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, whiteSpace: 'nowrap' }}>{when(delivery.createdAt)}</TableCell>
                      <TableCell>
                        <IconButton
                          size="small"
                          aria-expanded={expanded}
                          aria-label={t('integrations.webhooks.details', { event: delivery.event, date: when(delivery.createdAt) })}
                          onClick={() => setOpen(expanded ? null : delivery.id)}
                        >
                          {expanded ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
                        </IconButton>
                      </TableCell>
                    </TableRow>
                    <TableRow>
                      <TableCell colSpan={7} sx={{ py: 0, ...(expanded ? {} : { borderBottom: 'none' }) }}>
                        <Collapse in={expanded} unmountOnExit>
                          <DeliveryDetails delivery={delivery} busy={resending === delivery.id} onRedeliver={() => void redeliver(delivery)} />
                        </Collapse>
                      </TableCell>
                    </TableRow>
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      <LoadMore list={list} />
    </Paper>
  );
}

function DeliveryDetails({ delivery, busy, onRedeliver }: { delivery: WebhookDelivery; busy: boolean; onRedeliver(): void }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Stack
      spacing={1.5}
      sx={{ py: 2 }}
      role="region"
      aria-label={t('integrations.webhooks.details', { event: delivery.event, date: when(delivery.createdAt) })}
    >
      {delivery.error ? <Alert severity="error">{`${t('integrations.webhooks.error')}: ${delivery.error}`}</Alert> : null}
      {delivery.status === 'pending' && delivery.nextAttemptAt ? (
        <Typography variant="body2" color="text.secondary">
          {t('integrations.webhooks.nextAttempt', { date: when(delivery.nextAttemptAt) })}
        </Typography>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {t('integrations.webhooks.bodySent')}
          </Typography>
          <Box component="pre" sx={codeBlock}>
            {JSON.stringify(delivery.payload, null, 2)}
          </Box>
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {`${t('integrations.webhooks.answer')}${delivery.responseStatus === null ? '' : ` · HTTP ${delivery.responseStatus}`}${
              delivery.responseMs === null ? '' : ` · ${t('integrations.webhooks.ms', { ms: delivery.responseMs })}`
            }`}
          </Typography>
          <Box component="pre" sx={codeBlock}>
            {delivery.responseBody || t('integrations.webhooks.noAnswer')}
          </Box>
        </Box>
      </Box>
      <Box>
        {/* A pending one is already queued: sending it twice at once would only race the engine. */}
        <Button variant="outlined" size="small" startIcon={<Replay />} onClick={onRedeliver} loading={busy} disabled={delivery.status === 'pending'}>
          {t('integrations.webhooks.redeliver')}
        </Button>
      </Box>
    </Stack>
  );
}
