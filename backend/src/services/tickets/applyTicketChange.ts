import type { Transaction } from 'sequelize';
import { insertTicketHistory, type TicketAction } from '../../db/ticketHistory.js';
import { updateTicketPlacement, type PlacementChange, type TicketGuard, type TicketRow } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { loadTicket } from './loadTicket.js';

/**
 * Writes a lifecycle step: the new state, a line in the ticket's history (who, what, from, to, when), and
 * the `ticket.updated` event after commit. `guard` is what the row must still be at write time (e.g. "still
 * pending"), so concurrent steps cannot both win; returns null when it no longer is.
 */
export async function applyTicketChange(
  transaction: Transaction,
  input: { before: TicketRow; actorId: number | null; action: Exclude<TicketAction, 'started'>; change: PlacementChange; guard?: TicketGuard },
): Promise<TicketRow | null> {
  const { before, actorId, action, change } = input;
  if (!(await updateTicketPlacement(transaction, before.id, change, input.guard))) return null;
  await insertTicketHistory(transaction, { companyId: before.companyId, ticketId: before.id, userId: actorId, action, from: before, to: change });
  const ticket = await loadTicket(before.companyId, before.id, { transaction });
  domainEvents.publishAfterCommit(transaction, 'ticket.updated', {
    companyId: before.companyId,
    ticket,
    previous: { status: before.status, userId: before.userId, queueId: before.queueId, botActive: before.botActive },
  });
  return ticket;
}
