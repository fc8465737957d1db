import type { Transaction } from 'sequelize';
import { lockOpenTicketIdsOfUser } from '../../db/tickets.js';
import { applyTicketChange } from './applyTicketChange.js';
import { loadTicket } from './loadTicket.js';

/**
 * An attendant who is deactivated or deleted can no longer answer: their open tickets go back to the
 * pending list of their queue (history `returned`, by whoever made the change), inside the caller's
 * transaction. After commit each lands in its queue and distribution offers it to a colleague; without a
 * queue it waits in the company's pending list. The user row is locked by the caller, so distribution,
 * which reads candidates FOR SHARE, cannot hand this attendant a new ticket meanwhile.
 */
export async function returnTicketsOfUser(transaction: Transaction, input: { companyId: number; userId: number; actorId: number }): Promise<number> {
  const { companyId, userId, actorId } = input;
  let returned = 0;
  for (const id of await lockOpenTicketIdsOfUser(transaction, companyId, userId)) {
    const before = await loadTicket(companyId, id, { transaction });
    const ticket = await applyTicketChange(transaction, {
      before,
      actorId,
      action: 'returned',
      change: { status: 'pending', userId: null, queueId: before.queueId },
      guard: { status: 'open', userId },
    });
    if (ticket) returned += 1;
  }
  return returned;
}
