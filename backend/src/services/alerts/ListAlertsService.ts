import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { AlertRecord } from '../../presenters/alert.js';

// What a bell can show; an admin with more unseen alerts than this marks them all seen at once.
const LIMIT = 50;

/** The company's alerts this admin has not marked seen, newest first (those raised before they joined excluded). */
export async function listUnseenAlerts({ companyId, userId }: { companyId: number; userId: number }): Promise<AlertRecord[]> {
  return ctx().sequelize.query<AlertRecord>(
    `SELECT a.id, a."companyId", a."whatsappId", a.reason, a."createdAt", w.name AS "whatsappName"
     FROM "Alerts" a JOIN "Whatsapps" w ON w.id = a."whatsappId"
     WHERE a."companyId" = $1
       AND a."createdAt" >= (SELECT "createdAt" FROM "Users" WHERE id = $2)
       AND NOT EXISTS (SELECT 1 FROM "AlertsSeen" s WHERE s."alertId" = a.id AND s."userId" = $2)
     ORDER BY a.id DESC LIMIT ${LIMIT}`,
    { bind: [companyId, userId], type: QueryTypes.SELECT },
  );
}
