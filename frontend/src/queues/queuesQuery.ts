import { useQuery, type QueryClient } from '@tanstack/react-query';
import { queuesApi } from './queuesApi';
import type { Queue } from './queueTypes';

/** The root key: the inbox caches its own queue list under it too, so invalidating it refreshes both. */
export const queuesRootKey = ['queues'] as const;
export const queuesListKey = [...queuesRootKey, 'admin-list'] as const;

/** Every queue of the company (a handful), ordered by position then name, like the server. */
export function useQueuesList() {
  return useQuery({ queryKey: queuesListKey, queryFn: ({ signal }) => queuesApi.list(signal) });
}

const byPositionThenName = (a: Queue, b: Queue) => a.position - b.position || a.name.localeCompare(b.name);

/** Puts a new or changed queue in the cached list at once, in the server's order. */
export function upsertQueueInList(client: QueryClient, queue: Queue): void {
  client.setQueryData<Queue[]>(queuesListKey, (list) => list && [...list.filter((q) => q.id !== queue.id), queue].sort(byPositionThenName));
}

export function removeQueueFromList(client: QueryClient, queueId: number): void {
  client.setQueryData<Queue[]>(queuesListKey, (list) => list?.filter((q) => q.id !== queueId));
}

/** Other screens (inbox filters, transfer targets) keep their own copies: let them refetch. */
export function refreshOtherQueueLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: queuesRootKey, predicate: (query) => query.queryKey[1] !== queuesListKey[1] });
}
