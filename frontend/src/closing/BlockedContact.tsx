import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { ContactView } from '@atende/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { patchContactInLists } from '../contacts/contactsQuery';
import { errorMessage } from '../i18n/errorMessage';
import { setContactBlocked } from './closingApi';

/** "Bloqueado" beside the name; its title says how many messages were dropped since. */
export function BlockedChip({ contact }: { contact: Pick<ContactView, 'blockedAt' | 'blockedMessages'> }) {
  const { t } = useTranslation();
  if (!contact.blockedAt) return null;
  return (
    <Chip
      size="small"
      color="error"
      variant="outlined"
      label={t('closing.blocked')}
      title={t('closing.blockedMessages', { count: contact.blockedMessages })}
      sx={{ mt: 0.5, mr: 0.5, height: 20, fontSize: 12, fontWeight: 400, '& .MuiChip-label': { px: 0.75 } }}
    />
  );
}

/** "Desbloquear" (admins and supervisors; the server refuses attendants too): the next message opens a ticket again. */
export function UnblockButton({ contact }: { contact: ContactView }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const label = `${t('closing.unblock')} ${contact.name}`;
  const unblock = async () => {
    setBusy(true);
    try {
      patchContactInLists(client, await setContactBlocked(contact.id, false));
      notify(t('closing.unblockedDone', { name: contact.name }), 'success');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={t('closing.unblock')}>
      <IconButton aria-label={label} onClick={() => void unblock()} loading={busy} size="small" color="warning">
        <LockOpenOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
