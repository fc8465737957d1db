import Delete from '@mui/icons-material/DeleteOutlined';
import Send from '@mui/icons-material/Send';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Replaces the text box while recording: a pulsing dot, the time, discard and send. */
export function VoiceRecorderBar({ seconds, busy, onCancel, onSend }: { seconds: number; busy: boolean; onCancel(): void; onSend(): void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flex: 1, minHeight: 48 }}>
      <IconButton aria-label={t('chat.voice.cancel')} onClick={onCancel} disabled={busy}>
        <Delete />
      </IconButton>
      <Box
        aria-hidden
        sx={{
          width: 12,
          height: 12,
          borderRadius: '50%',
          bgcolor: 'error.main',
          animation: 'atende-pulse 1s ease-in-out infinite',
          '@keyframes atende-pulse': { '50%': { opacity: 0.3 } },
        }}
      />
      <Typography variant="body2" sx={{ flex: 1 }}>
        {t('chat.voice.recording')}{' '}
        <Box component="span" role="timer" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
          {clock(seconds)}
        </Box>
      </Typography>
      <IconButton aria-label={t('chat.voice.send')} color="primary" onClick={onSend} loading={busy}>
        <Send />
      </IconButton>
    </Stack>
  );
}
