import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../db/tickets.js';

/** Supervisors, admins and super admins see every ticket of the company. */
export function seesEverything(user: Pick<UserRecord, 'profile' | 'super'>): boolean {
  return user.super || user.profile === 'admin' || user.profile === 'supervisor';
}

/**
 * The attendant's rule, one place for HTTP and sockets alike: their own tickets, the pending tickets of
 * their queues, and pending tickets without a queue when the company lets everyone see those.
 */
export function attendantSees(
  ticket: Pick<TicketRow, 'status' | 'userId' | 'queueId'>,
  userId: number,
  queueIds: readonly number[],
  pendingWithoutQueueVisible: boolean,
): boolean {
  if (ticket.userId === userId) return true;
  if (ticket.status !== 'pending') return false;
  return ticket.queueId === null ? pendingWithoutQueueVisible : queueIds.includes(ticket.queueId);
}
