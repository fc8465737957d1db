import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import type { Contact } from '../../contacts/contactTypes';
import { errorMessage } from '../../i18n/errorMessage';
import { contactDrawerApi, contactKey } from './contactDrawerApi';

/**
 * The customer asked to leave the campaigns ("SAIR"): since when, and the way back for an attendant the customer
 * asked to receive them again. Nothing while the contact receives campaigns.
 */
export function OptOutNotice({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  if (!contact.optedOutAt) return null;
  const date = new Date(contact.optedOutAt).toLocaleDateString(i18n.language, { day: '2-digit', month: '2-digit', year: 'numeric' });

  const allow = async () => {
    setBusy(true);
    try {
      client.setQueryData(contactKey(contact.id), await contactDrawerApi.allowCampaigns(contact.id));
      notify(t('inbox.contact.optOut.allowed'));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => void allow()} loading={busy}>
          {t('inbox.contact.optOut.allow')}
        </Button>
      }
    >
      {t('inbox.contact.optOut.since', { date })}
    </Alert>
  );
}
