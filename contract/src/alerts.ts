/** Why an admin is alerted about a connection: the phone unlinked Atende, or it cannot reach WhatsApp. */
export type ConnectionAlertReason = 'loggedOut' | 'unreachable';
/** Why an admin is alerted about the company's AI spending: 80 % of the month's token budget used, or all of it. */
export type AiBudgetAlertReason = 'aiBudgetNear' | 'aiBudgetSpent';
/** Why an admin is alerted about a webhook: it failed for a day and was disabled. */
export type WebhookAlertReason = 'webhookDisabled';
export type AlertReason = ConnectionAlertReason | AiBudgetAlertReason | WebhookAlertReason;

/** An alert an admin must act on, stored until they mark it seen. */
export interface AlertView {
  id: number;
  /** The connection it is about; null for an alert about the company (the AI budget). */
  whatsappId: number | null;
  whatsappName: string | null;
  /** The webhook a 'webhookDisabled' alert is about (null otherwise), and its name. The backend always sends both. */
  webhookId?: number | null;
  webhookName?: string | null;
  reason: AlertReason;
  /** The company's local month a budget alert is about ('2026-12'); null for a connection's. */
  period: string | null;
  createdAt: string;
}
