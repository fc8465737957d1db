import type { Transaction } from 'sequelize';
import { aiAgentBelongsTo } from '../../db/aiAgents.js';
import { aiAgentNotFound } from './findAiAgentInCompany.js';

/**
 * Attaching an agent to a connection or a queue: it must be the company's (another company's agent is "not
 * found", 404), and it is share-locked so it cannot be deleted before the attachment commits. Callers take
 * this lock before the row they attach it to, in the order a deletion takes them (the agent, then the rows
 * its ON DELETE SET NULL touches), so the two cannot deadlock. null (detach) needs no check.
 */
export async function lockAiAgentOfCompany(transaction: Transaction, companyId: number, aiAgentId: number | null | undefined): Promise<void> {
  if (aiAgentId === null || aiAgentId === undefined) return;
  if (!(await aiAgentBelongsTo(transaction, companyId, aiAgentId))) throw aiAgentNotFound();
}
