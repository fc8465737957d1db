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
 * What one offer of a ticket came to: given to someone; nobody online and free (the queue's other waiting
 * tickets would not find anyone either); or not for distribution at all (already taken, not pending, no
 * queue, a manual queue).
 */
export type Offer = { assigned: TicketRow } | { waiting: 'nobodyFree' | 'notDistributed' };

/**
 * Gives a pending ticket of a queue to one of its attendants, by the queue's mode. The queue row is locked
 * for the decision, so tickets landing in the same queue at once are dealt one after the other and round
 * robin stays fair. Nobody online and free: the ticket waits in pending (returns null).
 */
export async function distributeTicket(input: { companyId: number; ticketId: number; excludeUserId?: number | null }): Promise<TicketRow | null> {
  const offer = await offerTicket(input);
  return 'assigned' in offer ? offer.assigned : null;
}

export async function offerTicket({ companyId, ticketId, excludeUserId }: { companyId: number; ticketId: number; excludeUserId?: number | null }): Promise<Offer> {
  const { sequelize } = ctx();
  const online = await onlineUserIds(companyId);
  return sequelize.transaction(async (transaction): Promise<Offer> => {
    const before = await loadTicket(companyId, ticketId, { transaction, lock: true });
    if (before.status !== 'pending' || before.userId !== null || before.queueId === null) return { waiting: 'notDistributed' };
    // The customer is still answering the queue's options (chatbot): distribution comes when it lets go.
    const [bot] = await sequelize.query<{ busy: boolean }>(`SELECT "chatbotState" IS NOT NULL AS busy FROM "Tickets" WHERE id = :ticketId`, {
      replacements: { ticketId },
      type: QueryTypes.SELECT,
      transaction,
    });
    if (bot?.busy) return { waiting: 'notDistributed' };
    const [queue] = await sequelize.query<QueueRow>(
      `SELECT distribution, "lastAssignedUserId" FROM "Queues" WHERE id = :queueId FOR UPDATE`,
      { replacements: { queueId: before.queueId }, type: QueryTypes.SELECT, transaction },
    );
    if (!queue || queue.distribution === 'manual') return { waiting: 'notDistributed' };

    // FOR SHARE: an attendant being deactivated or deleted right now is either seen before that commits (and
    // the tickets it returns include this one) or after it (and is no longer a candidate), never in between.
    const candidates = await sequelize.query<Candidate>(
      `SELECT u.id,
         (SELECT count(*)::int FROM "Tickets" t WHERE t."userId" = u.id AND t.status = 'open') AS load,
         COALESCE(u."maxOpenTickets",
           (SELECT (value #>> '{}')::int FROM "Settings" s WHERE s."companyId" = u."companyId" AND s.key = 'userMaxOpenTickets')) AS capacity
       FROM "UserQueues" uq JOIN "Users" u ON u.id = uq."userId"
       WHERE uq."queueId" = :queueId AND u.active ORDER BY u.id FOR SHARE OF u`,
      { replacements: { queueId: before.queueId }, type: QueryTypes.SELECT, transaction },
    );
    const eligible = candidates.filter((c) => online.has(c.id) && underCapacity(c) && c.id !== excludeUserId);
    const chosen = pickAttendant(queue.distribution, eligible, queue.lastAssignedUserId);
    if (!chosen) {
      logger.debug('no attendant free for the ticket; it waits in pending', { ticketId, queueId: before.queueId });
      return { waiting: 'nobodyFree' };
    }
    await sequelize.query(`UPDATE "Queues" SET "lastAssignedUserId" = :userId WHERE id = :queueId`, {
      replacements: { userId: chosen.id, queueId: before.queueId },
      transaction,
    });
    const assigned = await applyTicketChange(transaction, {
      before,
      actorId: null,
      action: 'assigned',
      change: { status: 'open', userId: chosen.id, queueId: before.queueId },
      guard: `status = 'pending' AND "userId" IS NULL`,
    });
    return assigned ? { assigned } : { waiting: 'notDistributed' };
  });
}
