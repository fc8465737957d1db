import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { dropWebhook, integrationsApi, refreshWebhooks, type Webhook, type WebhookInput, type WebhookWithSecret } from './integrationsApi';

/**
 * Webhook writes with their feedback. Form saves throw (the dialog shows why); the page's buttons report their
 * own errors. Everything under the webhooks key is read again after each one (list, page, delivery log).
 */
export function useWebhookWrites() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const reportError = (error: unknown) => notify(errorMessage(t, error), 'error');

  return {
    async create(input: WebhookInput): Promise<WebhookWithSecret> {
      const created = await integrationsApi.createWebhook(input);
      await refreshWebhooks(client);
      notify(t('integrations.webhooks.created', { name: created.webhook.name || created.webhook.url }));
      return created;
    },

    async save(webhook: Webhook, input: WebhookInput): Promise<void> {
      const saved = await integrationsApi.updateWebhook(webhook.id, input);
      await refreshWebhooks(client);
      notify(t('integrations.webhooks.updated', { name: saved.name || saved.url }));
    },

    async remove(webhook: Webhook): Promise<boolean> {
      try {
        await integrationsApi.removeWebhook(webhook.id);
        await dropWebhook(client, webhook.id);
        notify(t('integrations.webhooks.deleted', { name: webhook.name || webhook.url }));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },

    /** The new secret, to show once; null when the server refused. */
    async rotateSecret(webhook: Webhook): Promise<string | null> {
      try {
        const rotated = await integrationsApi.rotateSecret(webhook.id);
        await refreshWebhooks(client);
        return rotated.secret;
      } catch (error) {
        reportError(error);
        return null;
      }
    },

    async sendTest(webhook: Webhook): Promise<void> {
      try {
        await integrationsApi.sendTest(webhook.id);
        await refreshWebhooks(client);
        notify(t('integrations.webhooks.testQueued'));
      } catch (error) {
        reportError(error);
      }
    },

    async redeliver(webhook: Webhook, deliveryId: string): Promise<void> {
      try {
        await integrationsApi.redeliver(webhook.id, deliveryId);
        await refreshWebhooks(client);
        notify(t('integrations.webhooks.redelivered'));
      } catch (error) {
        reportError(error);
      }
    },
  };
}
