import type { Transaction } from 'sequelize';
import { findAiAgent, type AiAgentRecord } from '../../db/aiAgents.js';
import { AppError } from '../../errors/AppError.js';

export const aiAgentNotFound = () => AppError.notFound('ERR_AI_AGENT_NOT_FOUND', 'AI agent not found');

/** An agent of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findAiAgentInCompany(companyId: number, aiAgentId: number, transaction?: Transaction): Promise<AiAgentRecord> {
  const agent = await findAiAgent(companyId, aiAgentId, transaction);
  if (!agent) throw aiAgentNotFound();
  return agent;
}

/** The unique index on (companyId, lower(name)) decides (db/aiAgents isAiAgentNameTaken). */
export const aiAgentNameInUse = () => AppError.conflict('ERR_AI_AGENT_NAME_IN_USE', 'Another AI agent already has this name');
