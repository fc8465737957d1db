import { ctx } from '../../context.js';
import { agentAnswers } from '../../db/botPhase.js';
import type { TicketRow } from '../../db/tickets.js';
import { applyTicketChange } from '../tickets/applyTicketChange.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { writeChatbotState, type ChatbotState } from './chatbotState.js';

/**
 * The menu's decision, written like any other step of the ticket's life (logged, announced): into a queue
 * (pending, where distribution takes over — unless `next` keeps the customer in its options, which holds
 * distribution back), out of it (back to choosing a queue), or straight to an attendant. Only while the
 * ticket still waits, unowned, where the menu last put it; null when something else moved it meanwhile.
 */
export function fileTicket(ticket: TicketRow, to: { queueId: number | null; userId?: number | null }, next: ChatbotState = null): Promise<TicketRow | null> {
  return ctx().sequelize.transaction(async (transaction) => {
    // An option that names an attendant who has since been deactivated, or who is paused (on a break they get
    // nothing new, issue 17), files the ticket in the queue instead: pending there, distribution then applies.
    const userId = to.userId != null && (await lockActiveUser(transaction, ticket.companyId, to.userId, { available: true })) ? to.userId : null;
    // The menu runs first; the AI agent of the queue (or the connection) takes the conversation over where the
    // menu leaves it waiting in a queue for people: its bot phase starts with the filing, in the same statement,
    // so distribution never offers the ticket to attendants meanwhile. Not while the customer is still in the
    // queue's options (`next`): the phase starts when they are done (releaseToQueue).
    const botActive =
      userId === null &&
      next === null &&
      (await agentAnswers(transaction, { companyId: ticket.companyId, queueId: to.queueId, whatsappId: ticket.whatsappId }));
    // applyTicketChange ends any menu step; the next one is written in the same transaction, before the
    // ticket.updated event lets distribution look at the ticket.
    const filed = await applyTicketChange(transaction, {
      before: ticket,
      actorId: null,
      action: 'transferred',
      change: { status: userId === null ? 'pending' : 'open', userId, queueId: to.queueId, botActive },
      guard: { status: 'pending', userId: null, queueId: ticket.queueId },
    });
    if (filed && next) await writeChatbotState(ticket.id, next, transaction);
    return filed;
  });
}
