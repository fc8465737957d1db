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
import { useChanged } from '../../common/useChanged';

interface CloseTicketDialogProps {
  open: boolean;
  contactName: string;
  busy: boolean;
  onClose(): void;
  onConfirm(sendFarewell: boolean): void;
}

/** Closing asks once, and whether the connection's farewell goes to the customer (on by default). */
export function CloseTicketDialog({ open, contactName, busy, onClose, onConfirm }: CloseTicketDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [farewell, setFarewell] = useState(true);
  if (useChanged(open) && open) setFarewell(true);
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('inbox.header.closeTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('inbox.header.closeBody', { name: contactName })}</DialogContentText>
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
        <Button variant="contained" color="success" loading={busy} onClick={() => onConfirm(farewell)}>
          {t('inbox.header.closeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
