import type { AiAgentRecord } from '../db/aiAgents.js';
import { openAgentApiKey } from './agentApiKey.js';
import type { AgentAnswer } from './agentAnswer.js';
import { guardReply, type GuardRefusal } from './guard.js';

// Whether the model's answer goes to the customer or the ticket goes to a person — the one rule, read by the
// inbound AI step (services/ai/answerCustomer.ts) and by the admin's playground (services/aiAgents/testAiAgent.ts),
// so what an admin tries is what a customer would get.

/** Why an answer is not sent: the model handed over, it was less sure than the agent's threshold, or the guard refused the reply. */
export type ReplyHandOff =
  { handOff: 'model'; detail: string | null } | { handOff: 'lowConfidence'; detail: string } | { handOff: 'guard'; detail: null; refusal: GuardRefusal };

/** Null when the reply may be sent; otherwise why a person takes over. `canary` is the one the request's system message carried. */
export function replyVerdict(
  agent: Pick<AiAgentRecord, 'confidenceThreshold' | 'systemPrompt' | 'knowledge' | 'companyId' | 'apiKeyEncrypted'>,
  answer: AgentAnswer,
  canary: string,
): ReplyHandOff | null {
  if (answer.handoff) return { handOff: 'model', detail: answer.handoffReason };
  if (answer.confidence < agent.confidenceThreshold) return { handOff: 'lowConfidence', detail: answer.confidence.toFixed(2) };
  const refusal = guardReply(answer.reply, { canary, systemPrompt: agent.systemPrompt, knowledge: agent.knowledge, apiKey: openAgentApiKey(agent) });
  return refusal ? { handOff: 'guard', detail: null, refusal } : null;
}
