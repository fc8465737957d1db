import type { Answer } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/**
 * The company's tags (everyone reads them): filter options and the contact drawer's editors. No socket event
 * tells of new tags, so each picker that opens asks again (a short list).
 */
export function useTags() {
  return useQuery({
    queryKey: ['tags', 'inbox'],
    queryFn: ({ signal }) => api.get<Answer<'GET /api/tags'>>('/api/tags', { signal }).then((r) => r.tags),
    staleTime: 0, // not the app's 30 s: see above
  });
}

// One page is enough for the teams Atende serves; the server caps a page at 200.
const ATTENDANTS_LIMIT = 200;

/**
 * Who may hold tickets, for the attendant filter and the names on cards. Only admins and supervisors may list
 * users; attendants only ever see their own tickets and unassigned waiting ones, so they need no names.
 */
export function useAttendants(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'inbox-attendants'],
    queryFn: ({ signal }) => api.get<Answer<'GET /api/users'>>('/api/users', { query: { limit: ATTENDANTS_LIMIT }, signal }).then((r) => r.users),
    enabled,
    staleTime: 60_000,
  });
}
