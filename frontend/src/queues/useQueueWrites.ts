import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { queuesApi } from './queuesApi';
import { queueInputFrom, type QueueFormValues } from './queueSchema';
import { refreshOtherQueueLists, removeQueueFromList, upsertQueueInList } from './queuesQuery';
import type { Queue } from './queueTypes';

/**
 * The queues page's writes with their feedback. `create`/`save` rethrow so the form can show the error
 * next to its fields; deleting reports errors in the snackbar. The cache is patched at once; the socket
 * event confirms it a moment later.
 */
export function useQueueWrites() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();

  const applied = (queue: Queue) => {
    upsertQueueInList(client, queue);
    void refreshOtherQueueLists(client);
    return queue;
  };

  return {
    async create(values: QueueFormValues) {
      const queue = applied(await queuesApi.create(queueInputFrom(values)));
      notify(t('queues.created', { name: queue.name }));
    },

    async save(original: Queue, values: QueueFormValues) {
      const queue = applied(await queuesApi.update(original.id, queueInputFrom(values)));
      notify(t('queues.updated', { name: queue.name }));
    },

    async remove(queue: Queue) {
      try {
        await queuesApi.remove(queue.id);
        removeQueueFromList(client, queue.id);
        void refreshOtherQueueLists(client);
        notify(t('queues.deleted', { name: queue.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
