import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { useQuickReplyPreview, type QuickReply } from './quickRepliesApi';

/** The saved message as the backend renders it now (greeting by the clock, the caller as attendant). */
export function QuickReplyPreview({ reply }: { reply: QuickReply }) {
  const { t } = useTranslation();
  const preview = useQuickReplyPreview(reply.id, reply.updatedAt);
  return (
    <Stack spacing={0.5} component="section" aria-label={t('quickReplies.preview')}>
      <Typography variant="caption" color="text.secondary">
        {t('quickReplies.preview')}
      </Typography>
      {preview.isError ? (
        <Alert severity="warning">
          {t('quickReplies.previewFailed')} {errorMessage(t, preview.error)}
        </Alert>
      ) : (
        <Paper variant="outlined" sx={{ p: 1.5, bgcolor: 'action.hover', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {preview.isPending ? <Skeleton width="60%" /> : <Typography variant="body2">{preview.data}</Typography>}
        </Paper>
      )}
      <Typography variant="caption" color="text.secondary">
        {t('quickReplies.previewHint')}
      </Typography>
    </Stack>
  );
}
