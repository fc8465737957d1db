import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import Block from '@mui/icons-material/Block';
import PhoneMissed from '@mui/icons-material/PhoneMissed';
import VideocamOff from '@mui/icons-material/VideocamOff';
import SmartToyOutlined from '@mui/icons-material/SmartToyOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AckIcon } from './AckIcon';
import { BubbleMenu, type BubbleActions } from './chat/BubbleMenu';
import { ContactCards } from './chat/ContactCards';
import { LocationCard } from './chat/LocationCard';
import { showsBody } from './chat/messageRules';
import { QuoteBlock } from './chat/QuoteBlock';
import { Reactions } from './chat/Reactions';
import { WhatsappText } from './chat/WhatsappText';
import { MessageMedia } from './MessageMedia';
import type { Message } from './messagesApi';
import { formatClock } from './ticketTime';

interface MessageBubbleProps {
  message: Message;
  /** The message this one answers, when it is loaded. */
  quoted?: Message;
  contactName?: string;
  actions?: BubbleActions;
  /** Briefly true after a jump to this message (from a quote). */
  highlighted?: boolean;
  /** Name the attendant who typed each outgoing message (supervisors and admins). */
  showSender?: boolean;
}

/** One message: ours on the right (with ticks), the customer's on the left. */
export const MessageBubble = memo(function MessageBubble({ message, quoted, contactName, actions, highlighted, showSender }: MessageBubbleProps) {
  const { t, i18n } = useTranslation();
  const mine = message.fromMe;
  // A sticker stands on its own, like on the phone: no bubble around it.
  const bare = message.mediaType === 'sticker' && message.hasMedia && !message.isDeleted;
  const content = message.isDeleted ? null : message.content;
  // A signed message shows its signature to everyone (the customer read it; the body stays as typed); otherwise
  // supervisors and admins see who typed it.
  const sender = mine ? (message.signature ?? (showSender ? message.userName : null)) : null;
  if (content && 'call' in content) return <CallBubble video={content.call.video} sentAt={message.sentAt} id={message.id} />;
  return (
    <Box
      role="listitem"
      aria-label={mine ? t('tickets.sentMessage') : t('tickets.receivedMessage')}
      data-message-id={message.id}
      data-highlighted={highlighted ? 'true' : undefined}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: mine ? 'flex-end' : 'flex-start',
        px: { xs: 1, sm: 2 },
        py: 0.25,
        transition: 'background-color 0.6s',
        bgcolor: highlighted ? 'rgba(255, 193, 7, 0.25)' : 'transparent',
        // Touch screens cannot hover: there the menu button stays visible.
        '& .bubble-menu': { opacity: 0, '@media (hover: none)': { opacity: 0.7 } },
        '&:hover .bubble-menu, & .bubble-menu:focus-visible, & .bubble-menu[aria-expanded="true"]': { opacity: 1 },
      }}
    >
      {/* The menu button sits beside the bubble, never over its content (players, quotes). */}
      <Stack direction={mine ? 'row-reverse' : 'row'} spacing={0.25} sx={{ alignItems: 'flex-start', maxWidth: { xs: '92%', sm: 'min(80%, 600px)' } }}>
        <Box
          sx={(theme) => ({
            minWidth: 0,
            px: bare ? 0 : 1,
            py: bare ? 0 : 0.5,
            borderRadius: 2,
            borderTopRightRadius: mine ? 4 : undefined,
            borderTopLeftRadius: mine ? undefined : 4,
            bgcolor: bare ? 'transparent' : mine ? (theme.palette.mode === 'dark' ? '#005c4b' : '#d9fdd3') : 'background.paper',
            boxShadow: bare ? 0 : 1,
          })}
        >
          <Box sx={{ minWidth: 0, px: bare ? 0 : 0.5 }}>
            {sender ? (
              <Typography
                variant="caption"
                component="p"
                data-testid="message-sender"
                title={t(message.signature ? 'chat.signedTitle' : 'chat.senderTitle', { name: sender })}
                sx={{ fontWeight: 700, color: 'primary.dark' }}
              >
                {sender}
              </Typography>
            ) : null}
            {message.quotedMsgId !== null && !message.isDeleted ? (
              <QuoteBlock quoted={quoted} contactName={contactName} onJump={actions?.onJump ? () => actions.onJump!(message.quotedMsgId!) : undefined} />
            ) : null}
            {message.isDeleted ? (
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary', fontStyle: 'italic' }}>
                <Block fontSize="inherit" />
                <Typography variant="body2">{t('tickets.deleted')}</Typography>
              </Stack>
            ) : (
              <>
                <MessageMedia message={message} />
                {content && 'location' in content ? <LocationCard location={content.location} /> : null}
                {content && 'contacts' in content ? <ContactCards cards={content.contacts} /> : null}
                {showsBody(message) ? (
                  <Typography component="div" variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: message.hasMedia ? 0.5 : 0 }}>
                    <WhatsappText text={message.body} />
                  </Typography>
                ) : null}
              </>
            )}
          </Box>
          <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center', color: 'text.secondary', mt: 0.25, px: bare ? 0.5 : 0 }}>
            {message.automatic ? (
              <Typography variant="caption" title={t('chat.automaticTitle')} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
                <SmartToyOutlined sx={{ fontSize: 14 }} aria-hidden />
                {t('chat.automatic')}
              </Typography>
            ) : null}
            {message.fromAi ? (
              // The AI agent wrote it: said as such, never as an attendant's message.
              <Tooltip title={t('aiInbox.badgeTitle')}>
                <Typography
                  variant="caption"
                  aria-label={t('aiInbox.badgeTitle')}
                  sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, color: 'secondary.main', fontWeight: 600 }}
                >
                  <AutoAwesomeOutlined sx={{ fontSize: 14 }} aria-hidden />
                  {t('aiInbox.badge')}
                </Typography>
              </Tooltip>
            ) : null}
            {message.editedAt && !message.isDeleted ? <Typography variant="caption">{t('tickets.edited')}</Typography> : null}
            <Typography variant="caption">{formatClock(message.sentAt, i18n.language)}</Typography>
            {mine ? (
              <Box component="span" sx={{ display: 'inline-flex', fontSize: 16 }}>
                <AckIcon ack={message.ack} />
              </Box>
            ) : null}
          </Stack>
        </Box>
        {actions ? <BubbleMenu message={message} actions={actions} /> : null}
      </Stack>
      {!message.isDeleted ? <Reactions reactions={message.reactions} mine={mine} /> : null}
    </Box>
  );
});

/**
 * A customer's call (Atende cannot take calls): a system line in the middle of the chat, like the phone shows a
 * missed call, not a message of either side.
 */
function CallBubble({ video, sentAt, id }: { video: boolean; sentAt: string; id: number }) {
  const { t, i18n } = useTranslation();
  const text = video ? t('chat.missedVideoCall') : t('chat.missedVoiceCall');
  const Icon = video ? VideocamOff : PhoneMissed;
  return (
    <Box role="listitem" aria-label={text} data-message-id={id} sx={{ display: 'flex', justifyContent: 'center', px: 2, py: 0.5 }}>
      <Stack
        direction="row"
        spacing={0.75}
        sx={{ alignItems: 'center', px: 1.5, py: 0.5, borderRadius: 2, bgcolor: 'background.paper', boxShadow: 1, color: 'text.secondary' }}
      >
        <Icon fontSize="small" color="error" aria-hidden />
        <Typography variant="body2">{text}</Typography>
        <Typography variant="caption">{formatClock(sentAt, i18n.language)}</Typography>
      </Stack>
    </Box>
  );
}
