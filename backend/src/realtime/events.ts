// What the server emits (events and payloads) is part of the API: @atende/contract's ServerToClientEvents,
// which the browser's socket is typed with too.
export type { ServerToClientEvents } from '@atende/contract';

// The client sends nothing yet; watching a ticket arrives with tickets.
export type ClientToServerEvents = Record<string, never>;

export interface SocketData {
  userId: number;
  companyId: number;
  /** Admins also sit in the company's admins room (alerts only they can act on). */
  admin: boolean;
  supervisor: boolean;
  /** The queues whose pending tickets this user sees, read at the handshake. */
  queueIds: number[];
}
