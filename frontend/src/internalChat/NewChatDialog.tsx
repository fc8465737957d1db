import Avatar from '@mui/material/Avatar';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListLoading } from '../common/ListStates';
import { initials } from '../common/initials';
import { errorMessage } from '../i18n/errorMessage';
import { internalChatApi, type InternalChatView } from './internalChatApi';

/** Picks a colleague (any active user of the company) and opens the one direct chat with them. */
export function NewChatDialog({ open, onClose, onOpened }: { open: boolean; onClose(): void; onOpened(chat: InternalChatView): void }) {
  const { t } = useTranslation();
  const colleagues = useQuery({ queryKey: ['internalChat', 'colleagues'], queryFn: internalChatApi.colleagues, enabled: open });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pick = (userId: number) => {
    setBusy(true);
    setError(null);
    internalChatApi
      .openDirect(userId)
      .then(onOpened)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="new-internal-chat">
      <DialogTitle id="new-internal-chat">{t('internalChat.newChat')}</DialogTitle>
      <DialogContent sx={{ px: 1 }}>
        {error ? <Alert severity="error">{errorMessage(t, error)}</Alert> : null}
        {colleagues.isPending ? <ListLoading /> : null}
        {colleagues.isError ? <Alert severity="error">{errorMessage(t, colleagues.error)}</Alert> : null}
        {colleagues.data?.length === 0 ? <Typography sx={{ p: 2 }}>{t('internalChat.noColleagues')}</Typography> : null}
        <List aria-label={t('internalChat.pickColleague')}>
          {colleagues.data?.map((user) => (
            <ListItemButton key={user.id} disabled={busy} onClick={() => pick(user.id)}>
              <ListItemAvatar>
                <Avatar>{initials(user.name)}</Avatar>
              </ListItemAvatar>
              <ListItemText primary={user.name} />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
    </Dialog>
  );
}
