import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import type { UpdateUserInput } from './usersApi';
import { maxOpenTicketsOf, type UserFormValues } from './userSchema';
import { useUserMutations } from './useUserMutations';

/**
 * The users page's write actions with their feedback. `create`/`save` rethrow so the form can show the
 * error next to its fields; toggling and deleting report errors in the snackbar.
 */
export function useUserWrites() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const { create, update, remove } = useUserMutations();

  return {
    async create({ queueIds, ...values }: UserFormValues) {
      const user = await create.mutateAsync({
        ...values,
        name: values.name.trim(),
        email: values.email.trim(),
        maxOpenTickets: maxOpenTicketsOf(values.maxOpenTickets),
        // None chosen: the field is left out, as before queues could be chosen here.
        ...(queueIds?.length ? { queueIds } : {}),
      });
      notify(t('users.created', { name: user.name }));
    },

    async save(original: User, values: UserFormValues) {
      const input: UpdateUserInput = {
        name: values.name.trim(),
        email: values.email.trim(),
        profile: values.profile,
        maxOpenTickets: maxOpenTicketsOf(values.maxOpenTickets),
      };
      if (values.queueIds) input.queueIds = values.queueIds;
      if (values.password) input.password = values.password;
      const user = await update.mutateAsync({ id: original.id, input });
      notify(t('users.updated', { name: user.name }));
    },

    async toggleActive(original: User) {
      try {
        const user = await update.mutateAsync({ id: original.id, input: { active: !original.active } });
        notify(t(user.active ? 'users.activated' : 'users.deactivated', { name: user.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },

    async remove(user: User) {
      try {
        await remove.mutateAsync(user);
        notify(t('users.deleted', { name: user.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
