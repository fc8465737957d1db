import { listModels } from '../../ai/client.js';
import { findAiAgentInCompany } from './findAiAgentInCompany.js';

/** "Test connection": the endpoint answers with the models it serves, with the agent's address and key. */
export async function listAiAgentModels({ companyId, aiAgentId }: { companyId: number; aiAgentId: number }): Promise<string[]> {
  return listModels(await findAiAgentInCompany(companyId, aiAgentId));
}
