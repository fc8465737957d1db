import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { refreshOtherQueueLists, removeQueueFromList, upsertQueueInList } from './queuesQuery';

/** Keeps the queues list in step with changes made by anyone in the company (membership changes included). */
export function useQueueEvents(): void {
  const client = useQueryClient();
  useSocketEvent('queue', (event) => {
    if (event.action === 'deleted') removeQueueFromList(client, event.queueId);
    else upsertQueueInList(client, event.queue);
    void refreshOtherQueueLists(client);
  });
}
