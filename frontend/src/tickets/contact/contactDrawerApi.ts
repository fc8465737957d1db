import type { Answer } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CustomField } from '../../contacts/contactTypes';
import { NO_FILTERS } from '../list/ticketFilters';
import { ticketsApi, type Ticket } from '../ticketsApi';

export type { TicketHistoryAction, TicketHistoryEntry, TicketNoteView as TicketNote } from '@atende/contract';

export interface ContactDetailsInput {
  name: string;
  number: string;
  email: string | null;
  extraInfo: CustomField[];
}

const PAST_TICKETS_LIMIT = 20;

export const contactDrawerApi = {
  contact: (id: number, signal?: AbortSignal) => api.get<Answer<'GET /api/contacts/:id'>>(`/api/contacts/${id}`, { signal }).then((r) => r.contact),
  saveContact: (id: number, input: ContactDetailsInput) => api.put<Answer<'PUT /api/contacts/:id'>>(`/api/contacts/${id}`, input).then((r) => r.contact),
  /** Clears the customer's opt-out: campaigns may reach them again. */
  allowCampaigns: (id: number) => api.put<Answer<'PUT /api/contacts/:id'>>(`/api/contacts/${id}`, { optedOut: false }).then((r) => r.contact),
  setContactTags: (id: number, tagIds: number[]) =>
    api.put<Answer<'PUT /api/contacts/:id/tags'>>(`/api/contacts/${id}/tags`, { tagIds }).then((r) => r.contact),
  setTicketTags: (ticketId: number, tagIds: number[]) =>
    api.put<Answer<'PUT /api/tickets/:id/tags'>>(`/api/tickets/${ticketId}/tags`, { tagIds }).then((r) => r.ticket),
  notes: (ticketId: number, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/tickets/:id/notes'>>(`/api/tickets/${ticketId}/notes`, { signal }).then((r) => r.notes),
  addNote: (ticketId: number, body: string) => api.post<Answer<'POST /api/tickets/:id/notes'>>(`/api/tickets/${ticketId}/notes`, { body }).then((r) => r.note),
  deleteNote: (ticketId: number, noteId: number) => api.delete(`/api/tickets/${ticketId}/notes/${noteId}`),
  history: (ticketId: number, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/tickets/:id/history'>>(`/api/tickets/${ticketId}/history`, { signal }).then((r) => r.history),
  /**
   * The list endpoint cannot filter by contact: search by the number (it also matches message texts, so the
   * answer is narrowed to this contact here). Resolved tickets only: a contact has at most one active ticket
   * per connection, and that one is on screen.
   */
  pastTickets: (contact: Pick<Ticket['contact'], 'id' | 'number'>, signal?: AbortSignal) =>
    ticketsApi
      .list({ status: 'closed', search: contact.number, filters: NO_FILTERS, cursor: null, limit: PAST_TICKETS_LIMIT }, signal)
      .then((page) => page.tickets.filter((t) => t.contact.id === contact.id)),
};

export const contactKey = (id: number) => ['contacts', 'one', id] as const;
export const notesKey = (ticketId: number) => ['tickets', 'notes', ticketId] as const;
export const historyKey = (ticketId: number) => ['tickets', 'history', ticketId] as const;

export function useContact(id: number, enabled: boolean) {
  return useQuery({ queryKey: contactKey(id), queryFn: ({ signal }) => contactDrawerApi.contact(id, signal), enabled });
}

export function useTicketNotes(ticketId: number, enabled: boolean) {
  return useQuery({ queryKey: notesKey(ticketId), queryFn: ({ signal }) => contactDrawerApi.notes(ticketId, signal), enabled });
}

export function useTicketHistory(ticketId: number, enabled: boolean) {
  return useQuery({ queryKey: historyKey(ticketId), queryFn: ({ signal }) => contactDrawerApi.history(ticketId, signal), enabled });
}

export function usePastTickets(contact: Ticket['contact'], enabled: boolean) {
  return useQuery({
    queryKey: ['tickets', 'past', contact.id, contact.number],
    queryFn: ({ signal }) => contactDrawerApi.pastTickets(contact, signal),
    enabled,
  });
}
