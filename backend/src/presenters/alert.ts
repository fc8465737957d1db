import type { AlertReason, AlertView } from '@atende/contract';

// Services and the event bus name it from here.
export type { AlertReason } from '@atende/contract';

/** An alert row with the name of its connection, as read by services/alerts. */
export interface AlertRecord {
  id: number;
  companyId: number;
  whatsappId: number;
  whatsappName: string;
  reason: AlertReason;
  createdAt: Date;
}

export function presentAlert(alert: AlertRecord): AlertView {
  return {
    id: alert.id,
    whatsappId: alert.whatsappId,
    whatsappName: alert.whatsappName,
    reason: alert.reason,
    createdAt: new Date(alert.createdAt).toISOString(),
  };
}
