import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { NO_FILTERS } from './list/ticketFilters';
import { ticketsApi, type Ticket, type TicketAction } from './ticketsApi';
import { placeTicket, refetchTicketLists } from './ticketsQuery';

/**
 * The ticket as this user may see it now, or null when the server no longer lists it for them. Asked through
 * the list (its tab, searched by the contact's number) rather than GET /:id, whose 404 would be an error.
 */
export async function stillVisible(ticket: Ticket): Promise<Ticket | null> {
  const page = await ticketsApi.list({ status: ticket.status, search: ticket.contact.number, filters: NO_FILTERS, cursor: null, limit: 10 });
  return page.tickets.find((listed) => listed.id === ticket.id) ?? null;
}

/**
 * Header actions: the answer moves the ticket between tabs at once (the socket confirms it for others).
 * A transfer is the exception: its socket event may already have taken the ticket out of this user's lists
 * before the answer arrives, and whether they still see it is the server's rule (queues, settings), so the
 * server is asked again. Returns null when nothing is left to follow (failed, or the ticket is gone).
 */
export function useTicketActions(ticket: Ticket | undefined) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [busy, setBusy] = useState<TicketAction['action'] | null>(null);

  const settleTransfer = async (changed: Ticket): Promise<Ticket | null> => {
    const fresh = await stillVisible(changed);
    placeTicket(client, fresh ?? changed, fresh !== null);
    void refetchTicketLists(client);
    if (fresh) return fresh;
    // The chat would otherwise keep showing a ticket this user can no longer act on ("Aceitar" enabled).
    void navigate('/tickets');
    notify(t('inbox.header.transferredAway'), 'info');
    return null;
  };

  const run = async (action: TicketAction): Promise<Ticket | null> => {
    if (!ticket) return null;
    setBusy(action.action);
    try {
      const changed = await ticketsApi.act(ticket.id, action);
      if (action.action === 'transfer') return await settleTransfer(changed);
      placeTicket(client, changed);
      return changed;
    } catch (error) {
      notify(errorMessage(t, error), 'error');
      return null;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
