import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { MessageRow } from '../../presenters/message.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { assertTicketVisible } from '../media/assertTicketVisible.js';

export interface OwnMessage extends MessageRow {
  number: string;
}

/**
 * A message Atende sent, in the caller's company and in a ticket they may see (the tickets rule), locked for a
 * change; anything else is a 404 or 400. Visibility is judged first: to whoever may not see the ticket, the
 * message does not exist, whether or not it is theirs or deleted.
 */
export async function findOwnMessage(actor: Actor, messageId: number, transaction: Transaction): Promise<OwnMessage> {
  const { companyId } = actor;
  const [row] = await ctx().sequelize.query<OwnMessage>(
    `SELECT m.*, c.number FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId" JOIN "Contacts" c ON c.id = t."contactId"
     WHERE m.id = :messageId AND m."companyId" = :companyId FOR UPDATE OF m`,
    { replacements: { messageId, companyId }, type: QueryTypes.SELECT, transaction },
  );
  if (!row) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
  await assertTicketVisible(actor, row.ticketId);
  if (!row.fromMe) throw AppError.badRequest('ERR_NOT_OWN_MESSAGE', 'Only messages sent from here can be changed');
  if (row.isDeleted) throw AppError.conflict('ERR_MESSAGE_DELETED', 'This message was deleted');
  return row;
}
