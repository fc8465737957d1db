import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { useFeedback } from '../../common/FeedbackContext';
import { errorMessage } from '../../i18n/errorMessage';
import { TransferDialog } from '../TransferDialog';
import { ticketsApi, type BulkTicketAction, type Ticket } from '../ticketsApi';
import { placeTicket, refetchTicketLists } from '../ticketsQuery';
import { CloseReasonField, useCloseReasonChoice } from './CloseReasonField';
import { BULK_LIMIT } from './useTicketSelection';

interface BulkActionBarProps {
  /** The chosen tickets, as loaded in the list (their names say which failed). */
  chosen: Ticket[];
  /** The cards loaded in the list, for "select all" (up to the server's limit of 100 a request). */
  loadedIds: number[];
  onSelectAll(ids: number[] | null): void;
  onDone(): void;
  onCancel(): void;
}

/**
 * A supervisor's bar under the list in "Selecionar" mode: transfer or close the chosen tickets in one request.
 * Each ticket succeeds or fails on its own; the toast says how many changed and which did not, and why.
 */
export function BulkActionBar({ chosen, loadedIds, onSelectAll, onDone, onCancel }: BulkActionBarProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { notify } = useFeedback();
  const [dialog, setDialog] = useState<'transfer' | 'close' | null>(null);
  const [busy, setBusy] = useState(false);
  const ticketIds = chosen.map((ticket) => ticket.id);

  const run = async (action: BulkTicketAction) => {
    setBusy(true);
    try {
      const result = await ticketsApi.bulk(action);
      // Closed tickets move to Resolvidos at once; a transfer may take tickets out of sight, which only the server knows.
      if (action.action === 'close') for (const ticket of result.tickets) placeTicket(client, ticket);
      void refetchTicketLists(client);
      const nameOf = (id: number) => chosen.find((ticket) => ticket.id === id)?.contact.name ?? `#${id}`;
      const failed = result.failed.map((f) => t('inboxBulk.failedItem', { name: nameOf(f.ticketId), reason: errorMessage(t, new ApiError(f.code, 409)) }));
      const done = t('inboxBulk.done', { count: result.tickets.length });
      if (failed.length === 0) notify(done, 'success');
      else notify(`${done} ${t('inboxBulk.failed', { count: failed.length, list: failed.join('; ') })}`, result.tickets.length ? 'warning' : 'error');
      setDialog(null);
      onDone();
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  const none = ticketIds.length === 0;
  const all = !none && ticketIds.length === Math.min(loadedIds.length, BULK_LIMIT);
  return (
    <Box
      role="toolbar"
      aria-label={t('inboxBulk.select.bar')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        // The list column is about 360 px wide on a computer and a phone alike: tight spacing keeps the count whole.
        gap: 0.5,
        px: 1,
        py: 1,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <IconButton size="small" aria-label={t('inboxBulk.select.cancel')} onClick={onCancel}>
        <Close fontSize="small" />
      </IconButton>
      <Checkbox
        size="small"
        checked={all}
        indeterminate={!none && !all}
        disabled={loadedIds.length === 0}
        onChange={() => onSelectAll(all ? null : loadedIds)}
        slotProps={{ input: { 'aria-label': t('inboxBulk.select.all') } }}
        sx={{ p: 0.5 }}
      />
      {/* Two short lines rather than "2 seleciona…" where a language's words do not fit on one. */}
      <Typography variant="body2" role="status" sx={{ flex: 1, minWidth: 0, lineHeight: 1.2, overflowWrap: 'break-word' }}>
        {t('inboxBulk.select.count', { count: ticketIds.length })}
      </Typography>
      <Button size="small" variant="outlined" disabled={none} onClick={() => setDialog('transfer')} sx={{ flexShrink: 0, px: 1, minWidth: 0 }}>
        {t('inboxBulk.transfer')}
      </Button>
      <Button size="small" variant="contained" color="error" disabled={none} onClick={() => setDialog('close')} sx={{ flexShrink: 0, px: 1, minWidth: 0 }}>
        {t('inboxBulk.close')}
      </Button>
      <TransferDialog
        open={dialog === 'transfer'}
        busy={busy}
        onClose={() => setDialog(null)}
        onTransfer={(target) => void run({ action: 'transfer', ticketIds, ...target })}
      />
      <BulkCloseDialog
        open={dialog === 'close'}
        count={ticketIds.length}
        queueIds={chosen.map((ticket) => ticket.queueId)}
        busy={busy}
        onClose={() => setDialog(null)}
        onConfirm={(sendFarewell, closeReasonId) =>
          void run({ action: 'close', ticketIds, sendFarewell, ...(closeReasonId === undefined ? {} : { closeReasonId }) })
        }
      />
    </Box>
  );
}

interface BulkCloseDialogProps {
  open: boolean;
  count: number;
  /** The chosen tickets' queues: the strictest one's mode says whether a reason is asked for. */
  queueIds: (number | null)[];
  busy: boolean;
  onClose(): void;
  onConfirm(sendFarewell: boolean, closeReasonId?: number): void;
}

/**
 * "Finalizar" for many: with or without the farewell (on by default, like closing one), and one close reason
 * for all when their queues use reasons (the single close's picker and rule; a queue without reasons ignores it).
 */
function BulkCloseDialog({ open, busy, onClose, ...form }: BulkCloseDialogProps) {
  const titleId = useId();
  // The form mounts with the dialog: fresh choices each time (farewell on, no reason).
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <BulkCloseForm titleId={titleId} busy={busy} onClose={onClose} {...form} />
    </Dialog>
  );
}

function BulkCloseForm({ titleId, count, queueIds, busy, onClose, onConfirm }: Omit<BulkCloseDialogProps, 'open'> & { titleId: string }) {
  const { t } = useTranslation();
  const [farewell, setFarewell] = useState(true);
  const choice = useCloseReasonChoice(queueIds);
  return (
    <>
      <DialogTitle id={titleId}>{t('inboxBulk.closeTitle', { count })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('inboxBulk.closeBody')}</DialogContentText>
        <CloseReasonField choice={choice} requiredText={t('inboxBulk.reasonRequired')} helperText={t('inboxBulk.reasonForAll')} />
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Checkbox checked={farewell} onChange={(e) => setFarewell(e.target.checked)} />}
          label={t('inboxBulk.sendFarewell')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" color="error" loading={busy} disabled={choice.missing} onClick={() => onConfirm(farewell, choice.closeReasonId)}>
          {t('inboxBulk.close')}
        </Button>
      </DialogActions>
    </>
  );
}
