import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** What the connections screen needs of a queue (docs/api-contract.md, Queues). */
export interface QueueOption {
  id: number;
  name: string;
  color: string;
}

// Its own key: the queues screen may cache a richer shape under its own.
export const connectionQueueOptionsKey = ['connections', 'queueOptions'] as const;

/** The company's queues, to choose from in the dialog and to name and color the chips in the table. */
export function useQueueOptions() {
  return useQuery({
    queryKey: connectionQueueOptionsKey,
    queryFn: ({ signal }) =>
      api
        .get<{ queues: QueueOption[] }>('/api/queues', { signal })
        .then((r) => r.queues.map(({ id, name, color }) => ({ id, name, color }))),
  });
}
