import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '../layout/visuallyHidden';
import { useInternalChats } from './InternalChatContext';

/**
 * The internal chat's unread count around a menu icon. The bubble is decoration (MUI hides it from assistive
 * technology); the count is said in words, so the menu entry reads "2 mensagens não lidas Chat interno".
 */
export function InternalChatBadge({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { unreadTotal } = useInternalChats();
  return (
    <Badge color="error" badgeContent={unreadTotal} max={99} invisible={unreadTotal === 0}>
      {children}
      {unreadTotal > 0 ? (
        <Box component="span" sx={visuallyHidden} data-testid="internal-chat-unread">
          {t('internalChat.unread', { count: unreadTotal })}
        </Box>
      ) : null}
    </Badge>
  );
}
