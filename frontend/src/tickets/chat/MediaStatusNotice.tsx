import CloudOff from '@mui/icons-material/CloudOffOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import { errorMessage } from '../../i18n/errorMessage';
import { messagesApi, type Message } from '../messagesApi';
import { upsertMessage } from '../messagesQuery';

/** A file still downloading from WhatsApp, or one whose download failed (with a retry). */
export function MediaStatusNotice({ message }: { message: Message }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  if (message.mediaStatus === 'pending') {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary', minHeight: 40 }}>
        <CircularProgress size={18} aria-hidden />
        <Typography variant="body2">{t('chat.mediaPending')}</Typography>
      </Stack>
    );
  }
  const retry = async () => {
    setBusy(true);
    try {
      upsertMessage(client, await messagesApi.retryMedia(message.id));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary', flexWrap: 'wrap' }}>
      <CloudOff fontSize="small" />
      <Typography variant="body2">{t('chat.mediaFailed')}</Typography>
      <Button size="small" onClick={() => void retry()} loading={busy}>
        {t('chat.retryMedia')}
      </Button>
    </Stack>
  );
}
