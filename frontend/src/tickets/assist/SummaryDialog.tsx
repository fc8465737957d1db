import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errorMessage';
import { aiAssistApi, assistLanguage } from './aiAssistApi';

/**
 * "Resumir conversa": the AI's summary of the conversation, in the attendant's language, asked when the
 * dialog opens and again on request (never cached across openings: the conversation moves on).
 */
export function SummaryDialog({ ticketId, onClose }: { ticketId: number; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = assistLanguage(i18n.language);
  const summary = useQuery({
    queryKey: ['ai-summary', ticketId, language],
    queryFn: () => aiAssistApi.summary(ticketId, language),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const working = summary.isFetching;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('chatAi.summaryTitle')}</DialogTitle>
      <DialogContent>
        {working ? (
          <Stack direction="row" spacing={1.5} role="status" sx={{ alignItems: 'center', py: 2 }}>
            <CircularProgress size={20} aria-hidden />
            <Typography>{t('chatAi.summaryWorking')}</Typography>
          </Stack>
        ) : summary.isError ? (
          <Alert severity="error">{errorMessage(t, summary.error)}</Alert>
        ) : (
          <>
            <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{summary.data}</Typography>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
              {t('chatAi.summaryNote')}
            </Typography>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void summary.refetch()} disabled={working}>
          {t('chatAi.summaryAgain')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {t('chatAi.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
