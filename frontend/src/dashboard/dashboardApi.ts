import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

// Shapes from docs/api-contract.md (Dashboard); the backend owns them.
export interface Dashboard {
  range: { from: string; to: string; timezone: string };
  now: { pending: number; open: number };
  totals: { created: number; closed: number; contactsCreated: number; avgWaitingSeconds: number | null; avgHandlingSeconds: number | null };
  perDay: { day: string; created: number; closed: number; contactsCreated: number }[];
  perHour: { hour: number; created: number; closed: number }[];
  attendants: { userId: number; name: string; closed: number; avgHandlingSeconds: number | null }[];
  queues: { queueId: number | null; name: string | null; created: number; closed: number; avgWaitingSeconds: number | null; avgHandlingSeconds: number | null }[];
}

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
      api.get<Dashboard>('/api/dashboard', { query: { from: filter.from, to: filter.to, queueId: filter.queueId ?? undefined }, signal }),
    placeholderData: keepPreviousData,
    // "Now" figures move all day; a minute is fresh enough for a wall screen and cheap for the database.
    refetchInterval: 60_000,
  });
}
