import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { refreshOtherTagLists, removeTagFromList, tagsApi, upsertTagInList, type Tag, type TagInput } from './tagsApi';

/** Tag writes with their feedback; `create`/`save` rethrow for the form, deleting reports in the snackbar. */
export function useTagWrites() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const applied = (tag: Tag) => {
    upsertTagInList(client, tag);
    void refreshOtherTagLists(client);
    return tag;
  };

  return {
    async create(input: TagInput) {
      const tag = applied(await tagsApi.create(input));
      notify(t('tags.created', { name: tag.name }));
    },

    async save(original: Tag, input: TagInput) {
      const tag = applied(await tagsApi.update(original.id, input));
      notify(t('tags.updated', { name: tag.name }));
    },

    async remove(tag: Tag) {
      try {
        await tagsApi.remove(tag.id);
        removeTagFromList(client, tag.id);
        void refreshOtherTagLists(client);
        notify(t('tags.deleted', { name: tag.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
