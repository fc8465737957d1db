import EditOutlined from '@mui/icons-material/EditOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import ScheduleSend from '@mui/icons-material/ScheduleSendOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { errorMessage } from '../i18n/errorMessage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { ScheduleMessageDialog } from './ScheduleMessageDialog';
import { scheduledMessagesApi, scheduledMessagesKey, useScheduledMessages, type ScheduledMessage, type ScheduledMessageStatus } from './scheduledMessagesApi';

const STATUS_COLOR: Record<ScheduledMessageStatus, 'default' | 'primary' | 'success' | 'error' | 'info'> = {
  pending: 'primary',
  sending: 'info',
  sent: 'success',
  cancelled: 'default',
  failed: 'error',
};

/** Everyone's own scheduled messages (supervisors and admins: the company's), pending first; edit or cancel while pending. */
export function ScheduledMessagesPage() {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const list = useScheduledMessages();
  const [editing, setEditing] = useState<ScheduledMessage | null>(null);
  const [cancelling, setCancelling] = useState<ScheduledMessage | null>(null);
  useSocketEvent('scheduledMessage', () => void client.invalidateQueries({ queryKey: scheduledMessagesKey }));
  const cancel = useMutation({
    mutationFn: (id: number) => scheduledMessagesApi.cancel(id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: scheduledMessagesKey });
      notify(t('scheduled.cancelled'), 'success');
      setCancelling(null);
    },
    onError: (error) => notify(errorMessage(t, error), 'error'),
  });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const rows = list.data ?? [];

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader title={t('scheduled.title')} subtitle={t('scheduled.subtitle')} />
      <Paper variant="outlined">
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('scheduled.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && rows.length === 0 ? <ListEmpty icon={<ScheduleSend sx={{ fontSize: 48 }} />} text={t('scheduled.empty')} /> : null}
        {rows.length > 0 ? (
          <Table aria-label={t('scheduled.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('scheduled.sendAt')}</TableCell>
                <TableCell>{t('scheduled.contact')}</TableCell>
                <TableCell>{t('scheduled.body')}</TableCell>
                <TableCell>{t('scheduled.author')}</TableCell>
                <TableCell>{t('scheduled.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(row.sendAt)}</TableCell>
                  <TableCell>{row.contact.name}</TableCell>
                  <TableCell sx={{ maxWidth: 360 }}>
                    <Typography variant="body2" noWrap title={row.body}>
                      {row.body}
                    </Typography>
                  </TableCell>
                  <TableCell>{row.user?.name ?? '—'}</TableCell>
                  <TableCell>
                    <Chip size="small" color={STATUS_COLOR[row.status]} label={t(`scheduled.statusOf.${row.status}`)} title={row.error ?? undefined} />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {row.status === 'pending' ? (
                      // Icons: two worded buttons made the row wider than the page's card on a laptop.
                      <>
                        <Tooltip title={t('scheduled.edit')}>
                          <IconButton size="small" aria-label={t('scheduled.edit')} onClick={() => setEditing(row)}>
                            <EditOutlined fontSize="small" />
                          </IconButton>
                        </Tooltip>
                        <Tooltip title={t('scheduled.cancel')}>
                          <IconButton size="small" color="error" aria-label={t('scheduled.cancel')} onClick={() => setCancelling(row)}>
                            <EventBusyOutlined fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Paper>
      <ScheduleMessageDialog key={editing?.id ?? 'none'} open={editing !== null} scheduled={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={cancelling !== null}
        title={t('scheduled.cancelTitle')}
        body={t('scheduled.cancelBody', { name: cancelling?.contact.name ?? '' })}
        confirmLabel={t('scheduled.cancel')}
        busy={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate(cancelling.id)}
        onClose={() => setCancelling(null)}
      />
    </Stack>
  );
}
