import { ctx } from '../../context.js';
import { insertAiAgent, isAiAgentNameTaken, type AiAgentRecord } from '../../db/aiAgents.js';
import { domainEvents } from '../../events/bus.js';
import { aiAgentColumns, type AiAgentSettings } from './aiAgentSettings.js';
import { aiAgentNameInUse } from './findAiAgentInCompany.js';

/** Fields left out take the table's defaults (migration 0020). */
export async function createAiAgent(input: {
  companyId: number;
  settings: AiAgentSettings & { name: string; baseUrl: string; model: string };
}): Promise<AiAgentRecord> {
  const { companyId, settings } = input;
  const columns = { ...aiAgentColumns(companyId, settings), name: settings.name, baseUrl: settings.baseUrl, model: settings.model };
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      const agent = await insertAiAgent(transaction, companyId, columns);
      domainEvents.publishAfterCommit(transaction, 'aiAgent.changed', { companyId, action: 'created', aiAgentId: agent.id });
      return agent;
    });
  } catch (err) {
    if (isAiAgentNameTaken(err)) throw aiAgentNameInUse();
    throw err;
  }
}
