import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { runChatbot } from './RunChatbotService.js';

/** The bot answers customers' messages (never Atende's own) on tickets no attendant has. */
export function subscribeChatbot(): () => void {
  let stopped = false;
  const off = domainEvents.subscribe('message.created', ({ companyId, whatsappId, ticket, message, ticketCreated }) => {
    if (stopped) return;
    // Customers talking to an attendant, or already filed in a queue, are not the bot's: skip without a query.
    if (message.fromMe || ticket.userId !== null || (ticket.queueId !== null && !ticketCreated)) return;
    return runChatbot({ companyId, whatsappId, ticketId: ticket.id, body: message.body, ticketCreated }).catch((err: unknown) => {
      if (!stopped) logger.error('chatbot step failed', { ticketId: ticket.id, err: String(err) });
    });
  });
  return () => {
    stopped = true;
    off();
  };
}

/**
 * A customer who never answers the menu is not left in it forever: after the company's chatbot timeout
 * the ticket leaves the menu and waits in pending for a person.
 */
export async function expireMenus(now = new Date()): Promise<number> {
  const rows = await ctx().sequelize.query(
    `UPDATE "Tickets" t SET "chatbotState" = NULL
     WHERE t."chatbotState" IS NOT NULL AND (t."chatbotState"->>'sentAt')::timestamptz < :now::timestamptz - make_interval(mins => COALESCE(
       (SELECT (value #>> '{}')::int FROM "Settings" s WHERE s."companyId" = t."companyId" AND s.key = 'chatbotTimeoutMinutes'), 30))
     RETURNING t.id`,
    { replacements: { now: now.toISOString() }, type: QueryTypes.SELECT },
  );
  return rows.length;
}
