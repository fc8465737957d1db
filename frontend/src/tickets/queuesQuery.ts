import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface QueueRef {
  id: number;
  name: string;
  color: string;
  /** Who serves the queue (the list carries it): which connections concern an attendant. */
  userIds?: number[];
}

export const queuesKey = ['queues'] as const;

/**
 * The company's queues (everyone reads them): names and colors for cards, targets for transfers. Asked again
 * whenever the inbox opens (a short list): queue events only reach the inbox while it is on screen.
 */
export function useQueues() {
  return useQuery({
    queryKey: queuesKey,
    queryFn: ({ signal }) => api.get<{ queues: QueueRef[] }>('/api/queues', { signal }).then((r) => r.queues),
    staleTime: 0, // not the app's 30 s: see above
  });
}
