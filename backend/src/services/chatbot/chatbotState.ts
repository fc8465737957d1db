import type { Transaction } from 'sequelize';
import { storeChatbotState, storedChatbotState } from '../../db/chatbot.js';
import { ctx } from '../../context.js';
import { startBotPhase } from '../../db/botPhase.js';
import type { TicketRow } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';

/**
 * Where a customer is in the menu: choosing a queue, or inside a queue's options at some level (the ticket is
 * then in that queue). null: the chatbot is done with the ticket — it waits for a person, and any lifecycle
 * step (applyTicketChange) or the chatbot timeout (expireMenus) brings it there.
 */
export type ChatbotState = { step: 'menu' } | { step: 'options'; queueId: number; parentId: number | null } | null;

export async function readChatbotState(ticketId: number): Promise<ChatbotState> {
  const state = (await storedChatbotState(ticketId)) as (ChatbotState & { sentAt?: string }) | null;
  if (state?.step === 'menu') return { step: 'menu' };
  if (state?.step === 'options') return { step: 'options', queueId: state.queueId, parentId: state.parentId ?? null };
  return null;
}

/** Saves the state with the time it was shown (the chatbot timeout counts from it); null leaves the menu. */
export async function writeChatbotState(ticketId: number, state: ChatbotState, transaction?: Transaction): Promise<void> {
  await storeChatbotState(ticketId, state, transaction);
}

/**
 * The chatbot lets go of a ticket that waits in a queue (its options answered there): the AI agent of the
 * queue takes the conversation over when there is one (the bot phase starts, in the same transaction);
 * otherwise distribution, held back while the customer was in the options, may now give it to someone.
 */
export async function releaseToQueue(ticket: TicketRow): Promise<void> {
  const started = await ctx().sequelize.transaction(async (transaction) => {
    await writeChatbotState(ticket.id, null, transaction);
    const row = await startBotPhase(transaction, ticket.companyId, ticket.id);
    // Its attendants saw it waiting in the queue while the customer walked the options: now it leaves their lists.
    if (row) domainEvents.publishAfterCommit(transaction, 'ticket.updated', { companyId: ticket.companyId, ticket: row, previous: ticket });
    return row !== undefined;
  });
  if (!started) domainEvents.publish('ticket.botReleased', { companyId: ticket.companyId, ticketId: ticket.id });
}
