import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { contactsKey } from '../contacts/contactsQuery';
import { errorMessage } from '../i18n/errorMessage';
import { setContactBlocked } from './closingApi';

/**
 * "Bloquear contato" from the chat: asks once, says what it means (nothing they send reaches Atende; a
 * supervisor unblocks in Contatos). The current ticket stays as it is: closing it is the close button's job.
 */
export function BlockContactDialog({ open, contact, onClose }: { open: boolean; contact: { id: number; name: string }; onClose(): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const block = async () => {
    setBusy(true);
    try {
      await setContactBlocked(contact.id, true);
      void client.invalidateQueries({ queryKey: contactsKey });
      notify(t('closing.blockedDone', { name: contact.name }), 'success');
      onClose();
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('closing.blockTitle', { name: contact.name })}
      body={t('closing.blockBody', { name: contact.name })}
      confirmLabel={t('closing.block')}
      destructive
      busy={busy}
      onConfirm={() => void block()}
      onClose={onClose}
    />
  );
}
