import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { AlertReason, AlertRecord } from '../../presenters/alert.js';

/**
 * Stores an alert about a connection for its company's admins, then tells those online. Stored first, so an
 * admin who is offline now finds it in the bell later, until they mark it seen. A deleted connection has none.
 */
export async function raiseAlert(input: { whatsappId: number; reason: AlertReason }): Promise<AlertRecord | undefined> {
  const [alert] = await ctx().sequelize.query<AlertRecord>(
    `WITH created AS (
       INSERT INTO "Alerts" ("companyId", "whatsappId", reason) SELECT "companyId", id, $2 FROM "Whatsapps" WHERE id = $1
       RETURNING id, "companyId", "whatsappId", reason, "createdAt")
     SELECT created.*, w.name AS "whatsappName" FROM created JOIN "Whatsapps" w ON w.id = created."whatsappId"`,
    { bind: [input.whatsappId, input.reason], type: QueryTypes.SELECT },
  );
  if (alert) domainEvents.publish('whatsapp.alert', { companyId: alert.companyId, whatsappId: alert.whatsappId, reason: alert.reason, alert });
  return alert;
}
