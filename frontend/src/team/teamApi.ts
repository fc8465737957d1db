import type { Answer, TeamMemberView } from '@atende/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useSocketEvent } from '../realtime/useSocketEvent';

export type TeamMember = TeamMemberView;

export const teamKey = ['team'] as const;

/** A pause's reason: free text, as the API allows. */
export const PAUSE_REASON_MAX = 120;

export const teamApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/team'>>('/api/team', { signal }).then((r) => r.members),
  setAvailability: (userId: number, input: { paused: boolean; reason?: string | null }) =>
    api.put<Answer<'PUT /api/users/:id/availability'>>(`/api/users/${userId}/availability`, input).then((r) => r.user),
  logOut: (userId: number) => api.post<void>(`/api/users/${userId}/logout`),
};

/**
 * The team panel's list, asked again whenever the server says something it shows moved (`team`: presence,
 * pause, load of someone). The events carry ids only; one list of a company's people is small.
 */
export function useTeam() {
  const client = useQueryClient();
  useSocketEvent('team', () => void client.invalidateQueries({ queryKey: teamKey }));
  return useQuery({ queryKey: teamKey, queryFn: ({ signal }) => teamApi.list(signal), staleTime: 0 });
}
