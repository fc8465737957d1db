import type { Answer } from '@atende/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export type { DashboardView as Dashboard } from '@atende/contract';

export interface DashboardFilter {
  /** Local days of the company (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  queueId: number | null;
}

export const dashboardKey = (filter: DashboardFilter) => ['dashboard', filter.from, filter.to, filter.queueId] as const;

/** The figures for one period; the last ones stay on screen while the next period loads. */
export function useDashboard(filter: DashboardFilter) {
  return useQuery({
    queryKey: dashboardKey(filter),
    queryFn: ({ signal }) =>
      api.get<Answer<'GET /api/dashboard'>>('/api/dashboard', { query: { from: filter.from, to: filter.to, queueId: filter.queueId ?? undefined }, signal }),
    placeholderData: keepPreviousData,
    // "Now" figures move all day; a minute is fresh enough for a wall screen and cheap for the database.
    refetchInterval: 60_000,
  });
}
