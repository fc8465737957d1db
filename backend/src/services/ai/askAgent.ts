import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { AGENT_RESPONSE_FORMAT, readAgentAnswer, type AgentAnswer } from '../../ai/agentAnswer.js';
import { chat, type TokenUsage } from '../../ai/client.js';
import { agentMessages, newCanary, repairMessages } from '../../ai/replyPrompt.js';
import type { AiAgentRecord } from '../../db/aiAgents.js';
import type { PromptMessage } from '../../db/botPhase.js';
import { AppError } from '../../errors/AppError.js';
import { logger } from '../../lib/logger.js';

export type AskFailure = 'endpointError' | 'timeout' | 'malformed';

/** The model's usable answer, or why there is none; `canary` is the one its system message carried (the guard looks for it). */
export type AskResult = { answer: AgentAnswer; canary: string } | { failure: AskFailure; canary: string };

/** What the calls are for, as their usage rows record it: a customer's ticket, or the admin's playground. */
type AskPurpose = { purpose: 'reply'; ticketId: number } | { purpose: 'test'; ticketId: null };

// Servers that refused `response_format: json_schema` (an older Ollama, a proxy): asked for JSON in the text
// only from then on, in this process. Keyed by agent, since each agent has its own endpoint.
const withoutStructuredOutputs = new Set<number>();

const refusesResponseFormat = (err: unknown) => err instanceof AppError && (err.details as { providerStatus?: number } | undefined)?.providerStatus === 400;

/** One completion: structured outputs where the server takes them, JSON in the text otherwise. Each answered call stores its tokens (chat()). */
async function complete(agent: AiAgentRecord, usage: AskPurpose, messages: ChatCompletionMessageParam[]): Promise<{ text: string; usage: TokenUsage }> {
  if (withoutStructuredOutputs.has(agent.id)) return chat(agent, messages, usage);
  try {
    return await chat(agent, messages, { ...usage, request: { response_format: AGENT_RESPONSE_FORMAT } });
  } catch (err) {
    if (!refusesResponseFormat(err)) throw err;
    withoutStructuredOutputs.add(agent.id);
    logger.info('AI endpoint refused a json_schema response_format; asking for JSON in the text', { aiAgentId: agent.id });
    return chat(agent, messages, usage);
  }
}

// The endpoint refused or failed (ai/callErrors.ts), or its key cannot be opened here (ai/agentApiKey.ts).
const ENDPOINT_FAILURES = new Set(['ERR_AI_ENDPOINT', 'ERR_AI_AUTH', 'ERR_AI_KEY_UNREADABLE', 'ERR_AI_SECRET_KEY_MISSING']);

function failureOf(err: unknown): AskFailure {
  if (err instanceof AppError && err.code === 'ERR_AI_TIMEOUT') return 'timeout';
  if (err instanceof AppError && ENDPOINT_FAILURES.has(err.code)) return 'endpointError';
  throw err; // not the endpoint's doing (the database, a bug): the job fails and Bull retries it
}

/** The model's answer; or, when it answered twice with something else than the JSON asked for, that last text. */
export type ModelAnswer = ({ answer: AgentAnswer } | { unusable: string }) & { usage: TokenUsage };

/**
 * The model's answer to `messages` (replyPrompt.ts): an answer that is not the JSON asked for gets one repair
 * attempt (the same request, the answer, what was wrong). The SDK's own retries (429, 5xx, timeouts: 3
 * attempts in all) come first: an endpoint failure thrown here (AppError) is the endpoint's last word.
 * `usage` is what the calls cost together. The inbound step (askAgent) and the admin's playground
 * (testAiAgent) both ask through here, so the playground answers what customers would get.
 */
export async function askModel(agent: AiAgentRecord, messages: ChatCompletionMessageParam[], purpose: AskPurpose): Promise<ModelAnswer> {
  const first = await complete(agent, purpose, messages);
  const read = readAgentAnswer(first.text);
  if ('answer' in read) return { answer: read.answer, usage: first.usage };
  // The problem names fields and rules, never the answer's text.
  logger.warn('AI answer unusable; asking once more', { ticketId: purpose.ticketId, aiAgentId: agent.id, problem: read.problem });
  const second = await complete(agent, purpose, repairMessages(messages, first.text, read.problem));
  const usage = {
    promptTokens: first.usage.promptTokens + second.usage.promptTokens,
    completionTokens: first.usage.completionTokens + second.usage.completionTokens,
  };
  const again = readAgentAnswer(second.text);
  if ('answer' in again) return { answer: again.answer, usage };
  logger.warn('AI answer unusable twice', { ticketId: purpose.ticketId, aiAgentId: agent.id, problem: again.problem });
  return { unusable: second.text, usage };
}

/**
 * Asks the agent's model for its answer to a ticket's conversation: system message, then the conversation
 * with roles (replyPrompt.ts); a second unusable answer is `malformed`, an endpoint that failed is
 * `endpointError` or `timeout` (askModel).
 */
export async function askAgent(agent: AiAgentRecord, ticketId: number, conversation: readonly PromptMessage[]): Promise<AskResult> {
  const canary = newCanary();
  try {
    const asked = await askModel(agent, agentMessages(agent, conversation, canary), { purpose: 'reply', ticketId });
    return 'answer' in asked ? { answer: asked.answer, canary } : { failure: 'malformed', canary };
  } catch (err) {
    return { failure: failureOf(err), canary };
  }
}
