import type { Answer, QueueView } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** What the connections screen needs of a queue. */
export type QueueOption = Pick<QueueView, 'id' | 'name' | 'color'>;

// Its own key: the queues screen may cache a richer shape under its own.
export const connectionQueueOptionsKey = ['connections', 'queueOptions'] as const;

/** The company's queues, to choose from in the dialog and to name and color the chips in the table. */
export function useQueueOptions() {
  return useQuery({
    queryKey: connectionQueueOptionsKey,
    queryFn: ({ signal }) =>
      api.get<Answer<'GET /api/queues'>>('/api/queues', { signal }).then((r) => r.queues.map(({ id, name, color }) => ({ id, name, color }))),
  });
}
