import type { Group } from '../services/tickets/ticketVisibility.js';

// The events both ways (names and payloads) are part of the API: @atende/contract's maps, which the
// browser's socket is typed with too.
export type { ClientToServerEvents, ServerToClientEvents } from '@atende/contract';

export interface SocketData {
  userId: number;
  companyId: number;
  /** Admins also sit in the company's admins room (alerts only they can act on). */
  admin: boolean;
  /** The user's groups in the ticket visibility rule (their queues read at the handshake; queueRooms.ts keeps those in step). */
  groups: Group[];
}
