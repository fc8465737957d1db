import { useQuery } from '@tanstack/react-query';
import type { User } from '../api/types';
import { usersApi } from '../users/usersApi';

/**
 * Everyone who could serve a queue. The users API pages by cursor; a company has tens of people, so the
 * picker walks the pages once (bounded, in case something goes wrong) instead of searching as you type.
 */
export function useAllUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'all-for-queues'],
    enabled,
    staleTime: 30_000,
    queryFn: async ({ signal }) => {
      const users: User[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result = await usersApi.list({ search: '', cursor }, signal);
        users.push(...result.users);
        cursor = result.nextCursor;
        if (!cursor) break;
      }
      return users;
    },
  });
}
