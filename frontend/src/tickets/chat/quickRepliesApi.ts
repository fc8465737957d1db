import type { Answer, QuickReplyView } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useDebouncedValue } from '../../common/useDebouncedValue';

/** The fields of a quick reply the composer needs. */
export type QuickReplyOption = Pick<QuickReplyView, 'id' | 'shortcut' | 'message' | 'queueId' | 'media'>;

export const quickRepliesApi = {
  search: (search: string, queueId: number | null, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/quick-replies'>>('/api/quick-replies', { query: { search, queueId }, signal }).then((r) => r.quickReplies),
  /** The text with the ticket's contact, the attendant and the date filled in. */
  rendered: (id: number, ticketId: number) =>
    api.get<Answer<'GET /api/quick-replies/:id/rendered'>>(`/api/quick-replies/${id}/rendered`, { query: { ticketId } }).then((r) => r.text),
};

/** Quick replies matching what follows the "/", for the ticket's queue plus the company-wide ones. */
export function useQuickReplySearch(search: string | null, queueId: number | null) {
  const term = useDebouncedValue(search ?? '', 150);
  return useQuery({
    queryKey: ['quick-replies', 'composer', queueId, term],
    queryFn: ({ signal }) => quickRepliesApi.search(term, queueId, signal),
    enabled: search !== null,
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}
