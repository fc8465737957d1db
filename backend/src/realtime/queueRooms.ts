import type { RealtimeServer } from './io.js';
import { queueRoom, userRoom } from './rooms.js';

/**
 * Keeps queue rooms in step with queue membership: sockets of users added to a queue join its room at
 * once, those of users removed leave it, without anyone reconnecting.
 */
export async function syncQueueRoom(io: RealtimeServer, companyId: number, queueId: number, userIds: readonly number[]): Promise<void> {
  const room = queueRoom(companyId, queueId);
  for (const userId of userIds) io.in(userRoom(userId)).socketsJoin(room);
  const members = new Set(userIds);
  for (const socket of await io.in(room).fetchSockets()) {
    if (!members.has(socket.data.userId)) socket.leave(room);
  }
}
