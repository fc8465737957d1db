import { ctx } from '../context.js';
import type { AiAgentRecord } from '../db/aiAgents.js';
import { AppError } from '../errors/AppError.js';
import { openSecret, sealSecret, SecretUnreadableError } from '../lib/secretBox.js';

// An agent's API key crosses this file only: sealed before it reaches the database, opened only to build the
// client that calls the endpoint (ai/client.ts). Sealed values are bound to their company (secretBox's
// context), so a sealed key copied into another company's agent does not open.

const contextOf = (companyId: number) => `AiAgents.apiKey:company:${companyId}`;

function installKey(): string {
  const key = ctx().config.ai.secretKey;
  // Refused rather than stored in plain text: an operator who has not set AI_SECRET_KEY (an install from before
  // the AI agents, a hand-made .env) learns it here, and agents without a key (a local Ollama) still work.
  if (!key) {
    throw new AppError('ERR_AI_SECRET_KEY_MISSING', 409, 'This installation has no AI_SECRET_KEY, so it cannot store API keys (install.sh generates one)');
  }
  return key;
}

/** What "apiKeyEncrypted" gets for an API key given by an admin: sealed, or null when the key is removed. */
export function sealAgentApiKey(companyId: number, apiKey: string | null): string | null {
  return apiKey === null ? null : sealSecret(apiKey, installKey(), contextOf(companyId));
}

/** The agent's API key in plain text, for the request only; null when the endpoint needs none. */
export function openAgentApiKey(agent: Pick<AiAgentRecord, 'companyId' | 'apiKeyEncrypted'>): string | null {
  if (agent.apiKeyEncrypted === null) return null;
  try {
    return openSecret(agent.apiKeyEncrypted, installKey(), contextOf(agent.companyId));
  } catch (err) {
    if (!(err instanceof SecretUnreadableError)) throw err;
    // AI_SECRET_KEY changed (a restore without the backup's .env, a new install): the key must be typed again.
    throw new AppError('ERR_AI_KEY_UNREADABLE', 409, 'The stored API key cannot be read with this installation’s AI_SECRET_KEY: type it again');
  }
}
