import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../common/useDebouncedValue';
import { messagesApi } from '../messagesApi';
import { formatClock, formatDay } from '../ticketTime';
import { plainWhatsapp } from './whatsappFormat';

interface ChatSearchProps {
  ticketId: number;
  onJump(messageId: number): void;
  onClose(): void;
}

/** The search box under the chat header: messages of this conversation, newest first; a click jumps to one. */
export function ChatSearch({ ticketId, onJump, onClose }: ChatSearchProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const enabled = q.length >= 2; // the backend's minimum: one letter matches nearly everything
  const found = useQuery({
    queryKey: ['messageSearch', ticketId, q],
    queryFn: ({ signal }) => messagesApi.search(ticketId, q, signal),
    enabled,
    staleTime: 10_000,
  });
  const words = { today: t('tickets.today'), yesterday: t('tickets.yesterday') };
  return (
    <Box role="search" sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper', px: { xs: 1, sm: 2 }, py: 1 }}>
      <TextField
        autoFocus
        fullWidth
        size="small"
        value={text}
        placeholder={t('chatDetails.search.placeholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
        slotProps={{
          htmlInput: { 'aria-label': t('chatDetails.search.label') },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton size="small" aria-label={t('chatDetails.search.close')} onClick={onClose}>
                  <Close fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      {enabled && found.isFetching ? <LinearProgress sx={{ mt: 0.5 }} aria-label={t('app.loading')} /> : null}
      {enabled && found.isError ? (
        <Typography variant="body2" color="error" sx={{ mt: 1 }}>
          {t('chatDetails.search.failed')}
        </Typography>
      ) : null}
      {enabled && found.data ? (
        <>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }} aria-live="polite">
            {found.data.length === 0 ? t('chatDetails.search.none') : t('chatDetails.search.results', { count: found.data.length })}
          </Typography>
          {found.data.length > 0 ? (
            <List dense aria-label={t('chatDetails.search.label')} sx={{ maxHeight: 240, overflowY: 'auto' }}>
              {found.data.map((hit) => (
                <ListItemButton key={hit.id} onClick={() => onJump(hit.id)}>
                  <ListItemText
                    primary={plainWhatsapp(hit.body)}
                    secondary={`${formatDay(hit.sentAt, i18n.language, words)} ${formatClock(hit.sentAt, i18n.language)}`}
                    slotProps={{ primary: { noWrap: true } }}
                  />
                </ListItemButton>
              ))}
            </List>
          ) : null}
        </>
      ) : null}
    </Box>
  );
}
