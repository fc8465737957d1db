import { handoffKeywordIn } from '../../ai/handoffKeywords.js';
import { customerTurn, messageText } from '../../ai/replyPrompt.js';
import { replyVerdict } from '../../ai/replyVerdict.js';
import { onlyUnheardSpeech } from '../../ai/spoken.js';
import type { AiBrief } from '../../ai/handoffSummary.js';
import type { AgentAnswer } from '../../ai/agentAnswer.js';
import { findAgentFor, type AiAgentRecord } from '../../db/aiAgents.js';
import { botTurnState, conversationUpTo, type BotTurnState } from '../../db/botPhase.js';
import { logger } from '../../lib/logger.js';
import { withRedisLock } from '../../lib/redisLock.js';
import { ctx } from '../../context.js';
import { rememberAnswer } from './aiBrief.js';
import { askAgent } from './askAgent.js';
import { budgetAllows } from './budgetAllows.js';
import { handOffTicket, type HandOff } from './handOffTicket.js';
import { aiReplyWid, sendAiReply } from './sendAiReply.js';
import { waitForTranscripts } from './waitForTranscripts.js';

/** One AI step job: answer the customer's message `messageId` on a ticket in its bot phase. */
export interface AiStepJob {
  companyId: number;
  ticketId: number;
  messageId: string;
}

/**
 * Whether the message still wants an answer from the AI: the ticket is in its bot phase, no later customer
 * message came (its own job answers the whole burst), and the reply to it is not stored yet (a retried job).
 */
function stillToAnswer(state: BotTurnState | undefined, messageId: string): state is BotTurnState {
  return state !== undefined && state.botActive && state.status !== 'closed' && state.latestCustomerMessageId === messageId && !state.answered;
}

const turnState = ({ companyId, ticketId, messageId }: AiStepJob) => botTurnState({ companyId, ticketId, replyWid: aiReplyWid(ticketId, messageId) });

/**
 * The AI step of the inbound pipeline, one job per customer message, run a moment after it (the debounce:
 * subscribeAiStep.ts) so that a burst gets one answer — the job of the last message of the burst. One turn at
 * a time per ticket, in every process (a Redis lock held while the model thinks), so answers follow the
 * conversation's order; tickets run in parallel.
 *
 * A voice note of the customer's turn that is still being transcribed is waited for first, so the model reads
 * its transcript (waitForTranscripts.ts). The turn: a handoff keyword in what the customer just wrote, the
 * agent's turn limit, the company's budget, or a turn of voice notes none of which could be transcribed pass
 * the ticket to people without asking the model; otherwise the model answers (askAgent.ts), and its
 * handoff, a confidence under the agent's threshold, an endpoint that failed or answered garbage twice, or a
 * reply the guard refuses pass it to people too. Only a reply that clears all of that is sent — and only if
 * the customer did not write again while the model was thinking (sendAiReply.ts): the next turn answers both.
 */
export async function answerCustomer({ companyId, ticketId, messageId }: AiStepJob): Promise<void> {
  const state = await turnState({ companyId, ticketId, messageId });
  if (!stillToAnswer(state, messageId)) return;
  // A voice note of this turn still being transcribed is waited for (outside the lock: nothing else of the
  // ticket's needs to wait); the turn then reads everything afresh.
  await waitForTranscripts(companyId, ticketId, messageId, state);
  // A turn waits for the ticket's previous one; the model may take (3 attempts × timeout) and backoff.
  const waitMs = 4 * ctx().config.ai.timeoutMs + 30_000;
  await withRedisLock(`ai-turn:${ticketId}`, () => takeTurn({ companyId, ticketId, messageId }), { waitMs });
}

/** What a turn comes to: a reply to send, or the people of the queue, with why; with the model's answer when it gave one (its lead). */
type Decision = { send: string; answer: AgentAnswer } | { handOff: HandOff['cause']; detail?: string | null; brief?: AiBrief; answer?: AgentAnswer };

async function decide({ companyId, ticketId, messageId }: AiStepJob, state: BotTurnState, agent: AiAgentRecord): Promise<Decision> {
  const conversation = await conversationUpTo(ticketId, messageId, agent.historyWindow);
  const keyword = handoffKeywordIn(customerTurn(conversation).map(messageText).join('\n'), agent.handoffKeywords);
  if (keyword) return { handOff: 'keyword', detail: keyword };
  if (state.aiTurns >= agent.maxTurns) return { handOff: 'maxTurns', detail: `${agent.maxTurns}` };
  if (!(await budgetAllows(companyId))) return { handOff: 'budget' };
  // Voice notes and nothing else, none of them transcribed (the transcription failed): the model would read
  // only "[voice]" and guess, so a person listens instead. A turn with some text is answered from the text.
  if (agent.transcribeAudio && onlyUnheardSpeech(customerTurn(conversation))) return { handOff: 'noTranscript' };

  const asked = await askAgent(agent, ticketId, conversation);
  if ('failure' in asked) return { handOff: asked.failure };
  const { answer } = asked;
  const brief = await rememberAnswer(ticketId, answer);
  const verdict = replyVerdict(agent, answer, asked.canary);
  if (verdict?.handOff === 'guard') {
    // The reason only: the refused text may hold exactly what must not leak.
    logger.warn('AI reply refused by the guard; not sent', { companyId, ticketId, aiAgentId: agent.id, reason: verdict.refusal });
  }
  if (verdict) return { handOff: verdict.handOff, detail: verdict.detail, brief, answer };
  return { send: answer.reply, answer };
}

async function takeTurn(job: AiStepJob): Promise<void> {
  const { companyId, ticketId, messageId } = job;
  const state = await turnState(job);
  if (!stillToAnswer(state, messageId)) return;
  // Read at every turn: an admin who edits or switches off the agent is heard at the next message.
  const agent = (await findAgentFor(companyId, { whatsappId: state.whatsappId, queueId: state.queueId })) ?? null;
  const decision: Decision = agent ? await decide(job, state, agent) : { handOff: 'noAgent' };
  if ('handOff' in decision) {
    await handOffTicket({ companyId, ticketId, agent, cause: decision.handOff, detail: decision.detail, brief: decision.brief, answer: decision.answer });
    return;
  }
  const sent = await sendAiReply({ companyId, ticketId, answering: messageId, body: decision.send, answer: decision.answer });
  if (sent !== 'sent') logger.debug('AI reply not sent', { companyId, ticketId, why: sent });
}
