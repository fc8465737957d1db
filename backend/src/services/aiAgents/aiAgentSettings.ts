import type { AiAgentFields } from '../../db/aiAgents.js';
import { sealAgentApiKey } from '../../ai/agentApiKey.js';

/** What an admin sends: every field of an agent, with the API key in plain text (null removes it). */
export type AiAgentSettings = Partial<Omit<AiAgentFields, 'apiKeyEncrypted'>> & { apiKey?: string | null };

/** The columns to write: the key sealed when one is given, untouched when omitted (undefined). */
export function aiAgentColumns(companyId: number, { apiKey, ...fields }: AiAgentSettings): Partial<AiAgentFields> {
  return apiKey === undefined ? fields : { ...fields, apiKeyEncrypted: sealAgentApiKey(companyId, apiKey) };
}
