import type { AlertReason, AlertRecord } from '../db/alerts.js';

export type { AlertReason };

export interface AlertView {
  id: number;
  whatsappId: number;
  whatsappName: string;
  reason: AlertReason;
  createdAt: string;
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
