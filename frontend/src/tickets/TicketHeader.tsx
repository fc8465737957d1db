import ArrowBack from '@mui/icons-material/ArrowBack';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initials } from '../common/initials';
import { TransferDialog } from './TransferDialog';
import type { Ticket, TicketAction } from './ticketsApi';
import { useTicketActions } from './useTicketActions';

/** Who the customer is, and what can be done with the ticket in its current status. */
export function TicketHeader({ ticket, onChanged }: { ticket: Ticket; onChanged(ticket: Ticket): void }) {
  const { t } = useTranslation();
  const actions = useTicketActions(ticket);
  const busy = actions.busy;
  const run = async (action: TicketAction) => {
    const changed = await actions.run(action);
    if (changed) onChanged(changed);
    return changed;
  };
  const [transferring, setTransferring] = useState(false);
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', px: 2, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <IconButton component={Link} to="/tickets" aria-label={t('tickets.backToList')} sx={{ display: { md: 'none' } }}>
        <ArrowBack />
      </IconButton>
      <Avatar>{initials(ticket.contact.name)}</Avatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="h2" component="h2" noWrap sx={{ fontSize: 17 }}>
          {ticket.contact.name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {ticket.contact.number} · {t(`tickets.statusOf.${ticket.status}`)}
        </Typography>
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        {ticket.status === 'pending' ? (
          <Button variant="contained" loading={busy === 'accept'} onClick={() => void run({ action: 'accept' })}>
            {t('tickets.accept')}
          </Button>
        ) : null}
        {ticket.status === 'open' ? (
          <>
            <Button variant="outlined" loading={busy === 'return'} onClick={() => void run({ action: 'return' })}>
              {t('tickets.return')}
            </Button>
            <Button variant="contained" color="success" loading={busy === 'close'} onClick={() => void run({ action: 'close', sendFarewell: true })}>
              {t('tickets.close')}
            </Button>
          </>
        ) : null}
        {ticket.status === 'closed' ? (
          <Button variant="outlined" loading={busy === 'reopen'} onClick={() => void run({ action: 'reopen' })}>
            {t('tickets.reopen')}
          </Button>
        ) : (
          <Button variant="text" onClick={() => setTransferring(true)}>
            {t('tickets.transfer')}
          </Button>
        )}
      </Stack>
      <TransferDialog
        open={transferring}
        busy={busy === 'transfer'}
        onClose={() => setTransferring(false)}
        onTransfer={(target) =>
          void run({ action: 'transfer', ...target }).then((done) => {
            if (done) setTransferring(false);
          })
        }
      />
    </Stack>
  );
}
