/** What a call to a model was for (the usage table's purpose). */
export type AiUsagePurpose = 'reply' | 'test' | 'assist' | 'summary' | 'transcription';

/** Tokens as the endpoint reported them, and how many calls. */
export interface AiTokenCount {
  promptTokens: number;
  completionTokens: number;
  /** prompt + completion: what the budget counts. */
  totalTokens: number;
  calls: number;
}

/** The company's AI spending (GET /api/ai-usage): the current month against its budget, and a period in detail. */
export interface AiUsageView {
  /** The period asked for: local days of the company, `to` excluded as an instant. */
  range: { from: string; to: string; timezone: string };
  /** The company's current local calendar month so far (what the budget counts). */
  month: AiTokenCount & {
    /** '2026-12' */
    period: string;
    /** The instant the month began in the company's time zone. */
    from: string;
    /** Setting `aiMonthlyTokenBudget`; null: no limit. */
    budget: number | null;
    /** The budget is used up: the AI hands new turns to people and the playground answers 409. */
    spent: boolean;
  };
  totals: AiTokenCount;
  /** Every local day of the range, oldest first, zeros included. */
  perDay: (AiTokenCount & { day: string })[];
  /** Agents that made calls in the range, most tokens first; `aiAgentId` null gathers deleted agents' calls. */
  agents: (AiTokenCount & { aiAgentId: number | null; name: string | null })[];
  /** By purpose (replies, playground, assist…), most tokens first. */
  purposes: (AiTokenCount & { purpose: AiUsagePurpose })[];
}
