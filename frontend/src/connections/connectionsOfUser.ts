import type { User } from '../api/types';
import type { Connection } from './connectionsApi';

interface QueueMembers {
  id: number;
  /** Who serves the queue (the API sends it; absent means unknown). */
  userIds?: number[];
}

/**
 * The connections whose customers can reach `user`: admins and supervisors watch every queue, so all of
 * them; an attendant, those serving one of their queues, and those serving no queue in particular (their
 * tickets wait without a queue, which every attendant may take). A connection that says nothing of its
 * queues counts, rather than hiding a connection that is down.
 */
export function connectionsOfUser(user: User, connections: readonly Connection[], queues: readonly QueueMembers[]): Connection[] {
  if (user.profile !== 'user') return [...connections];
  const mine = new Set(queues.filter((q) => q.userIds?.includes(user.id)).map((q) => q.id));
  return connections.filter((c) => !c.queueIds || c.queueIds.length === 0 || c.queueIds.some((id) => mine.has(id)));
}
