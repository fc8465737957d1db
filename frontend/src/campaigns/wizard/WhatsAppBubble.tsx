import Description from '@mui/icons-material/DescriptionOutlined';
import DoneAll from '@mui/icons-material/DoneAll';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** What a customer's phone shows: a sent message on the chat's wallpaper, with the file above the text. */
export function WhatsAppBubble({ text, fileName, loading, label }: { text: string; fileName: string | null; loading: boolean; label: string }) {
  const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <Box
      role="figure"
      aria-label={label}
      sx={(theme) => ({
        p: 1.5,
        borderRadius: 2,
        bgcolor: theme.palette.mode === 'dark' ? '#0b141a' : '#efeae2',
        display: 'flex',
        justifyContent: 'flex-end',
        minHeight: 72,
      })}
    >
      <Box
        sx={(theme) => ({
          maxWidth: '92%',
          minWidth: 120,
          px: 1,
          py: 0.75,
          borderRadius: 2,
          borderTopRightRadius: 4,
          bgcolor: theme.palette.mode === 'dark' ? '#005c4b' : '#d9fdd3',
          color: theme.palette.mode === 'dark' ? '#e9edef' : '#111b21',
          boxShadow: 1,
        })}
      >
        {fileName ? <FileLine>{fileName}</FileLine> : null}
        {loading ? (
          <Stack spacing={0.5} sx={{ minWidth: 180 }}>
            <Skeleton width="90%" />
            <Skeleton width="60%" />
          </Stack>
        ) : (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {text}
          </Typography>
        )}
        <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center', opacity: 0.7 }}>
          <Typography variant="caption">{time}</Typography>
          <DoneAll sx={{ fontSize: 16, color: '#53bdeb' }} aria-hidden />
        </Stack>
      </Box>
    </Box>
  );
}

function FileLine({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', p: 1, mb: 0.5, borderRadius: 1, bgcolor: 'rgba(0,0,0,0.06)' }}>
      <Description fontSize="small" aria-hidden />
      <Typography variant="body2" noWrap sx={{ minWidth: 0 }}>
        {children}
      </Typography>
    </Stack>
  );
}
