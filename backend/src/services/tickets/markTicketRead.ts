import type { WAMessageKey } from '@whiskeysockets/baileys';
import { ctx } from '../../context.js';
import { markMessagesRead, unreadInboundMessages } from '../../db/messages.js';
import { clearUnreadCount, type TicketRow } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import type { UserRecord } from '../../db/users.js';
import { loadTicket } from './loadTicket.js';
import { visibleTicket } from './visibleTicket.js';

// Read receipts for at most this many messages at a time: enough for any conversation someone opens.
const RECEIPTS_AT_ONCE = 200;

/**
 * Opening a ticket reads it: the unread badge goes to zero and the customer's messages get their read
 * receipts (blue ticks on their phone). Inbound messages are marked read in the row (ack 4) so each
 * receipt is sent once. A disconnected session only postpones the receipts to the next opening.
 */
export async function markTicketRead({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  const { sequelize, whatsappSessions } = ctx();
  const before = await visibleTicket(actor, ticketId);
  const unread = await unreadInboundMessages(ticketId, RECEIPTS_AT_ONCE);
  const sock = before.whatsappId !== null ? whatsappSessions.get(before.whatsappId)?.socket : undefined;
  let receiptsSent = false;
  if (sock && unread.length > 0) {
    const jid = `${before.contactNumber}@s.whatsapp.net`;
    const keys: WAMessageKey[] = unread.map((m) => ({ remoteJid: jid, id: m.wid, fromMe: false }));
    receiptsSent = await sock.readMessages(keys).then(
      () => true,
      (err: unknown) => (logger.warn('read receipts not sent', { ticketId, err: String(err) }), false),
    );
  }
  await sequelize.transaction(async (transaction) => {
    if (receiptsSent)
      await markMessagesRead(
        transaction,
        unread.map((m) => m.id),
      );
    await clearUnreadCount(transaction, ticketId);
  });
  const ticket = await loadTicket(actor.companyId, ticketId);
  if (before.unreadMessages !== 0) {
    domainEvents.publish('ticket.updated', {
      companyId: ticket.companyId,
      ticket,
      previous: { status: before.status, userId: before.userId, queueId: before.queueId, botActive: before.botActive },
    });
  }
  return ticket;
}
