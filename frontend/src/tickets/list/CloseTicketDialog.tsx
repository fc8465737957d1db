import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseReasonField, useCloseReasonChoice } from './CloseReasonField';

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
  const choice = useCloseReasonChoice([queueId]);
  return (
    <>
      <DialogTitle id={titleId}>{t('inbox.header.closeTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('inbox.header.closeBody', { name: contactName })}</DialogContentText>
        <CloseReasonField choice={choice} requiredText={t('closing.reasonRequired')} />
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
        <Button variant="contained" color="success" loading={busy} disabled={choice.missing} onClick={() => onConfirm(farewell, choice.closeReasonId)}>
          {t('inbox.header.closeConfirm')}
        </Button>
      </DialogActions>
    </>
  );
}
