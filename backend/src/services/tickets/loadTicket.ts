import type { Transaction } from 'sequelize';
import { selectTicket, type TicketRow } from '../../db/tickets.js';
import { AppError } from '../../errors/AppError.js';

/** One ticket of the company with its contact; `lock` takes the row for a state change. 404 otherwise. */
export async function loadTicket(companyId: number, ticketId: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<TicketRow> {
  const ticket = await selectTicket(companyId, ticketId, options);
  if (!ticket) throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  return ticket;
}
