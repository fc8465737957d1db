import { ctx } from '../../../context.js';
import { heldByBot, lockQueueCandidates, lockQueueForDistribution, setLastAssignedUser } from '../../../db/distribution.js';
import type { TicketRow } from '../../../db/tickets.js';
import { logger } from '../../../lib/logger.js';
import { onlineUserIds } from '../../../realtime/presence.js';
import { applyTicketChange } from '../applyTicketChange.js';
import { loadTicket } from '../loadTicket.js';
import { pickAttendant, underCapacity } from './pickAttendant.js';

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

export async function offerTicket({
  companyId,
  ticketId,
  excludeUserId,
}: {
  companyId: number;
  ticketId: number;
  excludeUserId?: number | null;
}): Promise<Offer> {
  const { sequelize } = ctx();
  const online = await onlineUserIds(companyId);
  return sequelize.transaction(async (transaction): Promise<Offer> => {
    const before = await loadTicket(companyId, ticketId, { transaction, lock: true });
    if (before.status !== 'pending' || before.userId !== null || before.queueId === null) return { waiting: 'notDistributed' };
    // The customer is still answering the queue's options (chatbot), or the AI agent answers them (bot phase):
    // distribution comes when the bot lets go (`ticket.botReleased`).
    if (await heldByBot(transaction, ticketId)) return { waiting: 'notDistributed' };
    const queue = await lockQueueForDistribution(transaction, before.queueId);
    if (!queue || queue.distribution === 'manual') return { waiting: 'notDistributed' };

    // Read under a share lock: an attendant being deactivated meanwhile is either still here or already gone.
    const candidates = await lockQueueCandidates(transaction, before.queueId);
    const eligible = candidates.filter((c) => online.has(c.id) && underCapacity(c) && c.id !== excludeUserId);
    const chosen = pickAttendant(queue.distribution, eligible, queue.lastAssignedUserId);
    if (!chosen) {
      logger.debug('no attendant free for the ticket; it waits in pending', { ticketId, queueId: before.queueId });
      return { waiting: 'nobodyFree' };
    }
    await setLastAssignedUser(transaction, before.queueId, chosen.id);
    const assigned = await applyTicketChange(transaction, {
      before,
      actorId: null,
      action: 'assigned',
      change: { status: 'open', userId: chosen.id, queueId: before.queueId },
      guard: { status: 'pending', userId: null },
    });
    return assigned ? { assigned } : { waiting: 'notDistributed' };
  });
}
