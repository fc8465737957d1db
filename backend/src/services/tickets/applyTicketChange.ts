import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { TicketRow, TicketStatus } from '../../presenters/ticket.js';
import { loadTicket } from './loadTicket.js';

export type TicketAction = 'accepted' | 'assigned' | 'closed' | 'reopened' | 'returned' | 'transferred';

export interface TicketChange {
  status: TicketStatus;
  userId: number | null;
  queueId: number | null;
}

/**
 * Writes a lifecycle step: the new state, a line in the ticket's history (who, what, from, to, when), and
 * the `ticket.updated` event after commit. `guard` is extra SQL the row must still satisfy at write time
 * (e.g. "still pending"), so concurrent steps cannot both win; returns null when it no longer does.
 */
export async function applyTicketChange(
  transaction: Transaction,
  input: { before: TicketRow; actorId: number | null; action: TicketAction; change: TicketChange; guard?: string },
): Promise<TicketRow | null> {
  const { sequelize } = ctx();
  const { before, actorId, action, change } = input;
  const updated = await sequelize.query<{ id: number }>(
    `UPDATE "Tickets" SET status = :status, "userId" = :userId, "queueId" = :queueId,
       "acceptedAt" = CASE WHEN :status = 'open' AND "acceptedAt" IS NULL THEN now() ELSE "acceptedAt" END,
       "closedAt" = CASE WHEN :status = 'closed' THEN now() ELSE NULL END,
       "unreadMessages" = CASE WHEN :status = 'closed' THEN 0 ELSE "unreadMessages" END,
       -- any step of the ticket's life ends the menu (the chatbot writes its next step itself: fileTicket)
       "chatbotState" = NULL,
       "updatedAt" = now()
     WHERE id = :ticketId ${input.guard ? `AND ${input.guard}` : ''} RETURNING id`,
    { replacements: { ...change, ticketId: before.id }, type: QueryTypes.SELECT, transaction },
  );
  if (updated.length === 0) return null;
  await sequelize.query(
    `INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId")
     VALUES (:companyId, :ticketId, :actorId, :action, :fromStatus, :toStatus, :fromUserId, :toUserId, :fromQueueId, :toQueueId)`,
    {
      replacements: {
        companyId: before.companyId,
        ticketId: before.id,
        actorId,
        action,
        fromStatus: before.status,
        toStatus: change.status,
        fromUserId: before.userId,
        toUserId: change.userId,
        fromQueueId: before.queueId,
        toQueueId: change.queueId,
      },
      transaction,
    },
  );
  const ticket = await loadTicket(before.companyId, before.id, { transaction });
  domainEvents.publishAfterCommit(transaction, 'ticket.updated', {
    companyId: before.companyId,
    ticket,
    previous: { status: before.status, userId: before.userId, queueId: before.queueId },
  });
  return ticket;
}
