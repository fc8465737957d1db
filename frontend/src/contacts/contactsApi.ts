import type { Answer } from '@atende/contract';
import { api, apiBlob, apiRequest } from '../api/client';
import type { ContactInput } from './contactTypes';

export const PAGE_SIZE = 50;

export const contactsApi = {
  /** `contactListId`: only the members of that contact list. */
  list: (params: { search: string; tagId: number | null; cursor: string | null; contactListId?: number | null; blocked?: boolean }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/contacts'>>('/api/contacts', {
      query: {
        search: params.search,
        tagId: params.tagId,
        contactListId: params.contactListId,
        blocked: params.blocked ? 'true' : undefined,
        cursor: params.cursor,
        limit: PAGE_SIZE,
      },
      signal,
    }),
  create: (input: ContactInput) => api.post<Answer<'POST /api/contacts'>>('/api/contacts', input).then((r) => r.contact),
  update: (id: number, input: ContactInput) => api.put<Answer<'PUT /api/contacts/:id'>>(`/api/contacts/${id}`, input).then((r) => r.contact),
  remove: (id: number) => api.delete(`/api/contacts/${id}`),
  /**
   * Sends the file as a browser form would (field `file`); `dryRun` answers the preview without writing;
   * `contactListId` also puts every imported or matched contact in that list.
   */
  importCsv: (file: File, dryRun: boolean, contactListId: number | null = null) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<Answer<'POST /api/contacts/import'>>('/api/contacts/import', {
      method: 'POST',
      body: form,
      query: { dryRun: String(dryRun), contactListId },
    });
  },
  /** The whole address book as CSV; needs the bearer token, so it is fetched rather than linked. */
  exportCsv: () => apiBlob('/api/contacts/export'),
  tags: (signal?: AbortSignal) => api.get<Answer<'GET /api/tags'>>('/api/tags', { signal }).then((r) => r.tags),
};
