import Badge from '@mui/material/Badge';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInternalChats } from './InternalChatContext';

/** The menu's unread badge of the internal chat, around the entry's icon. */
export function InternalChatBadge({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { unreadTotal } = useInternalChats();
  return (
    <Badge
      color="error"
      badgeContent={unreadTotal}
      max={99}
      invisible={unreadTotal === 0}
      slotProps={{ badge: { 'aria-label': t('internalChat.unread', { count: unreadTotal }), role: 'status' } as object }}
    >
      {children}
    </Badge>
  );
}
