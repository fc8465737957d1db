import { ctx } from '../../context.js';
import type { UserRecord } from '../../db/users.js';
import { logger } from '../../lib/logger.js';
import { visibleTicket } from '../tickets/visibleTicket.js';

export type ChatPresenceAction = 'subscribe' | 'composing' | 'paused';

/**
 * The attendant's side of presence (issue 17): `subscribe` asks WhatsApp for the customer's typing and
 * online state when a chat is opened; `composing` / `paused` show the customer "digitando…" while the
 * attendant writes (the browser throttles). Only for a ticket the actor may see (404 otherwise, the
 * history's rule); typing only in an open ticket. Best effort, like WhatsApp's own: with the connection
 * down, or the ticket not open, nothing is sent and nothing is refused (a presence is worth nothing later).
 */
export async function sendChatPresence(actor: UserRecord, ticketId: number, action: ChatPresenceAction): Promise<void> {
  const ticket = await visibleTicket(actor, ticketId);
  if (ticket.status === 'closed' || ticket.whatsappId === null) return;
  if (action !== 'subscribe' && ticket.status !== 'open') return;
  const sock = ctx().whatsappSessions.get(ticket.whatsappId)?.socket;
  if (!sock) return;
  const jid = `${ticket.contactNumber}@s.whatsapp.net`;
  try {
    if (action === 'subscribe') await sock.presenceSubscribe(jid);
    else await sock.sendPresenceUpdate(action, jid);
  } catch (err) {
    logger.warn('presence not sent', { ticketId, action, err: String(err) });
  }
}
