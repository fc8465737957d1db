import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import { Fragment, useContext, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthContext } from '../auth/AuthContext';
import { canSeeMessageSenders } from '../auth/permissions';
import type { BubbleActions } from './chat/BubbleMenu';
import { ChatMarker } from './chat/ChatMarker';
import { chatTimeline } from './chat/chatTimeline';
import { useChatScroll } from './chat/useChatScroll';
import { useTicketHistory } from './contact/contactDrawerApi';
import { MessageBubble } from './MessageBubble';
import { chronological, fetchOlderUntil, useMessages } from './messagesQuery';
import { dayKey, formatDay } from './ticketTime';

interface MessageListProps {
  ticketId: number;
  contactName?: string;
  /** Reply, edit and delete, when the ticket can be answered. */
  actions?: Omit<BubbleActions, 'onJump'>;
  /** A message to scroll to and light up (a search result); a new object each time, so the same one can be asked again. */
  jump?: { id: number } | null;
}

/**
 * The conversation, oldest at the top, with a line where the ticket was closed and reopened (its history);
 * scrolling to the top loads older pages without jumping.
 */
export function MessageList({ ticketId, contactName, actions, jump }: MessageListProps) {
  const { t, i18n } = useTranslation();
  const history = useMessages(ticketId);
  const showSender = canSeeMessageSenders(useContext(AuthContext)?.user ?? null);
  const messages = useMemo(() => chronological(history.data), [history.data]);
  const lifecycle = useTicketHistory(ticketId, true);
  const timeline = useMemo(() => chatTimeline(messages, lifecycle.data, !history.hasNextPage), [messages, lifecycle.data, history.hasNextPage]);
  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  const { scroller, content, onScroll, loadOlder, toBottom, jumpTo, unseen, highlighted } = useChatScroll(history, messages, (id) =>
    fetchOlderUntil(history, ticketId, id),
  );
  // A jump runs on its own (it reports a message it cannot find itself): the bubble only starts it.
  useEffect(() => {
    if (jump) void jumpTo(jump.id);
  }, [jump, jumpTo]);
  const bubbleActions = useMemo<BubbleActions>(() => ({ ...actions, onJump: (id) => void jumpTo(id) }), [actions, jumpTo]);

  const words = { today: t('tickets.today'), yesterday: t('tickets.yesterday') };
  return (
    <Box sx={{ flex: 1, minHeight: 0, position: 'relative', display: 'flex' }}>
      <Box
        ref={scroller}
        onScroll={onScroll}
        sx={(theme) => ({
          flex: 1,
          overflowY: 'auto',
          // Restoring the reader's place is done by hand (useChatScroll); the browser's own anchoring would add to it.
          overflowAnchor: 'none',
          py: 1,
          bgcolor: theme.palette.mode === 'dark' ? 'background.default' : '#efeae2',
        })}
      >
        {history.hasNextPage ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 1 }}>
            <Button size="small" onClick={loadOlder} loading={history.isFetchingNextPage}>
              {t('tickets.loadOlder')}
            </Button>
          </Box>
        ) : null}
        {history.isPending ? (
          <Box sx={{ display: 'grid', placeItems: 'center', py: 4 }}>
            <CircularProgress aria-label={t('app.loading')} />
          </Box>
        ) : null}
        <Box ref={content} role="list" aria-label={t('tickets.messagesLabel')}>
          {timeline.map((item, index) => {
            const previous = timeline[index - 1];
            const newDay = !previous || dayKey(previous.at) !== dayKey(item.at);
            return (
              <Fragment key={item.kind === 'message' ? item.message.id : `history-${item.entry.id}`}>
                {newDay ? (
                  <Box role="separator" sx={{ display: 'flex', justifyContent: 'center', my: 1 }}>
                    <Chip size="small" label={formatDay(item.at, i18n.language, words)} sx={{ bgcolor: 'background.paper' }} />
                  </Box>
                ) : null}
                {item.kind === 'marker' ? (
                  <ChatMarker entry={item.entry} />
                ) : (
                  <MessageBubble
                    message={item.message}
                    quoted={item.message.quotedMsgId === null ? undefined : byId.get(item.message.quotedMsgId)}
                    contactName={contactName}
                    actions={bubbleActions}
                    highlighted={highlighted === item.message.id}
                    showSender={showSender}
                  />
                )}
              </Fragment>
            );
          })}
        </Box>
      </Box>
      {unseen > 0 ? (
        <Chip
          color="primary"
          icon={<KeyboardArrowDown />}
          label={t('chat.newMessages', { count: unseen })}
          onClick={toBottom}
          sx={{ position: 'absolute', bottom: 12, left: '50%', transform: 'translateX(-50%)', boxShadow: 3, cursor: 'pointer' }}
        />
      ) : null}
    </Box>
  );
}
