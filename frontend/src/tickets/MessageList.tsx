import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import { Fragment, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageBubble } from './MessageBubble';
import { chronological, useMessages } from './messagesQuery';
import { dayKey, formatDay } from './ticketTime';

// Within this many pixels of the bottom the reader is "following" the chat: new messages scroll into view.
const FOLLOW_THRESHOLD = 120;

/** The conversation, oldest at the top; scrolling to the top loads older pages without jumping. */
export function MessageList({ ticketId }: { ticketId: number }) {
  const { t, i18n } = useTranslation();
  const history = useMessages(ticketId);
  const messages = chronological(history.data);
  const scroller = useRef<HTMLDivElement>(null);
  // Set just before an older page is requested: the distance from the bottom to restore once it renders.
  const keepFromBottom = useRef<number | null>(null);
  const following = useRef(true);
  const lastId = messages.at(-1)?.id;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (keepFromBottom.current !== null) {
      el.scrollTop = el.scrollHeight - keepFromBottom.current;
      keepFromBottom.current = null;
    } else if (following.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [messages.length, lastId]);

  const loadOlder = () => {
    const el = scroller.current;
    if (!el || !history.hasNextPage || history.isFetchingNextPage) return;
    keepFromBottom.current = el.scrollHeight - el.scrollTop;
    void history.fetchNextPage();
  };

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    following.current = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_THRESHOLD;
    if (el.scrollTop < 80) loadOlder();
  };

  const words = { today: t('tickets.today'), yesterday: t('tickets.yesterday') };
  return (
    <Box
      ref={scroller}
      onScroll={onScroll}
      sx={(theme) => ({ flex: 1, overflowY: 'auto', py: 1, bgcolor: theme.palette.mode === 'dark' ? 'background.default' : '#efeae2' })}
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
      <Box role="list" aria-label={t('tickets.messagesLabel')}>
        {messages.map((message, index) => {
          const previous = messages[index - 1];
          const newDay = !previous || dayKey(previous.sentAt) !== dayKey(message.sentAt);
          return (
            <Fragment key={message.id}>
              {newDay ? (
                <Box role="separator" sx={{ display: 'flex', justifyContent: 'center', my: 1 }}>
                  <Chip size="small" label={formatDay(message.sentAt, i18n.language, words)} sx={{ bgcolor: 'background.paper' }} />
                </Box>
              ) : null}
              <MessageBubble message={message} />
            </Fragment>
          );
        })}
      </Box>
    </Box>
  );
}
