import type { Transaction } from 'sequelize';
import { activeTicketExists, openTicket, reopenRecentTicket, type ChatPlace } from '../../db/inbound/ticket.js';
import { insertTicketHistory } from '../../db/ticketHistory.js';

export interface OpenedTicket {
  /** A new ticket was created for this message. */
  created: boolean;
  /** A recently closed ticket was reopened for this message (the company's reopen window). */
  reopened: boolean;
}

/**
 * The ticket step of the inbound pipeline. A customer writing again shortly after their ticket was closed
 * continues that conversation (reopened: back to its attendant, or to pending if it had none or they left);
 * otherwise a new ticket is created — in the connection's queue when the connection serves exactly one. The
 * partial unique index keeps one active ticket per contact and connection whatever runs concurrently.
 */
export async function findOrOpenTicket(transaction: Transaction, at: ChatPlace): Promise<OpenedTicket> {
  // The common case, a conversation already going on: one indexed read, no write.
  if (await activeTicketExists(transaction, at)) return { created: false, reopened: false };
  const row = await reopenRecentTicket(transaction, at);
  if (row) {
    const placement = { status: row.status, userId: row.userId, queueId: row.queueId };
    await insertTicketHistory(transaction, {
      companyId: at.companyId,
      ticketId: row.id,
      userId: null,
      action: 'reopened',
      // Where it was, as far as the reopening knows: closed, with the attendant and queue it goes back to.
      from: { ...placement, status: 'closed' },
      to: placement,
    });
    return { created: false, reopened: true };
  }
  return { created: await openTicket(transaction, at), reopened: false };
}
