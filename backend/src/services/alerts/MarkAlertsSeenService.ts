import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';

/**
 * This admin saw the alert (or, without `alertId`, every alert of the company so far): it leaves their bell,
 * and stays in the other admins' until they see it too. Seeing it twice changes nothing.
 */
export async function markAlertsSeen({ companyId, userId, alertId }: { companyId: number; userId: number; alertId?: number }): Promise<void> {
  const found = await ctx().sequelize.query<{ id: number }>(
    `WITH target AS (SELECT id FROM "Alerts" WHERE "companyId" = $1 AND ($3::int IS NULL OR id = $3)),
          seen AS (INSERT INTO "AlertsSeen" ("alertId", "userId") SELECT id, $2 FROM target ON CONFLICT DO NOTHING)
     SELECT id FROM target`,
    { bind: [companyId, userId, alertId ?? null], type: QueryTypes.SELECT },
  );
  if (alertId !== undefined && found.length === 0) throw AppError.notFound('ERR_ALERT_NOT_FOUND', 'Alert not found');
}
