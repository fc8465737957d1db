import Block from '@mui/icons-material/Block';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { AckIcon } from './AckIcon';
import { MessageMedia } from './MessageMedia';
import type { Message } from './messagesApi';
import { formatClock } from './ticketTime';

/** One message: ours on the right (with ticks), the customer's on the left. */
export function MessageBubble({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const mine = message.fromMe;
  return (
    <Box
      role="listitem"
      aria-label={mine ? t('tickets.sentMessage') : t('tickets.receivedMessage')}
      data-message-id={message.id}
      sx={{ display: 'flex', justifyContent: mine ? 'flex-end' : 'flex-start', px: 2, py: 0.25 }}
    >
      <Box
        sx={(theme) => ({
          maxWidth: 'min(75%, 560px)',
          px: 1.5,
          py: 0.75,
          borderRadius: 2,
          borderTopRightRadius: mine ? 4 : undefined,
          borderTopLeftRadius: mine ? undefined : 4,
          bgcolor: mine ? (theme.palette.mode === 'dark' ? '#005c4b' : '#d9fdd3') : 'background.paper',
          boxShadow: 1,
        })}
      >
        {message.isDeleted ? (
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary', fontStyle: 'italic' }}>
            <Block fontSize="inherit" />
            <Typography variant="body2">{t('tickets.deleted')}</Typography>
          </Stack>
        ) : (
          <>
            {message.hasMedia ? <MessageMedia message={message} /> : null}
            {message.body && (message.mediaType !== 'document' || !message.hasMedia) ? (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.body}
              </Typography>
            ) : null}
          </>
        )}
        <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center', color: 'text.secondary', mt: 0.25 }}>
          {message.editedAt && !message.isDeleted ? <Typography variant="caption">{t('tickets.edited')}</Typography> : null}
          <Typography variant="caption">{formatClock(message.sentAt, i18n.language)}</Typography>
          {mine ? (
            <Box component="span" sx={{ display: 'inline-flex', fontSize: 16 }}>
              <AckIcon ack={message.ack} />
            </Box>
          ) : null}
        </Stack>
      </Box>
    </Box>
  );
}
