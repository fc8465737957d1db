import Campaign from '@mui/icons-material/Campaign';
import PersonAddAlt from '@mui/icons-material/PersonAddAlt';
import Avatar from '@mui/material/Avatar';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { initials } from '../common/initials';
import { formatActivity } from '../tickets/ticketTime';
import type { InternalChatView } from './internalChatApi';

interface ChatListProps {
  chats: InternalChatView[];
  selectedId: number | null;
  myId: number | undefined;
  onSelect(chat: InternalChatView): void;
  onNewChat(): void;
}

/** The channel, then the direct chats by latest message, each with its unread count. */
export function ChatList({ chats, selectedId, myId, onSelect, onNewChat }: ChatListProps) {
  const { t, i18n } = useTranslation();
  const preview = (chat: InternalChatView) => {
    const last = chat.lastMessage;
    if (!last) return chat.kind === 'channel' ? t('internalChat.channelHint') : t('internalChat.noMessagesYet');
    const who = last.sender?.id === myId ? t('internalChat.you') : chat.kind === 'channel' ? (last.sender?.name ?? t('internalChat.deletedUser')) : null;
    return who ? `${who}: ${last.body}` : last.body;
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Box sx={{ p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Button fullWidth variant="outlined" startIcon={<PersonAddAlt />} onClick={onNewChat}>
          {t('internalChat.newChat')}
        </Button>
      </Box>
      <List aria-label={t('internalChat.conversations')} sx={{ overflowY: 'auto', flex: 1, py: 0 }}>
        {chats.map((chat) => {
          const name = chat.kind === 'channel' ? t('internalChat.channel') : (chat.peer?.name ?? t('internalChat.deletedUser'));
          return (
            <ListItemButton
              key={chat.id}
              selected={chat.id === selectedId}
              onClick={() => onSelect(chat)}
              aria-label={chat.unread > 0 ? `${name}, ${t('internalChat.unread', { count: chat.unread })}` : name}
              sx={{ borderBottom: 1, borderColor: 'divider', alignItems: 'flex-start' }}
            >
              <ListItemAvatar>
                <Avatar sx={{ bgcolor: chat.kind === 'channel' ? 'secondary.main' : 'primary.main' }}>
                  {chat.kind === 'channel' ? <Campaign /> : initials(name)}
                </Avatar>
              </ListItemAvatar>
              <ListItemText
                primary={name}
                secondary={preview(chat)}
                slotProps={{
                  primary: { noWrap: true, sx: { fontWeight: chat.unread > 0 ? 700 : 500 } },
                  secondary: { noWrap: true, sx: { color: chat.unread > 0 ? 'text.primary' : 'text.secondary' } },
                }}
              />
              <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 1, ml: 1, minWidth: 36 }}>
                <Box component="span" sx={{ fontSize: 12, color: 'text.secondary', whiteSpace: 'nowrap' }}>
                  {chat.lastMessage ? formatActivity(chat.lastMessage.createdAt, i18n.language) : ''}
                </Box>
                <Badge color="primary" badgeContent={chat.unread} max={99} invisible={chat.unread === 0} sx={{ mr: 1.5, mt: 1 }} />
              </Box>
            </ListItemButton>
          );
        })}
      </List>
    </Box>
  );
}
