import type { Transaction } from 'sequelize';
import { AppError } from '../../errors/AppError.js';
import type { User } from '../../models/User.js';
import type { TicketRow } from '../../presenters/ticket.js';
import { loadTicket } from './loadTicket.js';
import { readTicketSettings } from './readTicketSettings.js';
import { attendantSees, queueIdsOf, seesEverything } from './ticketVisibility.js';

/** The ticket if this user may see it; a ticket they may not see is, to them, not found. */
export async function visibleTicket(
  actor: User,
  ticketId: number,
  options: { transaction?: Transaction; lock?: boolean; asPending?: boolean } = {},
): Promise<TicketRow> {
  const ticket = await loadTicket(actor.companyId, ticketId, options);
  if (seesEverything(actor)) return ticket;
  const [queueIds, settings] = await Promise.all([queueIdsOf(actor.id), readTicketSettings(actor.companyId)]);
  const judged = options.asPending && ticket.status === 'open' ? { ...ticket, status: 'pending' as const, userId: null } : ticket;
  if (!attendantSees(judged, actor.id, queueIds, settings.pendingWithoutQueueVisibleToAll)) {
    throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  }
  return ticket;
}
