import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { quickRepliesApi, refreshQuickReplies, type QuickReply, type QuickReplyFileChange, type QuickReplyInput } from './quickRepliesApi';

async function applyFile(id: number, change: QuickReplyFileChange): Promise<void> {
  if (change.kind === 'set') await quickRepliesApi.uploadMedia(id, change.file);
  if (change.kind === 'remove') await quickRepliesApi.removeMedia(id);
}

/**
 * Quick reply writes with their feedback. The list is read again after each one: its order (a queue's own
 * before the company-wide one) and the search decide where a reply shows, and the server knows both.
 */
export function useQuickReplyWrites() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();

  return {
    async create(input: QuickReplyInput, file: QuickReplyFileChange = { kind: 'keep' }) {
      const reply = await quickRepliesApi.create(input);
      // The reply exists now; a refused file leaves it there (text only), to attach again from its edit.
      await applyFile(reply.id, file).finally(() => refreshQuickReplies(client));
      notify(t('quickReplies.created', { shortcut: reply.shortcut }));
    },

    async save(original: QuickReply, input: QuickReplyInput, file: QuickReplyFileChange = { kind: 'keep' }) {
      const reply = await quickRepliesApi.update(original.id, input);
      await applyFile(reply.id, file).finally(() => refreshQuickReplies(client));
      notify(t('quickReplies.updated', { shortcut: reply.shortcut }));
    },

    async remove(reply: QuickReply) {
      try {
        await quickRepliesApi.remove(reply.id);
        await refreshQuickReplies(client);
        notify(t('quickReplies.deleted', { shortcut: reply.shortcut }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
