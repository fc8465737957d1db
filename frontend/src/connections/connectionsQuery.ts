import { useQuery, type QueryClient } from '@tanstack/react-query';
import { connectionsApi, type Connection } from './connectionsApi';

export const connectionsKey = ['connections'] as const;

/** Every connection of the company: a handful, so one unpaginated list. */
export function useConnections() {
  return useQuery({ queryKey: connectionsKey, queryFn: ({ signal }) => connectionsApi.list(signal) });
}

/** Puts a changed or new connection in the cached list at once (sorted by name, like the server). */
export function upsertConnection(client: QueryClient, connection: Connection): void {
  client.setQueryData<Connection[]>(connectionsKey, (list) => {
    if (!list) return list;
    const previous = list.find((c) => c.id === connection.id);
    const others = list.filter((c) => c.id !== connection.id);
    // Socket status updates carry no queueIds: keep the ones we knew.
    const merged = { ...connection, queueIds: connection.queueIds ?? previous?.queueIds };
    // One default per company: the server clears the old one, and its own event may arrive later.
    const rest = connection.isDefault ? others.map((c) => (c.isDefault ? { ...c, isDefault: false } : c)) : others;
    return [...rest, merged].sort((a, b) => a.name.localeCompare(b.name));
  });
}

export function removeConnection(client: QueryClient, id: number): void {
  client.setQueryData<Connection[]>(connectionsKey, (list) => list?.filter((c) => c.id !== id));
}
