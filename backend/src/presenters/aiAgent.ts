import type { AiAgentView } from '@atende/contract';
import type { AiAgentRecord } from '../db/aiAgents.js';
import { iso } from '../db/sql.js';

/** Never the key, sealed or not: only whether there is one. */
export function presentAiAgent(agent: AiAgentRecord): AiAgentView {
  return {
    id: agent.id,
    companyId: agent.companyId,
    name: agent.name,
    baseUrl: agent.baseUrl,
    hasApiKey: agent.apiKeyEncrypted !== null,
    model: agent.model,
    systemPrompt: agent.systemPrompt,
    knowledge: agent.knowledge,
    temperature: agent.temperature,
    historyWindow: agent.historyWindow,
    maxTurns: agent.maxTurns,
    handoffMessage: agent.handoffMessage,
    handoffKeywords: agent.handoffKeywords,
    confidenceThreshold: agent.confidenceThreshold,
    transcribeAudio: agent.transcribeAudio,
    transcriptionModel: agent.transcriptionModel,
    enabled: agent.enabled,
    createdAt: iso(agent.createdAt),
    updatedAt: iso(agent.updatedAt),
  };
}
