import type { AiAgentView, AiChatMessage, Answer } from '@atende/contract';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

export type { AiAgentTestView, AiAgentView as AiAgent, AiChatMessage, AiTokenUsage } from '@atende/contract';

/**
 * What the form sends: every setting of an agent. The key is write-only: a string stores a new one, null
 * removes the stored one, and leaving it out keeps whatever is stored.
 */
export type AiAgentInput = Omit<AiAgentView, 'id' | 'companyId' | 'hasApiKey' | 'createdAt' | 'updatedAt'> & { apiKey?: string | null };

export const aiAgentsApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/ai-agents'>>('/api/ai-agents', { signal }).then((r) => r.aiAgents),
  create: (input: AiAgentInput) => api.post<Answer<'POST /api/ai-agents'>>('/api/ai-agents', input).then((r) => r.aiAgent),
  update: (id: number, input: AiAgentInput) => api.put<Answer<'PUT /api/ai-agents/:id'>>(`/api/ai-agents/${id}`, input).then((r) => r.aiAgent),
  remove: (id: number) => api.delete(`/api/ai-agents/${id}`),
  /** The playground: the agent's prompt and knowledge, then this conversation, against its endpoint. */
  test: (id: number, messages: AiChatMessage[]) => api.post<Answer<'POST /api/ai-agents/:id/test'>>(`/api/ai-agents/${id}/test`, { messages }),
  /** "Test connection": the models the endpoint serves, with the agent's saved address and key. */
  models: (id: number) => api.get<Answer<'GET /api/ai-agents/:id/models'>>(`/api/ai-agents/${id}/models`).then((r) => r.models),
};

/** The agents page and the pickers on the connection and queue forms share this list. */
export const aiAgentsKey = ['ai-agents'] as const;

/** Every agent of the company (a handful), in name order like the server. */
export function useAiAgentsList() {
  return useQuery({ queryKey: aiAgentsKey, queryFn: ({ signal }) => aiAgentsApi.list(signal) });
}

const byName = (a: AiAgentView, b: AiAgentView) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id;

export function upsertAiAgentInList(client: QueryClient, agent: AiAgentView): void {
  client.setQueryData<AiAgentView[]>(aiAgentsKey, (list) => list && [...list.filter((a) => a.id !== agent.id), agent].sort(byName));
}

export function removeAiAgentFromList(client: QueryClient, agentId: number): void {
  client.setQueryData<AiAgentView[]>(aiAgentsKey, (list) => list?.filter((a) => a.id !== agentId));
}
