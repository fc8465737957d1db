import { useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { User } from '../api/types';
import { usersApi, type UsersPage } from './usersApi';

export const usersKey = ['users'] as const;
const listKey = (search: string) => [...usersKey, 'list', search] as const;

/** The users list, page by page (keyset cursor from the server), filtered server-side by `search`. */
export function useUsersList(search: string) {
  return useInfiniteQuery({
    queryKey: listKey(search),
    queryFn: ({ pageParam, signal }) => usersApi.list({ search, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: UsersPage) => last.nextCursor,
  });
}

type UsersData = InfiniteData<UsersPage, string | null>;

/** Applies a changed user to every cached list in place, so the row updates without a refetch. */
export function patchUserInLists(client: QueryClient, user: User): void {
  client.setQueriesData<UsersData>(
    { queryKey: [...usersKey, 'list'] },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({ ...page, users: page.users.map((u) => (u.id === user.id ? user : u)) })),
      },
  );
}

export function removeUserFromLists(client: QueryClient, userId: number): void {
  client.setQueriesData<UsersData>(
    { queryKey: [...usersKey, 'list'] },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({ ...page, users: page.users.filter((u) => u.id !== userId) })),
      },
  );
}

/** New rows belong somewhere in name order and maybe not under the current search: ask the server. */
export function refetchUserLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: usersKey });
}
