import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { AGENT_RESPONSE_FORMAT, readAgentAnswer, type AgentAnswer } from '../../ai/agentAnswer.js';
import { chat } from '../../ai/client.js';
import { agentMessages, newCanary, repairMessages } from '../../ai/replyPrompt.js';
import type { AiAgentRecord } from '../../db/aiAgents.js';
import type { PromptMessage } from '../../db/botPhase.js';
import { AppError } from '../../errors/AppError.js';
import { logger } from '../../lib/logger.js';

export type AskFailure = 'endpointError' | 'timeout' | 'malformed';

/** The model's usable answer, or why there is none; `canary` is the one its system message carried (the guard looks for it). */
export type AskResult = { answer: AgentAnswer; canary: string } | { failure: AskFailure; canary: string };

// Servers that refused `response_format: json_schema` (an older Ollama, a proxy): asked for JSON in the text
// only from then on, in this process. Keyed by agent, since each agent has its own endpoint.
const withoutStructuredOutputs = new Set<number>();

const refusesResponseFormat = (err: unknown) => err instanceof AppError && (err.details as { providerStatus?: number } | undefined)?.providerStatus === 400;

/** One completion: structured outputs where the server takes them, JSON in the text otherwise. Each answered call stores its tokens (chat()). */
async function complete(agent: AiAgentRecord, ticketId: number, messages: ChatCompletionMessageParam[]): Promise<string> {
  const usage = { purpose: 'reply' as const, ticketId };
  if (withoutStructuredOutputs.has(agent.id)) return (await chat(agent, messages, usage)).text;
  try {
    return (await chat(agent, messages, { ...usage, request: { response_format: AGENT_RESPONSE_FORMAT } })).text;
  } catch (err) {
    if (!refusesResponseFormat(err)) throw err;
    withoutStructuredOutputs.add(agent.id);
    logger.info('AI endpoint refused a json_schema response_format; asking for JSON in the text', { aiAgentId: agent.id });
    return (await chat(agent, messages, usage)).text;
  }
}

// The endpoint refused or failed (ai/callErrors.ts), or its key cannot be opened here (ai/agentApiKey.ts).
const ENDPOINT_FAILURES = new Set(['ERR_AI_ENDPOINT', 'ERR_AI_AUTH', 'ERR_AI_KEY_UNREADABLE', 'ERR_AI_SECRET_KEY_MISSING']);

function failureOf(err: unknown): AskFailure {
  if (err instanceof AppError && err.code === 'ERR_AI_TIMEOUT') return 'timeout';
  if (err instanceof AppError && ENDPOINT_FAILURES.has(err.code)) return 'endpointError';
  throw err; // not the endpoint's doing (the database, a bug): the job fails and Bull retries it
}

/**
 * Asks the agent's model for its answer to the conversation: system message, then the conversation with roles
 * (replyPrompt.ts). An answer that is not the JSON asked for gets one repair attempt (the same request, the
 * answer, what was wrong); a second unusable one is `malformed`. The SDK's own retries (429, 5xx, timeouts:
 * 3 attempts in all) come first: a failure here is the endpoint's last word.
 */
export async function askAgent(agent: AiAgentRecord, ticketId: number, conversation: readonly PromptMessage[]): Promise<AskResult> {
  const canary = newCanary();
  const messages = agentMessages(agent, conversation, canary);
  try {
    const first = await complete(agent, ticketId, messages);
    const read = readAgentAnswer(first);
    if ('answer' in read) return { answer: read.answer, canary };
    // The problem names fields and rules, never the answer's text.
    logger.warn('AI answer unusable; asking once more', { ticketId, aiAgentId: agent.id, problem: read.problem });
    const again = readAgentAnswer(await complete(agent, ticketId, repairMessages(messages, first, read.problem)));
    if ('answer' in again) return { answer: again.answer, canary };
    logger.warn('AI answer unusable twice', { ticketId, aiAgentId: agent.id, problem: again.problem });
    return { failure: 'malformed', canary };
  } catch (err) {
    return { failure: failureOf(err), canary };
  }
}
