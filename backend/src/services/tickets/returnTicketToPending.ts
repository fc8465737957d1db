import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow } from '../../db/tickets.js';
import { applyTicketChange } from './applyTicketChange.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

/** Gives an open ticket back to its queue's pending list. Its owner, or a supervisor, may do it. */
export async function returnTicketToPending({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  const before = await visibleTicket(actor, ticketId);
  if (before.status !== 'open') throw AppError.conflict('ERR_TICKET_NOT_OPEN', 'Only an open ticket can go back to pending');
  if (before.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();
  const ticket = await ctx().sequelize.transaction((transaction) =>
    applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'returned',
      change: { status: 'pending', userId: null, queueId: before.queueId },
      guard: { status: 'open' },
    }),
  );
  if (!ticket) throw AppError.conflict('ERR_TICKET_NOT_OPEN', 'Only an open ticket can go back to pending');
  return ticket;
}
