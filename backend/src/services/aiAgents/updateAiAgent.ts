import { ctx } from '../../context.js';
import { isAiAgentNameTaken, updateAiAgentRow, type AiAgentRecord } from '../../db/aiAgents.js';
import { domainEvents } from '../../events/bus.js';
import { aiAgentColumns, type AiAgentSettings } from './aiAgentSettings.js';
import { aiAgentNameInUse, findAiAgentInCompany } from './findAiAgentInCompany.js';

/** Omitted fields stay as they are; `apiKey: null` removes the key, an omitted apiKey keeps it. */
export async function updateAiAgent(input: { companyId: number; aiAgentId: number; settings: AiAgentSettings }): Promise<AiAgentRecord> {
  const { companyId, aiAgentId, settings } = input;
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      const current = await findAiAgentInCompany(companyId, aiAgentId, transaction);
      const agent = await updateAiAgentRow(transaction, current, aiAgentColumns(companyId, settings));
      if (agent !== current) domainEvents.publishAfterCommit(transaction, 'aiAgent.changed', { companyId, action: 'updated', aiAgentId });
      return agent;
    });
  } catch (err) {
    if (isAiAgentNameTaken(err)) throw aiAgentNameInUse();
    throw err;
  }
}
