import DoNotDisturbOnOutlined from '@mui/icons-material/DoNotDisturbOnOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseTicketDialog } from '../tickets/list/CloseTicketDialog';
import type { Ticket } from '../tickets/ticketsApi';
import { useTicketActions } from '../tickets/useTicketActions';

/**
 * "Encerrar sem aceitar" on an Aguardando card: spam or a wrong number leaves the queue without anyone
 * accepting it, with or without the farewell (the same dialog as the chat's close, reason included). Whoever
 * sees the card may: the server's rule for closing a pending ticket is "whoever sees it".
 */
export function CloseFromListButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const actions = useTicketActions(ticket);
  const label = t('closing.closeFromListLabel', { name: ticket.contact.name });
  return (
    <>
      <Tooltip title={t('closing.closeFromList')}>
        <IconButton
          size="small"
          aria-label={label}
          onClick={() => setOpen(true)}
          sx={{ position: 'absolute', right: 8, bottom: 6, bgcolor: 'background.paper', '&:hover': { bgcolor: 'action.hover' } }}
        >
          <DoNotDisturbOnOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <CloseTicketDialog
        open={open}
        contactName={ticket.contact.name}
        queueId={ticket.queueId}
        busy={actions.busy === 'close'}
        onClose={() => setOpen(false)}
        onConfirm={(sendFarewell, closeReasonId) =>
          void actions.run({ action: 'close', sendFarewell, closeReasonId }).then((done) => {
            if (done) setOpen(false);
          })
        }
      />
    </>
  );
}
