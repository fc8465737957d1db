import { domainEvents } from '../../events/bus.js';
import { KeyedQueue } from '../../lib/keyedQueue.js';
import { logger } from '../../lib/logger.js';
import { optOutCustomer } from './optOutCustomer.js';

// One message at a time per contact, in the order they were stored: "sair" twice is looked at twice, in turn
// (the conditional UPDATE would keep the confirmation single anyway; the order keeps the log readable).
const steps = new KeyedQueue();

/** Resolves once every customer message seen so far has been looked at (tests: "the opt-out step had its chance"). */
export function optOutSettled(): Promise<void> {
  return steps.settled();
}

/**
 * The opt-out step of the inbound pipeline: every text a customer writes (never Atende's own, nor media) is
 * compared with the company's opt-out keywords once it is stored. It runs beside the chatbot and the AI step,
 * which stay silent on such a message (runChatbot.ts, subscribeAiStep.ts): the customer gets the confirmation,
 * not also a menu or an AI answer to "SAIR". The ticket is left as it is, whoever has it.
 */
export function subscribeOptOut(): () => void {
  let stopped = false;
  const off = domainEvents.subscribe('message.created', ({ companyId, contact, ticket, message }) => {
    if (stopped || message.fromMe || message.mediaType !== 'text' || !message.body.trim()) return;
    return steps.run(String(contact.id), async () => {
      if (stopped) return; // shutting down: the message is stored, an attendant will see it
      await optOutCustomer({ companyId, ticketId: ticket.id, contactId: contact.id, body: message.body }).catch((err: unknown) => {
        if (!stopped) logger.error('opt-out step failed', { companyId, ticketId: ticket.id, err: String(err) });
      });
    });
  });
  return () => {
    stopped = true;
    off();
  };
}
