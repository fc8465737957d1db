import Forum from '@mui/icons-material/Forum';
import Box from '@mui/material/Box';
import { SplitPaneFrame } from '../common/SplitPaneFrame';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { ListError, ListLoading } from '../common/ListStates';
import { ChatList } from './ChatList';
import { ConversationPane } from './ConversationPane';
import { useInternalChats } from './InternalChatContext';
import type { InternalChatView } from './internalChatApi';
import { NewChatDialog } from './NewChatDialog';

/**
 * The internal chat (`/internal-chat/:id?`): the company channel and direct chats on the left, the open one on
 * the right; on a phone the list, then the conversation with a way back. The open chat is in the address.
 */
export function InternalChatPage() {
  const { t } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const navigate = useNavigate();
  const { id } = useParams();
  const { user } = useAuth();
  const { chats, reload, upsert } = useInternalChats();
  const [loadError, setLoadError] = useState<unknown>(null);
  const [picking, setPicking] = useState(false);

  const load = () => {
    setLoadError(null);
    reload().catch(setLoadError);
  };
  // Fresh counts on every visit (the socket keeps them live after that).
  useEffect(() => {
    reload().catch(setLoadError);
  }, [reload]);

  const selectedId = id && /^\d+$/.test(id) ? Number(id) : null;
  const selected = chats?.find((c) => c.id === selectedId) ?? null;
  const open = (chat: InternalChatView) => void navigate(`/internal-chat/${chat.id}`);
  const nameOf = (chat: InternalChatView) => (chat.kind === 'channel' ? t('internalChat.channel') : (chat.peer?.name ?? t('internalChat.deletedUser')));
  const showList = !narrow || selected === null;
  const showChat = !narrow || selected !== null;

  return (
    <SplitPaneFrame title={t('internalChat.title')}>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {showList ? (
          <Box
            component="section"
            aria-label={t('internalChat.conversations')}
            sx={{ width: narrow ? '100%' : 340, flexShrink: 0, borderRight: narrow ? 0 : 1, borderColor: 'divider' }}
          >
            {loadError && !chats ? (
              <ListError title={t('internalChat.loadFailed')} error={loadError} onRetry={load} />
            ) : chats ? (
              <ChatList chats={chats} selectedId={selectedId} myId={user?.id} onSelect={open} onNewChat={() => setPicking(true)} />
            ) : (
              <ListLoading />
            )}
          </Box>
        ) : null}
        {showChat ? (
          <Box component="section" aria-label={t('internalChat.title')} sx={{ flex: 1, minWidth: 0 }}>
            {selected ? (
              <ConversationPane
                key={selected.id}
                chat={selected}
                myId={user?.id}
                title={nameOf(selected)}
                onBack={narrow ? () => void navigate('/internal-chat') : null}
              />
            ) : (
              <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', color: 'text.secondary', textAlign: 'center', p: 4 }}>
                <Box>
                  <Forum sx={{ fontSize: 56, opacity: 0.4 }} />
                  <Typography>{t('internalChat.pickChat')}</Typography>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {t('internalChat.subtitle')}
                  </Typography>
                </Box>
              </Box>
            )}
          </Box>
        ) : null}
      </Box>
      <NewChatDialog
        open={picking}
        onClose={() => setPicking(false)}
        onOpened={(chat) => {
          setPicking(false);
          upsert(chat);
          open(chat);
        }}
      />
    </SplitPaneFrame>
  );
}
