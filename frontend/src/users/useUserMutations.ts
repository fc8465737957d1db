import { useMutation, useQueryClient } from '@tanstack/react-query';
import { session } from '../api/session';
import type { User } from '../api/types';
import { usersApi, type CreateUserInput, type UpdateUserInput } from './usersApi';
import { patchUserInLists, refetchUserLists, removeUserFromLists } from './usersQuery';

/** Writes go to the server, then the cache is patched at once (the socket event confirms it a moment later). */
export function useUserMutations() {
  const client = useQueryClient();

  const create = useMutation({
    mutationFn: (input: CreateUserInput) => usersApi.create(input),
    onSuccess: () => refetchUserLists(client),
  });

  const update = useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => usersApi.update(id, input),
    onSuccess: (user: User) => {
      patchUserInLists(client, user);
      session.updateUser(user);
    },
  });

  const remove = useMutation({
    mutationFn: (user: User) => usersApi.remove(user.id),
    onSuccess: (_result, user) => removeUserFromLists(client, user.id),
  });

  return { create, update, remove };
}
