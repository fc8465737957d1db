import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface QueueRef {
  id: number;
  name: string;
  color: string;
}

/** The company's queues (everyone reads them): names and colors for cards, targets for transfers. */
export function useQueues() {
  return useQuery({
    queryKey: ['queues'],
    queryFn: ({ signal }) => api.get<{ queues: QueueRef[] }>('/api/queues', { signal }).then((r) => r.queues),
    staleTime: 60_000,
  });
}
