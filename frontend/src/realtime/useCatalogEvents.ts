import { useQueryClient } from '@tanstack/react-query';
import { aiAgentsKey } from '../aiAgents/aiAgentsApi';
import { contactsKey } from '../contacts/contactsQuery';
import { queueOptionsKey } from '../queues/useQueueOptions';
import { quickRepliesRootKey } from '../quickReplies/quickRepliesApi';
import { settingsKey } from '../settings/settingsQuery';
import { tagsRootKey } from '../tags/tagsApi';
import { ticketsKey } from '../tickets/ticketsQuery';
import { useSocketEvent } from './useSocketEvent';

/**
 * Tags, quick replies, AI agents and settings changed by anyone in the company. The events carry ids only (a
 * quick reply may belong to a queue this user does not serve), so every screen showing them asks again: tag
 * lists and filters, ticket cards and contacts (they show tag names and colours), the composer's `/` list, the
 * agents page and the agent pickers, the tickets when settings change (who sees what may have changed with
 * them), and an open menu editor when its queue's options change (another admin's edit). Mounted once, in the
 * layout.
 */
export function useCatalogEvents(): void {
  const client = useQueryClient();
  const refresh = (...keys: (readonly unknown[])[]) => keys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  useSocketEvent('tag', () => refresh(tagsRootKey, ticketsKey, contactsKey));
  useSocketEvent('quickReply', () => refresh(quickRepliesRootKey));
  useSocketEvent('settings', () => refresh(settingsKey, ticketsKey));
  useSocketEvent('queueOption', ({ queueId }) => refresh(queueOptionsKey(queueId)));
  useSocketEvent('aiAgent', () => refresh(aiAgentsKey));
}
