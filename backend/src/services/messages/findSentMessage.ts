import { sentMessageOfCompany, type MessageRow } from '../../db/messages.js';
import { AppError } from '../../errors/AppError.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { assertTicketVisible } from '../media/assertTicketVisible.js';

/** A message Atende sent (the send API's status read): of the caller's company, in a ticket they may see; else 404. */
export async function findSentMessage(actor: Actor, messageId: number): Promise<MessageRow> {
  const row = await sentMessageOfCompany(actor.companyId, messageId);
  if (!row) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
  await assertTicketVisible(actor, row.ticketId);
  return row;
}
