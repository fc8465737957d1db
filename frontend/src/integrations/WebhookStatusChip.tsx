import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Webhook, WebhookDeliveryStatus } from './integrationsApi';

type WebhookStatus = 'active' | 'failing' | 'disabled' | 'paused';
const COLORS: Record<WebhookStatus, ChipProps['color']> = { active: 'success', failing: 'warning', disabled: 'error', paused: 'default' };

/** Disabled for failing (the engine did it) is told apart from switched off by an admin. */
export function webhookStatus(webhook: Webhook): WebhookStatus {
  if (!webhook.active) return webhook.disabledAt ? 'disabled' : 'paused';
  return webhook.failingSince ? 'failing' : 'active';
}

export function WebhookStatusChip({ webhook }: { webhook: Webhook }) {
  const { t, i18n } = useTranslation();
  const status = webhookStatus(webhook);
  const since = status === 'failing' ? webhook.failingSince : status === 'disabled' ? webhook.disabledAt : null;
  const date = since ? new Date(since).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }) : '';
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant={status === 'paused' ? 'outlined' : 'filled'}
      label={t(`integrations.webhooks.statusOf.${status}`, { date })}
    />
  );
}

const DELIVERY_COLORS: Record<WebhookDeliveryStatus, ChipProps['color']> = { pending: 'info', succeeded: 'success', failed: 'error' };

export function DeliveryStatusChip({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={DELIVERY_COLORS[status]}
      variant={status === 'pending' ? 'outlined' : 'filled'}
      label={t(`integrations.webhooks.deliveryStatusOf.${status}`)}
    />
  );
}
