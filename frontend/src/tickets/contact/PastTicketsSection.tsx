import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../i18n/errorMessage';
import { ticketPreview } from '../list/ticketPreview';
import type { Ticket } from '../ticketsApi';
import { ticketPath } from '../useTicketAddress';
import { usePastTickets } from './contactDrawerApi';

/** The contact's resolved tickets, newest first, each a link that opens it in the inbox. */
export function PastTicketsSection({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const past = usePastTickets(ticket.contact, true);
  const others = (past.data ?? []).filter((x) => x.id !== ticket.id);
  if (past.isError) return <Typography color="error">{errorMessage(t, past.error)}</Typography>;
  if (past.isSuccess && others.length === 0) return <Typography color="text.secondary">{t('inbox.contact.noPastTickets')}</Typography>;
  return (
    <List dense disablePadding aria-label={t('inbox.contact.pastTickets')}>
      {others.map((other) => {
        const date = new Date(other.closedAt ?? other.createdAt).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
        return (
          <ListItemButton
            key={other.id}
            component={Link}
            to={ticketPath(other)}
            aria-label={t('inbox.contact.openTicket', { date, status: t(`tickets.statusOf.${other.status}`) })}
            sx={{ borderRadius: 1 }}
          >
            <ListItemText primary={date} secondary={ticketPreview(other.lastMessage, t)} slotProps={{ secondary: { noWrap: true } }} />
          </ListItemButton>
        );
      })}
    </List>
  );
}
