import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { optOutCustomer } from './optOutCustomer.js';

/**
 * The opt-out step of the inbound pipeline: every text a customer writes (never Atende's own, nor media) is
 * compared with the company's opt-out keywords once it is stored. It runs beside the chatbot and the AI step,
 * which stay silent on such a message (runChatbot.ts, subscribeAiStep.ts): the customer gets the confirmation,
 * not also a menu or an AI answer to "SAIR".
 */
export function subscribeOptOut(): () => void {
  let stopped = false;
  const off = domainEvents.subscribe('message.created', async ({ companyId, contact, ticket, message }) => {
    if (stopped || message.fromMe || message.mediaType !== 'text' || !message.body.trim()) return;
    await optOutCustomer({ companyId, ticketId: ticket.id, contactId: contact.id, body: message.body }).catch((err: unknown) => {
      if (!stopped) logger.error('opt-out step failed', { companyId, ticketId: ticket.id, err: String(err) });
    });
  });
  return () => {
    stopped = true;
    off();
  };
}
