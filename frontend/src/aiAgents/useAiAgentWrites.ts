import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { connectionsKey } from '../connections/connectionsQuery';
import { errorMessage } from '../i18n/errorMessage';
import { queuesRootKey } from '../queues/queuesQuery';
import { aiAgentsApi, removeAiAgentFromList, upsertAiAgentInList, type AiAgent, type AiAgentInput } from './aiAgentsApi';

/** Agent writes with their feedback; `create`/`save` rethrow for the form, deleting reports in the snackbar. */
export function useAiAgentWrites() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();

  return {
    async create(input: AiAgentInput): Promise<AiAgent> {
      const agent = await aiAgentsApi.create(input);
      upsertAiAgentInList(client, agent);
      notify(t('aiAgents.created', { name: agent.name }));
      return agent;
    },

    async save(original: AiAgent, input: AiAgentInput): Promise<void> {
      const agent = await aiAgentsApi.update(original.id, input);
      upsertAiAgentInList(client, agent);
      notify(t('aiAgents.updated', { name: agent.name }));
    },

    async remove(agent: AiAgent): Promise<void> {
      try {
        await aiAgentsApi.remove(agent.id);
        removeAiAgentFromList(client, agent.id);
        // The server detached it from its connections and queues: their forms must not offer it any more.
        void client.invalidateQueries({ queryKey: connectionsKey });
        void client.invalidateQueries({ queryKey: queuesRootKey });
        notify(t('aiAgents.deleted', { name: agent.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
