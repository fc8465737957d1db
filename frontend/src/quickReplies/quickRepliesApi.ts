import type { Answer } from '@atende/contract';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../api/client';

export type { QuickReplyView as QuickReply } from '@atende/contract';

/** What the form does to the reply's file: nothing, a new one, or none any more. */
export type QuickReplyFileChange = { kind: 'keep' } | { kind: 'set'; file: File } | { kind: 'remove' };

export interface QuickReplyInput {
  shortcut: string;
  message: string;
  queueId: number | null;
}

/** The variables the backend fills in (lib/templateVariables.ts), in the order the form offers them. */
export const TEMPLATE_VARIABLES = ['name', 'firstName', 'number', 'attendant', 'greeting', 'protocol'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const quickRepliesApi = {
  list: (params: { search: string; queueId: number | null }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/quick-replies'>>('/api/quick-replies', { query: params, signal }).then((r) => r.quickReplies),
  create: (input: QuickReplyInput) => api.post<Answer<'POST /api/quick-replies'>>('/api/quick-replies', input).then((r) => r.quickReply),
  update: (id: number, input: QuickReplyInput) => api.put<Answer<'PUT /api/quick-replies/:id'>>(`/api/quick-replies/${id}`, input).then((r) => r.quickReply),
  remove: (id: number) => api.delete(`/api/quick-replies/${id}`),
  /** The reply's one file, sent as a browser form would (field `file`), like a chat attachment. */
  uploadMedia: (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<Answer<'POST /api/quick-replies/:id/media'>>(`/api/quick-replies/${id}/media`, { method: 'POST', body: form }).then((r) => r.quickReply);
  },
  removeMedia: (id: number) => api.delete<Answer<'DELETE /api/quick-replies/:id/media'>>(`/api/quick-replies/${id}/media`).then((r) => r.quickReply),
  /** Without a ticket: contact variables come out empty, the caller is the attendant, now is now. */
  preview: (id: number, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/quick-replies/:id/rendered'>>(`/api/quick-replies/${id}/rendered`, { signal }).then((r) => r.text),
};

/** The composer caches its searches under the same root: every write refreshes them all. */
export const quickRepliesRootKey = ['quick-replies'] as const;

export function useQuickRepliesList(search: string, queueId: number | null) {
  return useQuery({
    queryKey: [...quickRepliesRootKey, 'admin-list', search, queueId],
    queryFn: ({ signal }) => quickRepliesApi.list({ search, queueId }, signal),
    placeholderData: keepPreviousData, // no flash of "loading" between keystrokes
  });
}

export function useQuickReplyPreview(id: number | null, savedAt: string | null) {
  return useQuery({
    // The saved text changes with updatedAt; the preview follows it.
    queryKey: [...quickRepliesRootKey, 'preview', id, savedAt],
    enabled: id !== null,
    queryFn: ({ signal }) => quickRepliesApi.preview(id!, signal),
  });
}

export function refreshQuickReplies(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: quickRepliesRootKey });
}
