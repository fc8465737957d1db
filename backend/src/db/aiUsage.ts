import type { Transaction } from 'sequelize';
import { one } from './sql.js';

// "AiUsage" (migration 0020): one row per call to a model, with the tokens the endpoint reported — what the
// company's monthly budget counts and the usage panel sums (index "AiUsage_company_time"). The agent and the
// ticket stay optional (ON DELETE SET NULL): deleting an agent must not erase what was spent.

/** The column's CHECK: what the call was for. */
export const AI_USAGE_PURPOSES = ['reply', 'test', 'assist', 'summary', 'transcription'] as const;
export type AiUsagePurpose = (typeof AI_USAGE_PURPOSES)[number];

/** An "AiUsage" row as read with `SELECT *` / `RETURNING *`. */
export interface AiUsageRecord {
  id: number;
  companyId: number;
  aiAgentId: number | null;
  ticketId: number | null;
  purpose: AiUsagePurpose;
  model: string;
  promptTokens: number;
  completionTokens: number;
  createdAt: Date;
}

export type AiUsageEntry = Pick<AiUsageRecord, 'companyId' | 'aiAgentId' | 'ticketId' | 'purpose' | 'model' | 'promptTokens' | 'completionTokens'>;

export async function insertAiUsage(entry: AiUsageEntry, transaction?: Transaction): Promise<AiUsageRecord> {
  const row = await one<AiUsageRecord>(
    `INSERT INTO "AiUsage" ("companyId", "aiAgentId", "ticketId", purpose, model, "promptTokens", "completionTokens")
     VALUES (:companyId, :aiAgentId, :ticketId, :purpose, :model, :promptTokens, :completionTokens) RETURNING *`,
    entry,
    { transaction },
  );
  return row!;
}
