import type { Answer, TicketStatus } from '@atende/contract';
import { api } from '../api/client';
import { filterQuery, type TicketFilters } from './list/ticketFilters';

// The API's shapes are @atende/contract's (messages: ./messagesApi.ts); what the UI sends is written here.
export type { TicketStatus, TicketView as Ticket, TicketsPage } from '@atende/contract';

export const TICKET_TABS: readonly TicketStatus[] = ['open', 'pending', 'closed'];

export type TicketAction =
  | { action: 'accept' | 'return' | 'reopen' | 'read' | 'takeOver' }
  | { action: 'close'; sendFarewell?: boolean; closeReasonId?: number }
  | { action: 'transfer'; userId?: number; queueId?: number };

export const TICKETS_PAGE_SIZE = 30;

export const ticketsApi = {
  list: (params: { status: TicketStatus; search: string; filters: TicketFilters; cursor: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/tickets'>>('/api/tickets', {
      query: {
        status: params.status,
        search: params.search,
        ...filterQuery(params.filters),
        cursor: params.cursor,
        limit: params.limit ?? TICKETS_PAGE_SIZE,
      },
      signal,
    }),
  /** By id, or by the uuid a link carries. */
  get: (id: number | string, signal?: AbortSignal) => api.get<Answer<'GET /api/tickets/:id'>>(`/api/tickets/${id}`, { signal }).then((r) => r.ticket),
  /**
   * An attendant writes first: a new open ticket of theirs (409 ERR_TICKET_ALREADY_ACTIVE names the active one),
   * to a contact or to a typed number (400 ERR_NUMBER_NOT_ON_WHATSAPP when WhatsApp does not know it).
   */
  start: (input: ({ contactId: number } | { number: string }) & { whatsappId?: number; queueId?: number | null }) =>
    api.post<Answer<'POST /api/tickets'>>('/api/tickets', input).then((r) => r.ticket),
  act: (id: number, action: TicketAction) => api.put<Answer<'PUT /api/tickets/:id'>>(`/api/tickets/${id}`, action).then((r) => r.ticket),
};
