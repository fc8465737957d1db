import type { Transaction } from 'sequelize';
import { advanceAck } from '../../db/messages.js';
import { domainEvents } from '../../events/bus.js';

/**
 * Advances a sent message's ack from a WhatsApp status (2 server, 3 delivered, 4 read, 5 played). Acks only
 * move forward, so receipts arriving out of order or twice change nothing.
 */
export async function applyAck(whatsappId: number, wid: string, status: number, transaction?: Transaction): Promise<void> {
  const ack = Math.min(Math.max(Math.trunc(status), 0), 5);
  const row = await advanceAck({ whatsappId, wid, ack }, transaction);
  if (row) domainEvents.publishAfterCommit(transaction, 'message.updated', { companyId: row.companyId, ticketId: row.ticketId, message: row });
}
