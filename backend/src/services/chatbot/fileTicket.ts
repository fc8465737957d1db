import { ctx } from '../../context.js';
import type { TicketRow } from '../../presenters/ticket.js';
import { applyTicketChange } from '../tickets/applyTicketChange.js';

/**
 * The menu's decision, written like any other step of the ticket's life (logged, announced): into a queue
 * (pending, where distribution takes over) or straight to an attendant. Only an unfiled pending ticket.
 */
export function fileTicket(ticket: TicketRow, to: { queueId: number; userId?: number | null }): Promise<TicketRow | null> {
  const userId = to.userId ?? null;
  return ctx().sequelize.transaction((transaction) =>
    applyTicketChange(transaction, {
      before: ticket,
      actorId: null,
      action: 'transferred',
      change: { status: userId === null ? 'pending' : 'open', userId, queueId: to.queueId },
      guard: `status = 'pending' AND "queueId" IS NULL`,
    }),
  );
}
