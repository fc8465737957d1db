/** Why an admin is alerted about a connection: the phone unlinked Atende, or it cannot reach WhatsApp. */
export type AlertReason = 'loggedOut' | 'unreachable';

/** An alert row with the name of its connection, as read by services/alerts. */
export interface AlertRecord {
  id: number;
  companyId: number;
  whatsappId: number;
  whatsappName: string;
  reason: AlertReason;
  createdAt: Date;
}

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
