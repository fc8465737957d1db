import type { AlertView } from '@atende/contract';
import type { AlertReason, AlertRecord } from '../db/alerts.js';

// Services and the event bus name it from here.
export type { AlertReason };

export function presentAlert(alert: AlertRecord): AlertView {
  return {
    id: alert.id,
    whatsappId: alert.whatsappId,
    whatsappName: alert.whatsappName,
    reason: alert.reason,
    createdAt: new Date(alert.createdAt).toISOString(),
  };
}
