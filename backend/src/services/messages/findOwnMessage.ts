import type { Transaction } from 'sequelize';
import { lockMessageOfCompany, type OwnMessage } from '../../db/messages.js';
import { AppError } from '../../errors/AppError.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { assertTicketVisible } from '../media/assertTicketVisible.js';

/**
 * A message Atende sent, in the caller's company and in a ticket they may see (the tickets rule), locked for a
 * change; anything else is a 404 or 400. Visibility is judged first: to whoever may not see the ticket, the
 * message does not exist, whether or not it is theirs or deleted.
 */
export async function findOwnMessage(actor: Actor, messageId: number, transaction: Transaction): Promise<OwnMessage> {
  const row = await lockMessageOfCompany(transaction, actor.companyId, messageId);
  if (!row) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
  await assertTicketVisible(actor, row.ticketId);
  if (!row.fromMe) throw AppError.badRequest('ERR_NOT_OWN_MESSAGE', 'Only messages sent from here can be changed');
  if (row.isDeleted) throw AppError.conflict('ERR_MESSAGE_DELETED', 'This message was deleted');
  return row;
}
