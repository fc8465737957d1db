import { api, apiBlob, apiRequest } from '../api/client';
import type { Contact, ContactInput, ContactsPage, ImportReport, TagRef } from './contactTypes';

export const PAGE_SIZE = 50;

export const contactsApi = {
  list: (params: { search: string; tagId: number | null; cursor: string | null }, signal?: AbortSignal) =>
    api.get<ContactsPage>('/api/contacts', {
      query: { search: params.search, tagId: params.tagId, cursor: params.cursor, limit: PAGE_SIZE },
      signal,
    }),
  create: (input: ContactInput) => api.post<{ contact: Contact }>('/api/contacts', input).then((r) => r.contact),
  update: (id: number, input: ContactInput) => api.put<{ contact: Contact }>(`/api/contacts/${id}`, input).then((r) => r.contact),
  remove: (id: number) => api.delete(`/api/contacts/${id}`),
  /** Sends the file as a browser form would (field `file`); `dryRun` answers the preview without writing. */
  importCsv: (file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<ImportReport>('/api/contacts/import', { method: 'POST', body: form, query: { dryRun: String(dryRun) } });
  },
  /** The whole address book as CSV; needs the bearer token, so it is fetched rather than linked. */
  exportCsv: () => apiBlob('/api/contacts/export'),
  tags: (signal?: AbortSignal) => api.get<{ tags: TagRef[] }>('/api/tags', { signal }).then((r) => r.tags),
};
