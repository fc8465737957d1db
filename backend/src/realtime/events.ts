// The events both ways (names and payloads) are part of the API: @atende/contract's maps, which the
// browser's socket is typed with too.
export type { ClientToServerEvents, ServerToClientEvents } from '@atende/contract';

export interface SocketData {
  userId: number;
  companyId: number;
  /** Admins also sit in the company's admins room (alerts only they can act on). */
  admin: boolean;
  supervisor: boolean;
  /** The queues whose pending tickets this user sees, read at the handshake. */
  queueIds: number[];
}
