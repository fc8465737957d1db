import { insertAlert, type AlertRecord, type ConnectionAlertReason } from '../../db/alerts.js';
import { domainEvents } from '../../events/bus.js';

/**
 * Stores an alert about a connection for its company's admins, then tells those online. Stored first, so an
 * admin who is offline now finds it in the bell later, until they mark it seen. A deleted connection has none.
 */
export async function raiseAlert(input: { whatsappId: number; reason: ConnectionAlertReason }): Promise<AlertRecord | undefined> {
  const alert = await insertAlert(input.whatsappId, input.reason);
  if (alert) domainEvents.publish('whatsapp.alert', { companyId: alert.companyId, whatsappId: input.whatsappId, reason: input.reason, alert });
  return alert;
}
