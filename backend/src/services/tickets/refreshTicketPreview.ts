import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { domainEvents } from '../../events/bus.js';
import type { MessageRow } from '../../presenters/message.js';
import type { TicketRow } from '../../presenters/ticket.js';
import { messagePreview } from '../messages/messagePreview.js';
import { TICKET_COLUMNS } from './loadTicket.js';

/**
 * An edit or a delete-for-everyone of a ticket's latest message changes what its card shows (the new text,
 * or "deleted"); an older message, or an automatic one (never the preview), leaves the card alone. Announced like any ticket change, in place, so open
 * lists follow. Inside `transaction` when given (the event then waits for the commit).
 */
export async function refreshTicketPreview(
  sequelize: Sequelize,
  companyId: number,
  message: Pick<MessageRow, 'id' | 'ticketId' | 'body' | 'mediaType' | 'isDeleted' | 'automatic'>,
  transaction?: Transaction,
): Promise<void> {
  if (message.automatic === true) return;
  const [ticket] = await sequelize.query<TicketRow>(
    `WITH changed AS (
       UPDATE "Tickets" t SET "lastMessage" = :preview, "updatedAt" = now()
       WHERE t.id = :ticketId AND t."companyId" = :companyId AND t."lastMessage" IS DISTINCT FROM :preview
         -- Atende's automatic texts never are the preview, so one after the message does not hide its change
         AND NOT EXISTS (SELECT 1 FROM "Messages" m WHERE m."ticketId" = t.id AND m.id > :messageId AND NOT m.automatic)
       RETURNING t.*)
     SELECT ${TICKET_COLUMNS} FROM changed t JOIN "Contacts" c ON c.id = t."contactId"`,
    {
      replacements: { ticketId: message.ticketId, companyId, messageId: message.id, preview: messagePreview(message) },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  if (!ticket) return;
  const event = { companyId, ticket, previous: { status: ticket.status, userId: ticket.userId, queueId: ticket.queueId } };
  if (transaction) domainEvents.publishAfterCommit(transaction, 'ticket.updated', event);
  else domainEvents.publish('ticket.updated', event);
}
