import type { Answer } from '@atende/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export type { AiTokenCount, AiUsagePurpose, AiUsageView as AiUsage } from '@atende/contract';

/** A local calendar month of the company ('2026-12'); null: the current one (the API's default). */
export type UsagePeriod = string | null;

/** The first and last local day of a month ('2026-02' → 2026-02-01 … 2026-02-28), as the API reads days. */
export function monthDays(period: string): { from: string; to: string } {
  const [year, month] = period.split('-').map(Number);
  const last = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

/** The months before `period`, newest first, `period` included: what the month picker offers. */
export function monthsUpTo(period: string, count: number): string[] {
  const [year, month] = period.split('-').map(Number);
  return Array.from({ length: count }, (_, back) => {
    const d = new Date(Date.UTC(year!, month! - 1 - back, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** The company's AI usage for one month (per day, agent and purpose) and the current month against its budget. */
export function useAiUsage(period: UsagePeriod) {
  return useQuery({
    queryKey: ['ai-usage', period] as const,
    queryFn: ({ signal }) => api.get<Answer<'GET /api/ai-usage'>>('/api/ai-usage', { query: period ? monthDays(period) : {}, signal }),
    placeholderData: keepPreviousData,
    // The AI spends while the page is open; a minute is fresh enough and cheap for the database.
    refetchInterval: 60_000,
  });
}
