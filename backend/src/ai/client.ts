import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { ctx } from '../context.js';
import type { AiAgentRecord } from '../db/aiAgents.js';
import { insertAiUsage, type AiUsagePurpose } from '../db/aiUsage.js';
import { openAgentApiKey } from './agentApiKey.js';
import { aiCallFailed } from './callErrors.js';

// The one way Atende talks to a model: the `openai` SDK (named by the customer) against the agent's
// OpenAI-compatible endpoint — OpenAI itself, or Ollama, vLLM, LM Studio, OpenRouter.

/** Attempts after the first: a 429/5xx/timeout is tried 3 times in all, as the inbound step's handoff expects. */
const MAX_RETRIES = 2;

/**
 * fetch that reports the SDK's own timeout as an AbortError of this realm. The SDK tells a timeout from
 * other connection failures by the error's name; under jest's vm the AbortError that fetch throws comes from
 * another realm and loses it, so a timeout would read as "unreachable". Harmless in production.
 */
const fetchReportingTimeouts: typeof fetch = async (input, init) => {
  try {
    return await fetch(input, init);
  } catch (err) {
    if (init?.signal?.aborted) throw Object.assign(new Error('Request timed out'), { name: 'AbortError' });
    throw err;
  }
};

/**
 * A client for one agent. Everything is explicit, so that nothing of this process's environment reaches an
 * endpoint an admin configured (the SDK would otherwise read OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID
 * and OPENAI_ADMIN_KEY): an agent without a key sends no Authorization header at all. Its own logging is off:
 * its messages may quote the provider's error text (a 401's holds part of the key); callErrors.ts logs what
 * is safe instead.
 */
export function clientFor(agent: Pick<AiAgentRecord, 'companyId' | 'baseUrl' | 'apiKeyEncrypted'>): OpenAI {
  const apiKey = openAgentApiKey(agent);
  return new OpenAI({
    baseURL: agent.baseUrl,
    apiKey: apiKey ?? 'no-key',
    ...(apiKey === null && { defaultHeaders: { Authorization: null } }),
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    timeout: ctx().config.ai.timeoutMs,
    maxRetries: MAX_RETRIES,
    logLevel: 'off',
    fetch: fetchReportingTimeouts,
  });
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatOptions {
  /** What the call is for, and the ticket it served, as the usage row records them. */
  purpose: AiUsagePurpose;
  ticketId?: number | null;
  /** Extra request fields (response_format, max_completion_tokens…); model, messages and temperature are the agent's. */
  request?: Partial<Omit<ChatCompletionCreateParamsNonStreaming, 'model' | 'messages' | 'stream'>>;
}

/**
 * One chat completion with the agent's model and temperature. Every answered call stores its tokens as the
 * endpoint reported them (AiUsage). Failures become AppErrors with stable codes (callErrors.ts), whose
 * messages never carry the provider's text.
 */
export async function chat(agent: AiAgentRecord, messages: ChatCompletionMessageParam[], options: ChatOptions): Promise<{ text: string; usage: TokenUsage }> {
  const client = clientFor(agent);
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await client.chat.completions.create({ ...options.request, model: agent.model, temperature: agent.temperature, messages, stream: false });
  } catch (err) {
    throw aiCallFailed(err, { aiAgentId: agent.id, purpose: options.purpose });
  }
  const usage = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
  await insertAiUsage({
    companyId: agent.companyId,
    aiAgentId: agent.id,
    ticketId: options.ticketId ?? null,
    purpose: options.purpose,
    model: agent.model,
    ...usage,
  });
  return { text: completion.choices[0]?.message.content ?? '', usage };
}

/** The model ids the endpoint lists (GET {baseUrl}/models): "test connection" with the agent's key. */
export async function listModels(agent: AiAgentRecord): Promise<string[]> {
  const ids: string[] = [];
  try {
    for await (const model of clientFor(agent).models.list()) {
      ids.push(model.id);
      if (ids.length >= 1000) break;
    }
  } catch (err) {
    throw aiCallFailed(err, { aiAgentId: agent.id, purpose: 'models' });
  }
  return ids.sort();
}
