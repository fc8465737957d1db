import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Edit from '@mui/icons-material/EditOutlined';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Reply from '@mui/icons-material/Reply';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import type { Message } from '../messagesApi';
import { canDelete, canEdit } from './messageRules';

/** What the conversation lets a bubble do; absent in read-only places (closed tickets, tests of one bubble). */
export interface BubbleActions {
  onReply?(message: Message): void;
  onEdit?(message: Message): void;
  onDelete?(message: Message): void;
  /** Scrolls to a message (loading older pages if needed) and highlights it. */
  onJump?(messageId: number): void;
}

/** The small arrow on a bubble: reply, copy, and for the attendant's own messages edit and delete. */
export function BubbleMenu({ message, actions }: { message: Message; actions: BubbleActions }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const run = (action?: (m: Message) => void) => () => {
    close();
    action?.(message);
  };
  const items = [
    actions.onReply && !message.isDeleted ? { key: 'reply', icon: <Reply fontSize="small" />, label: t('chat.menu.reply'), run: run(actions.onReply) } : null,
    message.body && !message.isDeleted
      ? {
          key: 'copy',
          icon: <ContentCopy fontSize="small" />,
          label: t('chat.menu.copy'),
          run: () => {
            close();
            void navigator.clipboard?.writeText(message.body).then(
              () => notify(t('chat.copied'), 'success'),
              () => undefined,
            );
          },
        }
      : null,
    actions.onEdit && canEdit(message) ? { key: 'edit', icon: <Edit fontSize="small" />, label: t('chat.menu.edit'), run: run(actions.onEdit) } : null,
    actions.onDelete && canDelete(message)
      ? { key: 'delete', icon: <DeleteOutline fontSize="small" color="error" />, label: t('chat.menu.delete'), run: run(actions.onDelete) }
      : null,
  ].filter((item) => item !== null);
  if (items.length === 0) return null;
  return (
    <>
      <IconButton
        className="bubble-menu"
        size="small"
        aria-label={t('chat.menu.open')}
        aria-haspopup="menu"
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ p: 0.25, alignSelf: 'flex-start' }}
      >
        <ExpandMore fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        {items.map((item) => (
          <MenuItem key={item.key} onClick={item.run}>
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText>{item.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
