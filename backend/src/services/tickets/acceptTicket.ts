import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../db/tickets.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { applyTicketChange } from './applyTicketChange.js';
import { loadTicket } from './loadTicket.js';
import { takeOverTicket } from './takeOverTicket.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

const alreadyAccepted = () => AppError.conflict('ERR_TICKET_ALREADY_ACCEPTED', 'Someone else already accepted this ticket');

/**
 * "Accept": a pending ticket becomes the caller's open ticket. The write is guarded by `status = 'pending'`,
 * so when many attendants click at once exactly one wins and the others get a 409.
 *
 * A ticket the AI agent is answering (only supervisors and admins see one) is taken over instead: "accept"
 * there means the same as "Assumir", and a plain accept would end the bot phase without the summary note that
 * tells the person what the AI already collected. The plain write is therefore also guarded by "not in the bot
 * phase": a ticket the AI started answering meanwhile is taken over too, never silently ended.
 */
export async function acceptTicket({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  // Judged as the pending ticket it was: whoever could accept it and lost the race gets a 409, not a 404.
  const before = await visibleTicket(actor, ticketId, { asPending: true });
  if (before.status !== 'pending') throw alreadyAccepted();
  if (before.botActive) return takeOverTicket({ actor, ticketId });
  const ticket = await ctx().sequelize.transaction(async (transaction) => {
    // Deactivated while this request was on its way: the ticket must not become theirs (it would be stranded).
    if (!(await lockActiveUser(transaction, actor.companyId, actor.id))) throw new AppError('ERR_USER_INACTIVE', 403, 'This user is inactive');
    return applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'accepted',
      change: { status: 'open', userId: actor.id, queueId: before.queueId },
      guard: { status: 'pending', botActive: false },
    });
  });
  if (ticket) return ticket;
  const now = await loadTicket(actor.companyId, ticketId);
  if (now.status === 'pending' && now.botActive && seesEverything(actor)) return takeOverTicket({ actor, ticketId });
  throw alreadyAccepted();
}
