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

/** The list's order (issue 17): latest activity first (the default), or who has waited longest first (by pendingSince: when the ticket last became pending). */
export type TicketOrder = 'recent' | 'oldest';

/** A supervisor's action on several tickets at once (1–100); each ticket succeeds or fails on its own. */
export type BulkTicketAction =
  | { action: 'close'; ticketIds: number[]; sendFarewell?: boolean; closeReasonId?: number }
  | { action: 'transfer'; ticketIds: number[]; userId?: number; queueId?: number };

export const ticketsApi = {
  list: (
    params: { status: TicketStatus; search: string; filters: TicketFilters; cursor: string | null; limit?: number; order?: TicketOrder },
    signal?: AbortSignal,
  ) =>
    api.get<Answer<'GET /api/tickets'>>('/api/tickets', {
      query: {
        status: params.status,
        search: params.search,
        ...filterQuery(params.filters),
        cursor: params.cursor,
        limit: params.limit ?? TICKETS_PAGE_SIZE,
        // The default is left out: the same request as before the choice existed.
        order: params.order === 'oldest' ? 'oldest' : undefined,
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
  bulk: (input: BulkTicketAction) => api.post<Answer<'POST /api/tickets/bulk'>>('/api/tickets/bulk', input),
  act: (id: number, action: TicketAction) => api.put<Answer<'PUT /api/tickets/:id'>>(`/api/tickets/${id}`, action).then((r) => r.ticket),
};
