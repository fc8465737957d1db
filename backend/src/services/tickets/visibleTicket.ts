import type { Transaction } from 'sequelize';
import { queueIdsOfUser } from '../../db/ticketTargets.js';
import { ticketIdWithUuid, type TicketRow } from '../../db/tickets.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import { loadTicket } from './loadTicket.js';
import { readTicketSettings } from './readTicketSettings.js';
import { canSee, seesEverything } from './ticketVisibility.js';

/** The id of the company's ticket with this uuid (the address links carry); 404 for any other. */
export async function ticketIdOfUuid(companyId: number, uuid: string): Promise<number> {
  const id = await ticketIdWithUuid(companyId, uuid);
  if (id === undefined) throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  return id;
}

/** The ticket if this user may see it; a ticket they may not see is, to them, not found. */
export async function visibleTicket(
  actor: UserRecord,
  ticketId: number,
  options: { transaction?: Transaction; lock?: boolean; asPending?: boolean } = {},
): Promise<TicketRow> {
  const ticket = await loadTicket(actor.companyId, ticketId, options);
  if (seesEverything(actor)) return ticket; // neither their queues nor the settings can change that
  const [queueIds, settings] = await Promise.all([queueIdsOfUser(actor.id), readTicketSettings(actor.companyId)]);
  const judged = options.asPending && ticket.status === 'open' ? { ...ticket, status: 'pending' as const, userId: null } : ticket;
  if (!canSee({ ...actor, queueIds }, judged, settings)) {
    throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  }
  return ticket;
}
