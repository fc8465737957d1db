import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { CloseReasonMode } from '@atende/contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseReasons } from '../../closing/closingApi';
import { useQueues } from '../queuesQuery';

interface CloseTicketDialogProps {
  open: boolean;
  contactName: string;
  /** The ticket's queue: its mode says whether a close reason is asked for (none / optional / required). */
  queueId?: number | null;
  busy: boolean;
  onClose(): void;
  onConfirm(sendFarewell: boolean, closeReasonId?: number): void;
}

/**
 * Closing asks once, whether the connection's farewell goes to the customer (on by default), and — when the
 * queue asks for it — why (the company's close reasons; a ticket without a queue may give one).
 */
export function CloseTicketDialog({ open, busy, onClose, ...form }: CloseTicketDialogProps) {
  const titleId = useId();
  // The form mounts with the dialog: fresh choices each time, and the reasons and queues are read only when asked.
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <CloseTicketForm titleId={titleId} busy={busy} onClose={onClose} {...form} />
    </Dialog>
  );
}

function CloseTicketForm({ titleId, contactName, queueId = null, busy, onClose, onConfirm }: Omit<CloseTicketDialogProps, 'open'> & { titleId: string }) {
  const { t } = useTranslation();
  const [farewell, setFarewell] = useState(true);
  const [reason, setReason] = useState<number | ''>('');
  const reasons = useCloseReasons().data ?? [];
  const queues = useQueues().data;
  const mode: CloseReasonMode = queueId === null ? 'optional' : (queues?.find((q) => q.id === queueId)?.closeReasonMode ?? 'optional');
  const asks = mode === 'required' || (mode === 'optional' && reasons.length > 0);
  const missing = mode === 'required' && reason === '';
  return (
    <>
      <DialogTitle id={titleId}>{t('inbox.header.closeTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('inbox.header.closeBody', { name: contactName })}</DialogContentText>
        {asks ? (
          <TextField
            select
            fullWidth
            sx={{ mt: 2 }}
            label={t('closing.reason')}
            value={reason}
            required={mode === 'required'}
            helperText={missing ? t('closing.reasonRequired') : undefined}
            onChange={(event) => setReason(event.target.value === '' ? '' : Number(event.target.value))}
          >
            {mode === 'optional' ? <MenuItem value="">{t('closing.noReason')}</MenuItem> : null}
            {reasons.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Checkbox checked={farewell} onChange={(event) => setFarewell(event.target.checked)} />}
          label={t('inbox.header.sendFarewell')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color="success"
          loading={busy}
          disabled={missing}
          onClick={() => onConfirm(farewell, asks && reason !== '' ? reason : undefined)}
        >
          {t('inbox.header.closeConfirm')}
        </Button>
      </DialogActions>
    </>
  );
}
