import { iso } from '../../db/sql.js';
import { selectTicketHistory } from '../../db/ticketHistory.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTicket } from './visibleTicket.js';

export interface TicketHistoryEntry {
  id: number;
  action: string;
  userId: number | null;
  fromStatus: string | null;
  toStatus: string | null;
  fromUserId: number | null;
  toUserId: number | null;
  fromQueueId: number | null;
  toQueueId: number | null;
  createdAt: string;
}

/** Who accepted, transferred, closed and reopened the ticket, and when, oldest first. */
export async function listTicketHistory({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketHistoryEntry[]> {
  await visibleTicket(actor, ticketId);
  const rows = await selectTicketHistory(actor.companyId, ticketId);
  return rows.map((r) => ({ ...r, id: Number(r.id), createdAt: iso(r.createdAt) }));
}
