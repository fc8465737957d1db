import type { Transaction } from 'sequelize';
import { storeChatbotState, storedChatbotState } from '../../db/chatbot.js';
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
 * The chatbot lets go of a ticket that waits in a queue (its options answered there, or timed out):
 * distribution, held back while the customer was in the options, may now give it to someone.
 */
export async function releaseToQueue(ticket: { id: number; companyId: number }): Promise<void> {
  await writeChatbotState(ticket.id, null);
  domainEvents.publish('ticket.botReleased', { companyId: ticket.companyId, ticketId: ticket.id });
}
