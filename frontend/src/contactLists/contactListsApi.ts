import type { Answer } from '@atende/contract';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../api/client';

export type { ContactListView as ContactList } from '@atende/contract';

/** What a list gets: chosen contacts, or every contact having one of the tags (the server resolves them). */
export interface ContactListAddition {
  contactIds?: number[];
  tagIds?: number[];
}

export const contactListsApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/contact-lists'>>('/api/contact-lists', { signal }).then((r) => r.contactLists),
  get: (id: number, signal?: AbortSignal) => api.get<Answer<'GET /api/contact-lists/:id'>>(`/api/contact-lists/${id}`, { signal }).then((r) => r.contactList),
  create: (name: string) => api.post<Answer<'POST /api/contact-lists'>>('/api/contact-lists', { name }).then((r) => r.contactList),
  rename: (id: number, name: string) => api.put<Answer<'PUT /api/contact-lists/:id'>>(`/api/contact-lists/${id}`, { name }).then((r) => r.contactList),
  remove: (id: number) => api.delete<Answer<'DELETE /api/contact-lists/:id'>>(`/api/contact-lists/${id}`),
  add: (id: number, addition: ContactListAddition) => api.post<Answer<'POST /api/contact-lists/:id/contacts'>>(`/api/contact-lists/${id}/contacts`, addition),
  /** Takes contacts out of the list only; the contacts themselves stay in the address book. */
  removeContacts: (id: number, contactIds: number[]) =>
    apiRequest<Answer<'DELETE /api/contact-lists/:id/contacts'>>(`/api/contact-lists/${id}/contacts`, { method: 'DELETE', body: { contactIds } }),
};

export const contactListsKey = ['contact-lists'] as const;

/** The company's saved lists (a few dozen at most): one unpaginated list, sorted by the server. */
export function useContactLists(enabled = true) {
  return useQuery({ queryKey: contactListsKey, queryFn: ({ signal }) => contactListsApi.list(signal), enabled });
}

export function useContactList(id: number) {
  return useQuery({ queryKey: [...contactListsKey, 'one', id], queryFn: ({ signal }) => contactListsApi.get(id, signal) });
}

/** Sizes and names move with every write (here or a colleague's): every cached list asks again. */
export function refreshContactLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: contactListsKey });
}
