import { expireChatbotMenus } from '../../db/chatbot.js';
import { domainEvents } from '../../events/bus.js';
import { KeyedQueue } from '../../lib/keyedQueue.js';
import { logger } from '../../lib/logger.js';
import { forgetChatbotData } from './chatbotData.js';
import { runChatbot } from './runChatbot.js';

// One turn at a time per ticket: a customer who answers "2" and then "1" at once gets the options of 2, then
// the choice of 1 — never both read against the same step.
const turns = new KeyedQueue();

/** Resolves when the answers to the customer messages seen so far have been written (tests, shutdown). */
export function chatbotSettled(): Promise<void> {
  return turns.settled();
}

/**
 * The bot answers customers' messages (never Atende's own) on tickets no attendant has: the menu, and the
 * out-of-hours notice for those waiting for a person.
 */
export function subscribeChatbot(): () => void {
  let stopped = false;
  const off = domainEvents.subscribe('message.created', ({ companyId, whatsappId, ticket, message, ticketCreated }) => {
    if (stopped) return;
    // Customers talking to an attendant are not the bot's: skip without a query. A new ticket is always looked
    // at (distribution may have given it to someone already, and it is still greeted). A ticket in the bot phase
    // is the AI agent's (services/ai/): no greeting, menu or out-of-hours notice beside its answers — the
    // agent's system prompt says hello, at any hour.
    if (message.fromMe || ticket.status === 'closed' || ticket.botActive || (ticket.userId !== null && !ticketCreated)) return;
    // A call is no answer to a menu (it would get "Opção inválida."); only a call that opened the ticket is greeted.
    if (message.mediaType === 'call' && !ticketCreated) return;
    return turns.run(String(ticket.id), async () => {
      if (stopped) return; // shutting down: the customer's message is stored, an attendant will see it
      await runChatbot({ companyId, whatsappId, ticketId: ticket.id, queueId: ticket.queueId, body: message.body, ticketCreated }).catch((err: unknown) => {
        if (!stopped) logger.error('chatbot step failed', { ticketId: ticket.id, err: String(err) });
      });
    });
  });
  // What the bot keeps of settings, queues and connections is forgotten as soon as an admin changes them.
  const edits = (['settings.updated', 'queue.created', 'queue.updated', 'queue.deleted', 'whatsapp.updated', 'whatsapp.deleted'] as const).map((name) =>
    domainEvents.subscribe(name, () => forgetChatbotData()),
  );
  return () => {
    stopped = true;
    off();
    edits.forEach((stop) => stop());
  };
}

/**
 * A customer who never answers the menu is not left in it forever: after the company's chatbot timeout
 * the ticket leaves the menu and waits in pending for a person — the bot does not greet or show the menu
 * again — and one left inside a queue's options is handed to that queue's distribution.
 */
export async function expireMenus(now = new Date()): Promise<number> {
  const rows = await expireChatbotMenus(now);
  for (const row of rows) if (row.queueId !== null) domainEvents.publish('ticket.botReleased', { companyId: row.companyId, ticketId: row.id });
  return rows.length;
}
