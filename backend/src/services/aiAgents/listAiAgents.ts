import { listAiAgents as selectAiAgents, type AiAgentRecord } from '../../db/aiAgents.js';

/** A company has a handful of agents: the whole list, in name order, in one answer. */
export function listAiAgents({ companyId }: { companyId: number }): Promise<AiAgentRecord[]> {
  return selectAiAgents(companyId);
}
