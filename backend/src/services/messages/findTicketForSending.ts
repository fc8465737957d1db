import type { Transaction } from 'sequelize';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTicket } from '../tickets/visibleTicket.js';

export interface TicketForSending {
  id: number;
  uuid: string;
  status: string;
  whatsappId: number | null;
  contactId: number;
  contactName: string;
  number: string;
}

/**
 * The ticket a reply goes to, locked: in the caller's company and one they may see (the tickets rule, the
 * same as for reading it); 404 for anything else, so a colleague's conversation cannot be written into.
 */
export async function findTicketForSending(actor: UserRecord, ticketId: number, transaction: Transaction): Promise<TicketForSending> {
  const ticket = await visibleTicket(actor, ticketId, { transaction, lock: true });
  if (ticket.status === 'closed') throw AppError.conflict('ERR_TICKET_CLOSED', 'This ticket is closed; reopen it to reply');
  if (ticket.whatsappId === null) throw AppError.conflict('ERR_WHATSAPP_NOT_FOUND', 'This ticket has no WhatsApp connection');
  const { id, uuid, status, whatsappId, contactId, contactName, contactNumber } = ticket;
  return { id, uuid, status, whatsappId, contactId, contactName, number: contactNumber };
}
