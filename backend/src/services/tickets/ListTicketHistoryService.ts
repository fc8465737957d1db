import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
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
  const rows = await ctx().sequelize.query<TicketHistoryEntry & { id: string; createdAt: Date }>(
    `SELECT id, action, "userId", "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId", "createdAt"
     FROM "TicketHistories" WHERE "ticketId" = :ticketId AND "companyId" = :companyId ORDER BY id`,
    { replacements: { ticketId, companyId: actor.companyId }, type: QueryTypes.SELECT },
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), createdAt: new Date(r.createdAt).toISOString() }));
}
