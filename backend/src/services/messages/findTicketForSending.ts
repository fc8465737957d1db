import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';

export interface TicketForSending {
  id: number;
  uuid: string;
  status: string;
  whatsappId: number | null;
  contactId: number;
  contactName: string;
  number: string;
}

/** The ticket a reply goes to, locked, in the caller's company; 404 for anything else. */
export async function findTicketForSending(companyId: number, ticketId: number, transaction: Transaction): Promise<TicketForSending> {
  const [ticket] = await ctx().sequelize.query<TicketForSending>(
    `SELECT t.id, t.uuid, t.status, t."whatsappId", t."contactId", c.name AS "contactName", c.number
     FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE t.id = :ticketId AND t."companyId" = :companyId FOR UPDATE OF t`,
    { replacements: { ticketId, companyId }, type: QueryTypes.SELECT, transaction },
  );
  if (!ticket) throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  if (ticket.status === 'closed') throw AppError.conflict('ERR_TICKET_CLOSED', 'This ticket is closed; reopen it to reply');
  if (ticket.whatsappId === null) throw AppError.conflict('ERR_WHATSAPP_NOT_FOUND', 'This ticket has no WhatsApp connection');
  return ticket;
}
