import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { initials } from '../../common/initials';
import { ContactDealsSection } from '../../crm/ContactDealsSection';
import { LeadChip } from '../../contacts/LeadChip';
import { errorMessage } from '../../i18n/errorMessage';
import type { Ticket } from '../ticketsApi';
import { useContact } from './contactDrawerApi';
import { ContactDetailsForm } from './ContactDetailsForm';
import { ContactTagsSection } from './ContactTagsSection';
import { PastTicketsSection } from './PastTicketsSection';
import { TicketHistorySection } from './TicketHistorySection';
import { displayNumber } from '../../contacts/displayNumber';
import { OptOutNotice } from './OptOutNotice';
import { TicketNotesSection } from './TicketNotesSection';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ px: 2, py: 1.5 }}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mb: 1.25, textTransform: 'uppercase', letterSpacing: 0.5, color: 'text.secondary' }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Everything about the customer next to the conversation: details, tags, notes, past tickets, history. */
export function ContactDrawer({ open, onClose, ticket }: { open: boolean; onClose(): void; ticket: Ticket }) {
  const { t } = useTranslation();
  const titleId = useId();
  const contact = useContact(ticket.contact.id, open);
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      // Above the app bar (which sits above the permanent side menu), like a dialog.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: { xs: '100%', sm: 400 } } } }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Avatar>{initials(ticket.contact.name)}</Avatar>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id={titleId} variant="h2" component="h2" noWrap sx={{ fontSize: 18 }}>
            {ticket.contact.name}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="caption" color="text.secondary">
              {displayNumber(ticket.contact)}
            </Typography>
            {/* The contact as fetched when it is (kept live by the contact events), the ticket's copy meanwhile. */}
            <LeadChip contact={contact.data ?? ticket.contact} />
          </Stack>
        </Box>
        <IconButton aria-label={t('inbox.contact.close')} onClick={onClose}>
          <Close />
        </IconButton>
      </Stack>
      <Box sx={{ overflowY: 'auto', flex: 1 }}>
        {contact.isPending ? (
          <Box sx={{ display: 'grid', placeItems: 'center', p: 4 }}>
            <CircularProgress aria-label={t('app.loading')} />
          </Box>
        ) : contact.isError ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {errorMessage(t, contact.error)}
          </Alert>
        ) : (
          <>
            <Section title={t('inbox.contact.details')}>
              <OptOutNotice contact={contact.data} />
              <ContactDetailsForm contact={contact.data} />
            </Section>
            <Divider />
            <Section title={t('inbox.filters.tags')}>
              <ContactTagsSection contact={contact.data} ticket={ticket} />
            </Section>
          </>
        )}
        <Divider />
        <Section title={t('crm.contactDeals')}>
          <ContactDealsSection contact={ticket.contact} ticketId={ticket.id} />
        </Section>
        <Divider />
        <Section title={t('inbox.contact.notes')}>
          <TicketNotesSection ticketId={ticket.id} />
        </Section>
        <Divider />
        <Section title={t('inbox.contact.pastTickets')}>
          <PastTicketsSection ticket={ticket} />
        </Section>
        <Divider />
        <Section title={t('inbox.contact.history')}>
          <TicketHistorySection ticketId={ticket.id} />
        </Section>
      </Box>
    </Drawer>
  );
}
