import type { Transaction } from 'sequelize';
import { exec, many } from './sql.js';
import type { TicketPlacement, TicketStatus } from './tickets.js';

// TicketHistories: one line per step of a ticket's life (who, what, from where to where, when). Written by
// every step — the lifecycle use cases, the inbound path's reopening, a started conversation — through the
// one INSERT below; read by the ticket's history and the dashboard's closes.

/**
 * `handedOff`: the AI agent passed the ticket to the people of its queue (Atende did it: userId null);
 * `takenOver`: a supervisor ended the bot phase by taking the ticket.
 */
export type TicketAction = 'accepted' | 'assigned' | 'closed' | 'reopened' | 'returned' | 'transferred' | 'started' | 'handedOff' | 'takenOver';

export interface TicketHistoryLine {
  companyId: number;
  ticketId: number;
  /** Who did it; null for Atende itself (distribution, the chatbot, a customer writing again). */
  userId: number | null;
  action: TicketAction;
  /** Where the ticket was; null for a ticket that did not exist before the step. */
  from: TicketPlacement | null;
  to: TicketPlacement;
}

export async function insertTicketHistory(transaction: Transaction, line: TicketHistoryLine): Promise<void> {
  const { from, to } = line;
  await exec(
    `INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId")
     VALUES (:companyId, :ticketId, :actorId, :action, :fromStatus, :toStatus, :fromUserId, :toUserId, :fromQueueId, :toQueueId)`,
    {
      companyId: line.companyId,
      ticketId: line.ticketId,
      actorId: line.userId,
      action: line.action,
      fromStatus: from?.status ?? null,
      toStatus: to.status,
      fromUserId: from?.userId ?? null,
      toUserId: to.userId,
      fromQueueId: from?.queueId ?? null,
      toQueueId: to.queueId,
    },
    { transaction },
  );
}

export interface TicketHistoryRow {
  id: string;
  action: TicketAction;
  userId: number | null;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  fromUserId: number | null;
  toUserId: number | null;
  fromQueueId: number | null;
  toQueueId: number | null;
  createdAt: Date;
}

/** A ticket's history, oldest first. */
export function selectTicketHistory(companyId: number, ticketId: number): Promise<TicketHistoryRow[]> {
  return many<TicketHistoryRow>(
    `SELECT id, action, "userId", "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId", "createdAt"
     FROM "TicketHistories" WHERE "ticketId" = :ticketId AND "companyId" = :companyId ORDER BY id`,
    { ticketId, companyId },
  );
}
