import type { AlertView } from '@atende/contract';
import type { AlertRecord, ConnectionAlertReason } from '../db/alerts.js';

// Services and the event bus name it from here.
export type { ConnectionAlertReason };

export function presentAlert(alert: AlertRecord): AlertView {
  return {
    id: alert.id,
    whatsappId: alert.whatsappId,
    whatsappName: alert.whatsappName,
    webhookId: alert.webhookId,
    webhookName: alert.webhookName,
    reason: alert.reason,
    period: alert.period,
    createdAt: new Date(alert.createdAt).toISOString(),
  };
}
