import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { canReadUsers } from '../auth/permissions';
import { useChanged } from '../common/useChanged';
import { ColorDot } from './list/ColorDot';
import { useAttendants } from './list/inboxLookups';
import { useQueues } from './queuesQuery';

interface TransferDialogProps {
  open: boolean;
  busy: boolean;
  onClose(): void;
  onTransfer(target: { userId?: number; queueId?: number }): void;
}

/** Transfer to a queue, to an attendant, or both. Attendants cannot list users: they transfer to queues. */
export function TransferDialog({ open, busy, onClose, onTransfer }: TransferDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { user: me } = useAuth();
  const queues = useQueues();
  const mayListUsers = canReadUsers(me);
  const users = useAttendants(open && mayListUsers);
  const targets = (users.data ?? []).filter((u) => u.active);
  const [queueId, setQueueId] = useState('');
  const [userId, setUserId] = useState('');
  if (useChanged(open) && open) {
    setQueueId('');
    setUserId('');
  }

  const target = { queueId: queueId ? Number(queueId) : undefined, userId: userId ? Number(userId) : undefined };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('tickets.transferTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label={t('tickets.transferQueue')} value={queueId} onChange={(e) => setQueueId(e.target.value)}>
            <MenuItem value="">{t('tickets.noChange')}</MenuItem>
            {(queues.data ?? []).map((queue) => (
              <MenuItem key={queue.id} value={String(queue.id)} sx={{ gap: 1 }}>
                <ColorDot color={queue.color} />
                {queue.name}
              </MenuItem>
            ))}
          </TextField>
          {mayListUsers ? (
            <TextField select label={t('tickets.transferUser')} value={userId} onChange={(e) => setUserId(e.target.value)}>
              <MenuItem value="">{t('tickets.noChange')}</MenuItem>
              {targets.map((user) => (
                <MenuItem key={user.id} value={String(user.id)}>
                  {user.name}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" loading={busy} disabled={!target.queueId && !target.userId} onClick={() => onTransfer(target)}>
          {t('tickets.transfer')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
