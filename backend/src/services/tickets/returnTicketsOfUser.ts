import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
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
  const open = await ctx().sequelize.query<{ id: number }>(
    `SELECT id FROM "Tickets" WHERE "companyId" = :companyId AND "userId" = :userId AND status = 'open' ORDER BY id FOR UPDATE`,
    { replacements: { companyId, userId }, type: QueryTypes.SELECT, transaction },
  );
  let returned = 0;
  for (const { id } of open) {
    const before = await loadTicket(companyId, id, { transaction });
    const ticket = await applyTicketChange(transaction, {
      before,
      actorId,
      action: 'returned',
      change: { status: 'pending', userId: null, queueId: before.queueId },
      guard: `status = 'open' AND "userId" = ${Number(userId)}`,
    });
    if (ticket) returned += 1;
  }
  return returned;
}
