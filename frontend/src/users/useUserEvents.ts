import { useQueryClient } from '@tanstack/react-query';
import { session } from '../api/session';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { patchUserInLists, refetchUserLists, removeUserFromLists } from './usersQuery';

/** Keeps the cached users lists in step with changes made by anyone in the company. */
export function useUserEvents(): void {
  const client = useQueryClient();
  useSocketEvent('user', (event) => {
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
