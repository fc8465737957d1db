import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadChip } from '../contacts/LeadChip';
import { contactInitials, contactLabel } from '../contacts/displayNumber';
import { ColorDot } from './list/ColorDot';
import { ticketPreview } from './list/ticketPreview';
import type { QueueRef } from './queuesQuery';
import type { Ticket } from './ticketsApi';
import { ticketPath } from './useTicketAddress';
import { formatActivity } from './ticketTime';

interface TicketCardProps {
  ticket: Ticket;
  queue: QueueRef | undefined;
  /** Set when the ticket is someone else's and we know their name. */
  attendantName?: string;
  selected: boolean;
  /** Minutes this waiting ticket has waited, when longer than the company's alert setting: the card stands out. */
  waitingMinutes?: number;
}

const MAX_TAGS = 3;

export function TicketCard({ ticket, queue, attendantName, selected, waitingMinutes }: TicketCardProps) {
  const { t, i18n } = useTranslation();
  const unread = ticket.unreadMessages;
  const tags = ticket.tags ?? [];
  return (
    <ListItemButton
      component={Link}
      to={ticketPath(ticket)}
      selected={selected}
      aria-current={selected ? 'page' : undefined}
      aria-label={t('tickets.cardLabel', { name: contactLabel(ticket.contact), count: unread })}
      data-waiting-long={waitingMinutes !== undefined ? 'true' : undefined}
      sx={{
        gap: 1.5,
        alignItems: 'flex-start',
        borderLeft: 4,
        borderColor: queue?.color ?? 'transparent',
        py: 1.25,
        ...(waitingMinutes !== undefined && { bgcolor: 'rgba(237, 108, 2, 0.10)' }),
      }}
    >
      <Avatar sx={{ width: 40, height: 40, fontSize: 15 }}>{contactInitials(ticket.contact)}</Avatar>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="subtitle2" component="span" noWrap sx={{ flex: 1, fontWeight: unread > 0 ? 700 : 500 }}>
            {contactLabel(ticket.contact)}
          </Typography>
          <LeadChip contact={ticket.contact} />
          <Typography variant="caption" color={unread > 0 ? 'primary' : 'text.secondary'}>
            {formatActivity(ticket.lastMessageAt, i18n.language)}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1 }}>
            {ticketPreview(ticket.lastMessage, t)}
          </Typography>
          {waitingMinutes !== undefined ? (
            <Typography variant="caption" sx={{ color: 'warning.dark', fontWeight: 600, whiteSpace: 'nowrap' }}>
              {t('chatDetails.waitingLong', { minutes: waitingMinutes })}
            </Typography>
          ) : null}
          {unread > 0 ? (
            <Box
              component="span"
              aria-hidden // the card's accessible name already says how many are unread
              sx={{
                minWidth: 20,
                height: 20,
                px: 0.75,
                borderRadius: 10,
                bgcolor: 'primary.main',
                color: 'primary.contrastText',
                fontSize: 12,
                fontWeight: 700,
                display: 'grid',
                placeItems: 'center',
              }}
            >
              {unread > 99 ? '99+' : unread}
            </Box>
          ) : null}
        </Stack>
        {/* The protocol always: the number a customer quotes on the phone, found again by the search. */}
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.25, mt: 0.25 }}>
          <Typography variant="caption" color="text.secondary" title={t('tickets.protocolTitle', { protocol: ticket.protocol })}>
            #{ticket.protocol}
          </Typography>
          {queue ? (
            <Typography variant="caption" sx={{ color: queue.color, fontWeight: 600 }}>
              {queue.name}
            </Typography>
          ) : null}
          {ticket.botActive ? (
            <Typography variant="caption" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, color: 'secondary.main', fontWeight: 600 }}>
              <AutoAwesomeOutlined sx={{ fontSize: 14 }} aria-hidden />
              {t('aiInbox.card')}
            </Typography>
          ) : null}
          {attendantName ? (
            <Typography
              variant="caption"
              color="text.secondary"
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}
              title={t('inbox.card.attendant', { name: attendantName })}
            >
              <PersonOutline sx={{ fontSize: 14 }} aria-hidden />
              {attendantName}
            </Typography>
          ) : null}
          {tags.slice(0, MAX_TAGS).map((tag) => (
            <Typography key={tag.id} variant="caption" color="text.secondary" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
              <ColorDot color={tag.color} />
              {tag.name}
            </Typography>
          ))}
          {tags.length > MAX_TAGS ? (
            <Typography variant="caption" color="text.secondary">
              +{tags.length - MAX_TAGS}
            </Typography>
          ) : null}
        </Stack>
      </Box>
    </ListItemButton>
  );
}
