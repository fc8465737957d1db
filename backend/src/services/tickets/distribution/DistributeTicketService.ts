import { QueryTypes } from 'sequelize';
import { ctx } from '../../../context.js';
import { logger } from '../../../lib/logger.js';
import type { TicketRow } from '../../../presenters/ticket.js';
import { onlineUserIds } from '../../../realtime/presence.js';
import { applyTicketChange } from '../applyTicketChange.js';
import { loadTicket } from '../loadTicket.js';
import { pickAttendant, underCapacity, type Candidate, type DistributionMode } from './pickAttendant.js';

interface QueueRow {
  distribution: 'manual' | DistributionMode;
  lastAssignedUserId: number | null;
}

/**
 * Gives a pending ticket of a queue to one of its attendants, by the queue's mode. The queue row is locked
 * for the decision, so tickets landing in the same queue at once are dealt one after the other and round
 * robin stays fair. Nobody online and free: the ticket waits in pending (returns null).
 */
export async function distributeTicket({ companyId, ticketId, excludeUserId }: { companyId: number; ticketId: number; excludeUserId?: number | null }): Promise<TicketRow | null> {
  const { sequelize } = ctx();
  const online = await onlineUserIds(companyId);
  return sequelize.transaction(async (transaction) => {
    const before = await loadTicket(companyId, ticketId, { transaction, lock: true });
    if (before.status !== 'pending' || before.queueId === null) return null;
    // The customer is still answering the queue's options (chatbot): distribution comes when it lets go.
    const [bot] = await sequelize.query<{ busy: boolean }>(`SELECT "chatbotState" IS NOT NULL AS busy FROM "Tickets" WHERE id = :ticketId`, {
      replacements: { ticketId },
      type: QueryTypes.SELECT,
      transaction,
    });
    if (bot?.busy) return null;
    const [queue] = await sequelize.query<QueueRow>(
      `SELECT distribution, "lastAssignedUserId" FROM "Queues" WHERE id = :queueId FOR UPDATE`,
      { replacements: { queueId: before.queueId }, type: QueryTypes.SELECT, transaction },
    );
    if (!queue || queue.distribution === 'manual') return null;

    const candidates = await sequelize.query<Candidate>(
      `SELECT u.id,
         (SELECT count(*)::int FROM "Tickets" t WHERE t."userId" = u.id AND t.status = 'open') AS load,
         COALESCE(u."maxOpenTickets",
           (SELECT (value #>> '{}')::int FROM "Settings" s WHERE s."companyId" = u."companyId" AND s.key = 'userMaxOpenTickets')) AS capacity
       FROM "UserQueues" uq JOIN "Users" u ON u.id = uq."userId"
       WHERE uq."queueId" = :queueId AND u.active ORDER BY u.id`,
      { replacements: { queueId: before.queueId }, type: QueryTypes.SELECT, transaction },
    );
    const eligible = candidates.filter((c) => online.has(c.id) && underCapacity(c) && c.id !== excludeUserId);
    const chosen = pickAttendant(queue.distribution, eligible, queue.lastAssignedUserId);
    if (!chosen) {
      logger.debug('no attendant free for the ticket; it waits in pending', { ticketId, queueId: before.queueId });
      return null;
    }
    await sequelize.query(`UPDATE "Queues" SET "lastAssignedUserId" = :userId WHERE id = :queueId`, {
      replacements: { userId: chosen.id, queueId: before.queueId },
      transaction,
    });
    return applyTicketChange(transaction, {
      before,
      actorId: null,
      action: 'assigned',
      change: { status: 'open', userId: chosen.id, queueId: before.queueId },
      guard: `status = 'pending'`,
    });
  });
}
