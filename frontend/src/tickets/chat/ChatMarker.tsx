import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { TicketHistoryEntry } from '../contact/contactDrawerApi';
import { formatClock } from '../ticketTime';

/** A line across the conversation where the ticket was closed or reopened (a reopening by the customer says so). */
export function ChatMarker({ entry }: { entry: TicketHistoryEntry }) {
  const { t, i18n } = useTranslation();
  const time = formatClock(entry.createdAt, i18n.language);
  const label =
    entry.action === 'closed'
      ? t('chat.marker.closed', { time })
      : entry.userId === null
        ? t('chat.marker.reopenedByCustomer', { time })
        : t('chat.marker.reopened', { time });
  return (
    <Box role="separator" aria-label={label} sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, my: 1.5 }}>
      <Box sx={{ flex: 1, borderTop: 1, borderColor: 'divider' }} />
      <Chip
        size="small"
        variant="outlined"
        color={entry.action === 'closed' ? 'default' : 'primary'}
        label={label}
        sx={{ bgcolor: 'background.paper', maxWidth: '90%' }}
      />
      <Box sx={{ flex: 1, borderTop: 1, borderColor: 'divider' }} />
    </Box>
  );
}
