import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { queueOptionsApi } from './queuesApi';
import { positionsAfterMove, type OptionNode } from './queueOptionsTree';
import type { QueueOption, QueueOptionInput } from './queueTypes';

/** The cached menu of one queue; realtime/useCatalogEvents refreshes it when anyone changes that menu. */
export const queueOptionsKey = (queueId: number) => ['queue-options', queueId] as const;

export function useQueueOptionsList(queueId: number | null) {
  return useQuery({
    queryKey: queueOptionsKey(queueId ?? 0),
    enabled: queueId !== null,
    queryFn: ({ signal }) => queueOptionsApi.list(queueId!, signal),
  });
}

export type OptionFields = Pick<QueueOptionInput, 'title' | 'message' | 'targetQueueId' | 'targetUserId'>;

/**
 * Writes to one queue's menu. `create`/`save` rethrow for the option form to show; moving and deleting
 * report in the snackbar. After each write the menu is read again: a delete also removes a whole subtree.
 */
export function useQueueOptionWrites(queueId: number) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queueOptionsKey(queueId) });

  const reportErrors = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    }
  };

  return {
    async create(parentId: number | null, position: number, fields: OptionFields) {
      const option = await queueOptionsApi.create({ queueId, parentId, position, ...fields });
      await refresh();
      notify(t('queues.options.saved', { title: option.title }));
    },

    async save(original: QueueOption, fields: OptionFields) {
      const option = await queueOptionsApi.update(original.id, fields);
      await refresh();
      notify(t('queues.options.saved', { title: option.title }));
    },

    move: (siblings: readonly OptionNode[], index: number, delta: -1 | 1) =>
      reportErrors(async () => {
        try {
          // One request per renumbered sibling, in order, so a failure leaves at most one out of place.
          for (const { id, position } of positionsAfterMove(siblings, index, delta)) await queueOptionsApi.update(id, { position });
        } finally {
          await refresh();
        }
      }),

    remove: (option: QueueOption) =>
      reportErrors(async () => {
        await queueOptionsApi.remove(option.id);
        await refresh();
        notify(t('queues.options.deleted', { title: option.title }));
      }),
  };
}
