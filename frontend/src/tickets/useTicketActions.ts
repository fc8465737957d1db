import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { ticketsApi, type Ticket, type TicketAction } from './ticketsApi';
import { placeTicket } from './ticketsQuery';

/** Header actions: the answer moves the ticket between tabs at once (the socket confirms it for others). */
export function useTicketActions(ticket: Ticket | undefined) {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [busy, setBusy] = useState<TicketAction['action'] | null>(null);

  const run = async (action: TicketAction): Promise<Ticket | null> => {
    if (!ticket) return null;
    setBusy(action.action);
    try {
      const changed = await ticketsApi.act(ticket.id, action);
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
