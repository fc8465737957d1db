import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initials } from '../common/initials';
import type { QueueRef } from './queuesQuery';
import type { Ticket } from './ticketsApi';
import { formatActivity } from './ticketTime';

interface TicketCardProps {
  ticket: Ticket;
  queue: QueueRef | undefined;
  selected: boolean;
}

export function TicketCard({ ticket, queue, selected }: TicketCardProps) {
  const { t, i18n } = useTranslation();
  const unread = ticket.unreadMessages;
  return (
    <ListItemButton
      component={Link}
      to={`/tickets/${ticket.id}`}
      selected={selected}
      aria-label={t('tickets.cardLabel', { name: ticket.contact.name, count: unread })}
      sx={{ gap: 1.5, alignItems: 'flex-start', borderLeft: 4, borderColor: queue?.color ?? 'transparent', py: 1.25 }}
    >
      <Avatar sx={{ width: 40, height: 40, fontSize: 15 }}>{initials(ticket.contact.name)}</Avatar>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="subtitle2" noWrap sx={{ flex: 1, fontWeight: unread > 0 ? 700 : 500 }}>
            {ticket.contact.name}
          </Typography>
          <Typography variant="caption" color={unread > 0 ? 'primary' : 'text.secondary'}>
            {formatActivity(ticket.lastMessageAt, i18n.language)}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1 }}>
            {ticket.lastMessage ?? ''}
          </Typography>
          {unread > 0 ? (
            <Box
              component="span"
              aria-hidden // the card's accessible name already says how many are unread
              sx={{ minWidth: 20, height: 20, px: 0.75, borderRadius: 10, bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: 12, fontWeight: 700, display: 'grid', placeItems: 'center' }}
            >
              {unread > 99 ? '99+' : unread}
            </Box>
          ) : null}
        </Stack>
        {queue ? (
          <Typography variant="caption" sx={{ color: queue.color, fontWeight: 600 }}>
            {queue.name}
          </Typography>
        ) : null}
      </Box>
    </ListItemButton>
  );
}
