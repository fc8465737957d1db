import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useDebouncedValue } from '../../common/useDebouncedValue';

/** The fields of a quick reply the composer needs (the admin screen owns the full shape). */
export interface QuickReplyOption {
  id: number;
  shortcut: string;
  message: string;
  queueId: number | null;
}

export const quickRepliesApi = {
  search: (search: string, queueId: number | null, signal?: AbortSignal) =>
    api.get<{ quickReplies: QuickReplyOption[] }>('/api/quick-replies', { query: { search, queueId }, signal }).then((r) => r.quickReplies),
  /** The text with the ticket's contact, the attendant and the date filled in. */
  rendered: (id: number, ticketId: number) =>
    api.get<{ text: string }>(`/api/quick-replies/${id}/rendered`, { query: { ticketId } }).then((r) => r.text),
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
