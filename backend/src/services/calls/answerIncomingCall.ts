import { botSend } from '../chatbot/botSend.js';
import { getSettings } from '../settings/getSettings.js';
import { loadTicket } from '../tickets/loadTicket.js';

/**
 * Tells a caller that calls are not taken here (callAutoReplyEnabled, off by default; callAutoReplyMessage,
 * {{variables}} as in quick replies), as an automatic message of the ticket the call was stored in, queued like
 * any reply. Once per call: the caller of a redelivered offer never gets here (the call's row exists already).
 */
export async function answerIncomingCall(companyId: number, ticketId: number): Promise<boolean> {
  const settings = await getSettings(companyId);
  if (!settings.callAutoReplyEnabled) return false;
  const ticket = await loadTicket(companyId, ticketId);
  if (ticket.status === 'closed') return false;
  return botSend(ticket, settings.callAutoReplyMessage);
}
