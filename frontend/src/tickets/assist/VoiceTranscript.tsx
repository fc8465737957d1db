import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A voice note's transcript under its player (the AI agent's transcription): for the attendant, too. */
export function VoiceTranscript({ transcript }: { transcript: string | null }) {
  const { t } = useTranslation();
  const labelId = useId();
  if (!transcript) return null;
  return (
    <Box component="section" aria-labelledby={labelId} sx={{ mt: 0.5, maxWidth: 280, pl: 1, borderLeft: 2, borderColor: 'divider' }}>
      <Typography id={labelId} variant="caption" color="text.secondary" component="p" sx={{ fontWeight: 600 }}>
        {t('chatAi.transcript')}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontStyle: 'italic' }}>
        {transcript}
      </Typography>
    </Box>
  );
}
