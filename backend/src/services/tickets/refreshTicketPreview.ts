import type { Transaction } from 'sequelize';
import type { MessageRow } from '../../db/messages.js';
import { updateTicketPreview } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { messagePreview } from '../messages/messagePreview.js';

/**
 * An edit or a delete-for-everyone of a ticket's latest message changes what its card shows (the new text,
 * or "deleted"); an older message, or an automatic one (never the preview), leaves the card alone. Announced like any ticket change, in place, so open
 * lists follow. Inside `transaction` when given (the event then waits for the commit).
 */
export async function refreshTicketPreview(
  companyId: number,
  message: Pick<MessageRow, 'id' | 'ticketId' | 'body' | 'mediaType' | 'isDeleted' | 'automatic'>,
  transaction?: Transaction,
): Promise<void> {
  if (message.automatic === true) return;
  const ticket = await updateTicketPreview({ ticketId: message.ticketId, companyId, messageId: message.id, preview: messagePreview(message) }, transaction);
  if (!ticket) return;
  const event = { companyId, ticket, previous: { status: ticket.status, userId: ticket.userId, queueId: ticket.queueId, botActive: ticket.botActive } };
  if (transaction) domainEvents.publishAfterCommit(transaction, 'ticket.updated', event);
  else domainEvents.publish('ticket.updated', event);
}
