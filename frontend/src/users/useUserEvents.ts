import { useQueryClient } from '@tanstack/react-query';
import { session } from '../api/session';
import type { User } from '../api/types';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { patchUserInLists, refetchUserLists, removeUserFromLists } from './usersQuery';

export type UserEvent = { action: 'created' | 'updated'; user: User } | { action: 'deleted'; userId: number };

/** Keeps the cached users lists in step with changes made by anyone in the company. */
export function useUserEvents(): void {
  const client = useQueryClient();
  useSocketEvent<UserEvent>('user', (event) => {
    if (event.action === 'deleted') {
      removeUserFromLists(client, event.userId);
      return;
    }
    if (event.action === 'updated') {
      patchUserInLists(client, event.user);
      session.updateUser(event.user); // Our own name/profile may have changed elsewhere.
    }
    void refetchUserLists(client);
  });
}
