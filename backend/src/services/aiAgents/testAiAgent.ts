import type { AiAgentTestView, AiChatMessage } from '@atende/contract';
import { handoffKeywordIn } from '../../ai/handoffKeywords.js';
import { agentMessages, customerTurn, messageText, newCanary } from '../../ai/replyPrompt.js';
import { replyVerdict } from '../../ai/replyVerdict.js';
import type { PromptMessage } from '../../db/botPhase.js';
import { askModel } from '../ai/askAgent.js';
import { requireAiBudget } from '../ai/requireAiBudget.js';
import { findAiAgentInCompany } from './findAiAgentInCompany.js';

/** The typed conversation as the inbound step reads a ticket's: the admin writes as the customer (`user`). */
const asTicketConversation = (messages: readonly AiChatMessage[]): PromptMessage[] =>
  messages.map((m, i) => ({ id: String(i + 1), fromMe: m.role === 'assistant', body: m.content, mediaType: 'chat', transcript: null }));

/**
 * The admin's playground: the conversation typed in the form goes to the agent's endpoint exactly as a
 * customer's would (the same system message — prompt, knowledge, canary, answer format —, the agent's
 * history window, structured outputs and the repair attempt: askModel), without a ticket; and the answer says
 * what the inbound step would do with it (replyVerdict), so an admin sees "a person would take over, because…"
 * before a customer does. A handoff keyword in the last message passes the ticket on without asking the model,
 * as it does for customers. A disabled agent can be tried too (that is how an admin gets it right before
 * switching it on). Its tokens count against the company's monthly budget, and once that is used up it is
 * refused (409).
 */
export async function testAiAgent(input: { companyId: number; aiAgentId: number; messages: AiChatMessage[] }): Promise<AiAgentTestView> {
  const agent = await findAiAgentInCompany(input.companyId, input.aiAgentId);
  await requireAiBudget(input.companyId);
  const conversation = asTicketConversation(input.messages).slice(-agent.historyWindow);
  const keyword = handoffKeywordIn(customerTurn(conversation).map(messageText).join('\n'), agent.handoffKeywords);
  if (keyword) {
    return { reply: '', usage: { promptTokens: 0, completionTokens: 0 }, intent: null, confidence: null, handoff: { cause: 'keyword', detail: keyword } };
  }
  const canary = newCanary();
  const asked = await askModel(agent, agentMessages(agent, conversation, canary), { purpose: 'test', ticketId: null });
  if ('unusable' in asked) return { reply: asked.unusable, usage: asked.usage, intent: null, confidence: null, handoff: { cause: 'malformed', detail: null } };
  const { answer, usage } = asked;
  const verdict = replyVerdict(agent, answer, canary);
  // A reply the guard refused is not shown either: it may repeat the agent's key, which the API never gives back.
  const reply = verdict?.handOff === 'guard' ? '' : answer.reply;
  const handoff = verdict && { cause: verdict.handOff, detail: verdict.handOff === 'guard' ? verdict.refusal : verdict.detail };
  return { reply, usage, intent: answer.intent, confidence: answer.confidence, handoff };
}
