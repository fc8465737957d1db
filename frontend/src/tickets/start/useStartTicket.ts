import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/ApiError';
import { ticketsApi, type Ticket, type TicketStatus } from '../ticketsApi';
import { placeTicket, ticketKey } from '../ticketsQuery';
import { ticketPath } from '../useTicketAddress';

/** What the server said of the contact's conversation already going on (409 ERR_TICKET_ALREADY_ACTIVE). */
export interface ActiveConversation {
  /** Its address when this user may open it; null when it is a colleague's. */
  ticket: { id: number; uuid: string; status: TicketStatus } | null;
  userName: string | null;
}

export function activeConversationOf(error: unknown): ActiveConversation | null {
  if (!(error instanceof ApiError) || error.code !== 'ERR_TICKET_ALREADY_ACTIVE') return null;
  const details = (error.details ?? {}) as Partial<ActiveConversation>;
  return { ticket: details.ticket ?? null, userName: details.userName ?? null };
}

/**
 * Starts the conversation and opens it in the inbox, its chat ready for the first message (the open chat is
 * the feedback: a toast would cover the composer just when the attendant is to write).
 */
export function useStartTicket(onDone: () => void) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: ticketsApi.start,
    onSuccess: (ticket: Ticket) => {
      // Known before the inbox asks: the address resolves and the card shows at once.
      client.setQueryData(ticketKey(ticket.id), ticket);
      placeTicket(client, ticket);
      onDone();
      void navigate(ticketPath(ticket), { state: { compose: true } });
    },
  });
}
