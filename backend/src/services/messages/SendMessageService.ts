import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { logger } from '../../lib/logger.js';
import type { MessageRow } from '../../presenters/message.js';
import type { User } from '../../models/User.js';
import { findTicketForSending } from './findTicketForSending.js';
import { writeOutgoingMessage, type OutgoingMedia } from './writeOutgoingMessage.js';

export type { OutgoingMedia };

export interface SendMessageInput {
  actor: User;
  ticketId: number;
  body: string;
  quotedMsgId?: number;
  media?: OutgoingMedia;
}

/**
 * Writes the reply first (ack 0: the clock in the UI), then queues it. The row is the promise to the
 * attendant: whatever happens to the connection, it goes out when it can, in order.
 */
export async function sendMessage({ actor, ticketId, body, quotedMsgId, media }: SendMessageInput): Promise<MessageRow> {
  const { sequelize, outbound } = ctx();
  const { companyId } = actor;
  const row = await sequelize.transaction(async (transaction) => {
    const ticket = await findTicketForSending(actor, ticketId, transaction);
    if (quotedMsgId !== undefined) {
      const [quoted] = await sequelize.query(`SELECT 1 FROM "Messages" WHERE id = :quotedMsgId AND "ticketId" = :ticketId`, {
        replacements: { quotedMsgId, ticketId },
        type: QueryTypes.SELECT,
        transaction,
      });
      if (!quoted) throw AppError.badRequest('ERR_QUOTED_MESSAGE_NOT_FOUND', 'The quoted message is not in this ticket');
    }
    const target = { companyId, ticketId, contactId: ticket.contactId, contactName: ticket.contactName, number: ticket.number, whatsappId: ticket.whatsappId! };
    return writeOutgoingMessage(transaction, target, { body, media, quotedMsgId });
  });
  // The row is committed: if Redis is briefly away, the periodic sweep queues it later; the reply is not lost.
  await outbound
    .enqueue(row.whatsappId!, row.id)
    .catch((err: unknown) => logger.error('reply stored but not queued yet', { err: String(err) }));
  return row;
}
