import type { Answer, QueueView } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** What the inbox reads of a queue; `userIds` (who serves it) says which connections concern an attendant. */
export type QueueRef = Pick<QueueView, 'id' | 'name' | 'color'> & Partial<Pick<QueueView, 'userIds'>>;

export const queuesKey = ['queues'] as const;

/**
 * The company's queues (everyone reads them): names and colors for cards, targets for transfers. Asked again
 * whenever the inbox opens (a short list): queue events only reach the inbox while it is on screen.
 */
export function useQueues() {
  return useQuery({
    queryKey: queuesKey,
    queryFn: ({ signal }) => api.get<Answer<'GET /api/queues'>>('/api/queues', { signal }).then((r) => r.queues),
    staleTime: 0, // not the app's 30 s: see above
  });
}
