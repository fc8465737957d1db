import ArrowBack from '@mui/icons-material/ArrowBack';
import Send from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { formatClock } from '../tickets/ticketTime';
import { internalChatApi, type InternalChatMessageView, type InternalChatView } from './internalChatApi';
import { useInternalChats } from './InternalChatContext';

/** Oldest first, each message once (the answer to a send and its socket event both bring it). */
function merged(current: InternalChatMessageView[], more: InternalChatMessageView[]): InternalChatMessageView[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of more) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

interface ConversationPaneProps {
  chat: InternalChatView;
  myId: number | undefined;
  title: string;
  /** On a phone: back to the list. */
  onBack: (() => void) | null;
}

/** One chat: its history (older pages on demand), new messages live, and the composer. */
export function ConversationPane({ chat, myId, title, onBack }: ConversationPaneProps) {
  const { t, i18n } = useTranslation();
  const { setOpenChat, markRead } = useInternalChats();
  const [messages, setMessages] = useState<InternalChatMessageView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [draft, setDraft] = useState('');
  const [sendError, setSendError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const stickToEnd = useRef(true);
  const chatId = chat.id;

  useEffect(() => {
    setOpenChat(chatId);
    markRead(chatId);
    let live = true;
    internalChatApi
      .messages(chatId)
      .then((page) => {
        if (!live) return;
        setMessages((current) => merged(current, page.messages));
        setCursor(page.nextCursor);
      })
      .catch((error: unknown) => live && setLoadError(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
      setOpenChat(null);
    };
  }, [chatId, setOpenChat, markRead]);

  useSocketEvent('internalChatMessage', ({ message }) => {
    if (message.chatId !== chatId) return;
    stickToEnd.current = true;
    setMessages((current) => merged(current, [message]));
  });

  // New messages scroll to the end; an older page keeps the reader where they were.
  const lastId = messages[messages.length - 1]?.id;
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box && stickToEnd.current) box.scrollTop = box.scrollHeight;
  }, [lastId, loading]);

  const loadOlder = () => {
    if (!cursor) return;
    stickToEnd.current = false;
    internalChatApi
      .messages(chatId, cursor)
      .then((page) => {
        setMessages((current) => merged(current, page.messages));
        setCursor(page.nextCursor);
      })
      .catch(setLoadError);
  };

  const send = () => {
    const body = draft.trim();
    if (!body || sending) return;
    setSending(true);
    setSendError(null);
    stickToEnd.current = true;
    internalChatApi
      .send(chatId, body)
      .then((message) => {
        setMessages((current) => merged(current, [message]));
        setDraft('');
      })
      .catch(setSendError)
      .finally(() => setSending(false));
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        {onBack ? (
          <IconButton edge="start" aria-label={t('internalChat.back')} onClick={onBack}>
            <ArrowBack />
          </IconButton>
        ) : null}
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h3" component="h2" noWrap>
            {title}
          </Typography>
          {chat.kind === 'channel' ? (
            <Typography variant="body2" color="text.secondary">
              {t('internalChat.channelHint')}
            </Typography>
          ) : null}
        </Box>
      </Box>
      <Box
        ref={scroller}
        role="log"
        aria-label={title}
        sx={{ flex: 1, overflowY: 'auto', px: 2, py: 1.5, display: 'flex', flexDirection: 'column', gap: 1, bgcolor: 'background.default' }}
      >
        {cursor ? (
          <Button size="small" onClick={loadOlder} sx={{ alignSelf: 'center' }}>
            {t('internalChat.older')}
          </Button>
        ) : null}
        {loading ? <CircularProgress aria-label={t('app.loading')} sx={{ alignSelf: 'center', my: 4 }} /> : null}
        {loadError ? (
          <Alert severity="error">
            {t('internalChat.messagesFailed')} {errorMessage(t, loadError)}
          </Alert>
        ) : null}
        {!loading && !loadError && messages.length === 0 ? (
          <Typography color="text.secondary" sx={{ textAlign: 'center', my: 4 }}>
            {t('internalChat.empty')}
          </Typography>
        ) : null}
        {messages.map((message) => {
          const mine = message.sender?.id === myId;
          return (
            <Paper
              key={message.id}
              elevation={0}
              data-testid="internal-message"
              sx={{
                alignSelf: mine ? 'flex-end' : 'flex-start',
                maxWidth: '80%',
                px: 1.5,
                py: 1,
                borderRadius: 2,
                bgcolor: mine ? 'primary.main' : 'background.paper',
                color: mine ? 'primary.contrastText' : 'text.primary',
                border: mine ? 0 : 1,
                borderColor: 'divider',
              }}
            >
              {!mine && chat.kind === 'channel' ? (
                <Typography variant="caption" sx={{ fontWeight: 700, display: 'block' }}>
                  {message.sender?.name ?? t('internalChat.deletedUser')}
                </Typography>
              ) : null}
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Typography>
              <Typography variant="caption" sx={{ display: 'block', textAlign: 'right', opacity: 0.75 }}>
                {formatClock(message.createdAt, i18n.language)}
              </Typography>
            </Paper>
          );
        })}
      </Box>
      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
        sx={{ display: 'flex', gap: 1, p: 1.5, borderTop: 1, borderColor: 'divider', alignItems: 'flex-end' }}
      >
        <TextField
          label={t('internalChat.composer')}
          placeholder={t('internalChat.composerHint')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
          error={Boolean(sendError)}
          helperText={sendError ? errorMessage(t, sendError) : undefined}
          multiline
          maxRows={5}
          fullWidth
          size="small"
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
        <IconButton type="submit" color="primary" aria-label={t('internalChat.send')} disabled={sending || draft.trim() === ''}>
          <Send />
        </IconButton>
      </Box>
    </Box>
  );
}
