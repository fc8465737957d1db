/** Why an admin is alerted about a connection: the phone unlinked Atende, or it cannot reach WhatsApp. */
export type AlertReason = 'loggedOut' | 'unreachable';

/** An alert an admin must act on, stored until they mark it seen. */
export interface AlertView {
  id: number;
  whatsappId: number;
  whatsappName: string;
  reason: AlertReason;
  createdAt: string;
}
