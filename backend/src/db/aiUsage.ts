import type { Transaction } from 'sequelize';
import { many, one } from './sql.js';

// "AiUsage" (migration 0020): one row per call to a model, with the tokens the endpoint reported — what the
// company's monthly budget counts and the usage panel sums (index "AiUsage_company_time_tokens", migration
// 0021). The agent and the ticket stay optional (ON DELETE SET NULL): deleting an agent must not erase what
// was spent.

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

/** Tokens and calls of a set of usage rows. */
export interface TokenSums {
  promptTokens: number;
  completionTokens: number;
  calls: number;
}

/** The company's local calendar month so far: which one ('2026-12'), the instant it began, what was spent. */
export interface MonthUsage extends TokenSums {
  period: string;
  monthStart: Date;
}

// SUMs are bigint (a busy month can pass 2^31 tokens): node-postgres gives them as text.
const sums = (row: { promptTokens: string | number; completionTokens: string | number; calls: number }): TokenSums => ({
  promptTokens: Number(row.promptTokens),
  completionTokens: Number(row.completionTokens),
  calls: row.calls,
});

/**
 * What the company spent since the start of its current month in its own time zone (undefined: no such
 * company). Asked before every AI turn when a budget is set: one range scan of "AiUsage_company_time_tokens"
 * over this month's rows of this company only — its cost follows the month's calls, not the table's history
 * (test/ai/aiUsagePlan.test.ts) — and index-only where autovacuum has marked the pages all-visible.
 */
export async function monthUsage(companyId: number): Promise<MonthUsage | undefined> {
  const row = await one<{ period: string; monthStart: Date; promptTokens: string; completionTokens: string; calls: number }>(
    `SELECT to_char(m.local_start, 'YYYY-MM') AS period, m.local_start AT TIME ZONE m.timezone AS "monthStart", s.*
     FROM (SELECT date_trunc('month', now() AT TIME ZONE timezone) AS local_start, timezone FROM "Companies" WHERE id = :companyId) m
     CROSS JOIN LATERAL (
       SELECT COALESCE(SUM(u."promptTokens"), 0)::bigint AS "promptTokens", COALESCE(SUM(u."completionTokens"), 0)::bigint AS "completionTokens",
         count(*)::int AS calls
       FROM "AiUsage" u WHERE u."companyId" = :companyId AND u."createdAt" >= m.local_start AT TIME ZONE m.timezone) s`,
    { companyId },
  );
  return row && { period: row.period, monthStart: new Date(row.monthStart), ...sums(row) };
}

/** One line of the usage report: by local day, by agent, by purpose, or the period's total. */
export type UsageGroup = TokenSums &
  (
    | { kind: 'day'; day: string }
    | { kind: 'agent'; aiAgentId: number | null; agentName: string | null }
    | { kind: 'purpose'; purpose: AiUsagePurpose }
    | { kind: 'total' }
  );

/**
 * The company's usage over [from, to), grouped at once by local day (in `timezone`), by agent (null: a deleted
 * agent's calls) and by purpose, plus the total: one range scan of the (company, time) index.
 */
export async function usageReport(scope: { companyId: number; from: Date; to: Date; timezone: string }): Promise<UsageGroup[]> {
  const rows = await many<{
    kind: UsageGroup['kind'];
    day: string | null;
    aiAgentId: number | null;
    agentName: string | null;
    purpose: AiUsagePurpose | null;
    promptTokens: string;
    completionTokens: string;
    calls: number;
  }>(
    `WITH u AS (
       SELECT ((u."createdAt" AT TIME ZONE :timezone)::date)::text AS day, u."aiAgentId", a.name AS "agentName", u.purpose,
         u."promptTokens", u."completionTokens"
       FROM "AiUsage" u LEFT JOIN "AiAgents" a ON a.id = u."aiAgentId"
       WHERE u."companyId" = :companyId AND u."createdAt" >= :from AND u."createdAt" < :to)
     SELECT CASE WHEN GROUPING(day) = 0 THEN 'day' WHEN GROUPING("aiAgentId") = 0 THEN 'agent'
                 WHEN GROUPING(purpose) = 0 THEN 'purpose' ELSE 'total' END AS kind,
       day, "aiAgentId", "agentName", purpose,
       SUM("promptTokens")::bigint AS "promptTokens", SUM("completionTokens")::bigint AS "completionTokens", count(*)::int AS calls
     FROM u GROUP BY GROUPING SETS ((day), ("aiAgentId", "agentName"), (purpose), ())`,
    scope,
  );
  return rows.map((r): UsageGroup => {
    const tokens = sums(r);
    if (r.kind === 'day') return { kind: 'day', day: r.day!, ...tokens };
    if (r.kind === 'agent') return { kind: 'agent', aiAgentId: r.aiAgentId, agentName: r.agentName, ...tokens };
    if (r.kind === 'purpose') return { kind: 'purpose', purpose: r.purpose!, ...tokens };
    return { kind: 'total', ...tokens };
  });
}
