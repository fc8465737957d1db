import type { Transaction } from 'sequelize';
import { insertCampaignTicket, latestClosedTicketOf, setCampaignTicketPreview } from '../../db/campaignShippings.js';
import { lockActiveTicketOf } from '../../db/scheduledMessages.js';

/**
 * Where a message Atende writes on its own for someone else goes (a campaign's, one sent through the send API):
 * 'open' — a conversation: the contact's active ticket on the connection, else a new waiting one in `queueId`;
 * 'log' — history only: their active ticket when there is one, else their latest closed ticket, else a new closed
 * one, so a stream of notices never fills the waiting list.
 */
export type MessageTicketMode = 'open' | 'log';

export interface PickedTicket {
  ticketId: number;
  /** A waiting ticket was made for this message: listeners treat it as new (distribution offers it). */
  ticketCreated: boolean;
  /**
   * The ticket's protocol for the message's {{protocol}}: the conversation's (the active ticket, or the waiting
   * one made here); null when the message only goes into the history (a closed ticket), where there is no
   * conversation to quote.
   */
  protocol: number | null;
}

/**
 * The ticket, locked, per `mode` (above). `preview` is the card's text of a ticket made here — a function of the
 * ticket's protocol when the text names it (the protocol exists only once the ticket is inserted). Throws when a
 * pending ticket would be a second active one (the customer wrote meanwhile): the caller rolls back and tries
 * again later, when the customer's ticket is the active one.
 */
export async function pickTicketForMessage(
  transaction: Transaction,
  at: { companyId: number; contactId: number; whatsappId: number },
  { mode, queueId, preview }: { mode: MessageTicketMode; queueId: number | null; preview: string | ((protocol: number | null) => string) },
): Promise<PickedTicket> {
  const active = await lockActiveTicketOf(transaction, at);
  if (active !== undefined) return { ticketId: active.id, ticketCreated: false, protocol: active.protocol };
  const closed = mode === 'log' ? (await latestClosedTicketOf(transaction, at))?.id : undefined;
  if (closed !== undefined) return { ticketId: closed, ticketCreated: false, protocol: null };
  const status = mode === 'open' ? 'pending' : 'closed';
  const previewFor = (protocol: number | null) => (typeof preview === 'string' ? preview : preview(protocol));
  const created = await insertCampaignTicket(transaction, { ...at, queueId, status, preview: previewFor(null) });
  if (created === undefined) throw new Error(`contact ${at.contactId}: a ticket appeared while opening one`);
  const protocol = status === 'pending' ? created.protocol : null;
  if (protocol !== null && previewFor(protocol) !== previewFor(null)) await setCampaignTicketPreview(transaction, created.id, previewFor(protocol));
  return { ticketId: created.id, ticketCreated: status === 'pending', protocol };
}
