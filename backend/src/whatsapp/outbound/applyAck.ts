import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { domainEvents } from '../../events/bus.js';
import type { MessageRow } from '../../presenters/message.js';

/**
 * Advances a sent message's ack from a WhatsApp status (2 server, 3 delivered, 4 read, 5 played). Acks only
 * move forward, so receipts arriving out of order or twice change nothing.
 */
export async function applyAck(sequelize: Sequelize, whatsappId: number, wid: string, status: number, transaction?: Transaction): Promise<void> {
  const ack = Math.min(Math.max(Math.trunc(status), 0), 5);
  const rows = await sequelize.query<MessageRow>(
    `UPDATE "Messages" SET ack = :ack, "updatedAt" = now()
     WHERE "whatsappId" = :whatsappId AND wid = :wid AND "fromMe" AND ack < :ack RETURNING *`,
    { replacements: { whatsappId, wid, ack }, type: QueryTypes.SELECT, transaction },
  );
  const row = rows[0];
  if (row) domainEvents.publishAfterCommit(transaction, 'message.updated', { companyId: row.companyId, ticketId: row.ticketId, message: row });
}
