import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../db/tickets.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { applyTicketChange } from './applyTicketChange.js';
import { visibleTicket } from './visibleTicket.js';

/**
 * "Accept": a pending ticket becomes the caller's open ticket. The write is guarded by `status = 'pending'`,
 * so when many attendants click at once exactly one wins and the others get a 409.
 */
export async function acceptTicket({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  // Judged as the pending ticket it was: whoever could accept it and lost the race gets a 409, not a 404.
  const before = await visibleTicket(actor, ticketId, { asPending: true });
  if (before.status !== 'pending') throw AppError.conflict('ERR_TICKET_ALREADY_ACCEPTED', 'Someone else already accepted this ticket');
  const ticket = await ctx().sequelize.transaction(async (transaction) => {
    // Deactivated while this request was on its way: the ticket must not become theirs (it would be stranded).
    if (!(await lockActiveUser(transaction, actor.companyId, actor.id))) throw new AppError('ERR_USER_INACTIVE', 403, 'This user is inactive');
    return applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'accepted',
      change: { status: 'open', userId: actor.id, queueId: before.queueId },
      guard: { status: 'pending' },
    });
  });
  if (!ticket) throw AppError.conflict('ERR_TICKET_ALREADY_ACCEPTED', 'Someone else already accepted this ticket');
  return ticket;
}
