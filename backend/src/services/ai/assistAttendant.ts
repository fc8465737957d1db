import type { AssistKind, AssistLanguage } from '../../ai/assistPrompt.js';
import { assistMessages } from '../../ai/assistPrompt.js';
import { chat } from '../../ai/client.js';
import { findAgentFor, findAiAgent, type AiAgentRecord } from '../../db/aiAgents.js';
import { recentConversation } from '../../db/aiConversation.js';
import type { TicketRow } from '../../db/tickets.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { getSetting } from '../settings/getSettings.js';
import { visibleTicket } from '../tickets/visibleTicket.js';
import { requireAiBudget } from './requireAiBudget.js';

export interface AssistAttendantInput {
  actor: UserRecord;
  ticketId: number;
  kind: AssistKind;
  /** The summary's language (the attendant's); a suggested reply is in the customer's. */
  language?: AssistLanguage;
}

/** How many of the last messages a summary reads: more than a reply needs (the agent's history window). */
const SUMMARY_WINDOW = 50;

/**
 * The agent that assists on a ticket: the one that answers there (the queue's, else the connection's, enabled),
 * else the company's assist agent (setting `aiAssistAgentId`), if it is still there and enabled.
 */
async function assistAgentOf(ticket: TicketRow): Promise<AiAgentRecord | undefined> {
  const answering = await findAgentFor(ticket.companyId, { whatsappId: ticket.whatsappId, queueId: ticket.queueId });
  if (answering) return answering;
  const fallback = await getSetting(ticket.companyId, 'aiAssistAgentId');
  const agent = fallback === null ? undefined : await findAiAgent(ticket.companyId, fallback);
  return agent?.enabled ? agent : undefined;
}

/**
 * The attendant's assist in the chat: a draft of the next reply ("Sugerir resposta", usage purpose `assist`) or
 * a summary of the conversation ("Resumir conversa", purpose `summary`), from the ticket's agent. It returns
 * text to the attendant and sends nothing to anyone: the draft goes into the composer, where the attendant
 * edits it and decides. Whoever may see the ticket may ask (404 otherwise, like every ticket access); the
 * endpoint's failures are the playground's errors (ERR_AI_AUTH, ERR_AI_ENDPOINT, ERR_AI_TIMEOUT).
 */
export async function assistAttendant({ actor, ticketId, kind, language = 'pt-BR' }: AssistAttendantInput): Promise<{ text: string }> {
  const ticket = await visibleTicket(actor, ticketId);
  const agent = await assistAgentOf(ticket);
  if (!agent) throw AppError.conflict('ERR_AI_NO_AGENT', 'No AI agent answers on this ticket’s queue or connection, and the company has no assist agent');
  await requireAiBudget(actor.companyId);
  const conversation = await recentConversation(ticket.id, kind === 'summary' ? SUMMARY_WINDOW : agent.historyWindow);
  if (conversation.length === 0) throw AppError.conflict('ERR_AI_EMPTY_CONVERSATION', 'The conversation has no messages yet');
  const { text } = await chat(agent, assistMessages(kind, agent, conversation, language), {
    purpose: kind === 'suggest' ? 'assist' : 'summary',
    ticketId: ticket.id,
  });
  if (!text.trim()) throw new AppError('ERR_AI_ENDPOINT', 502, 'The AI endpoint answered with nothing', { reason: 'empty' });
  return { text: text.trim() };
}
