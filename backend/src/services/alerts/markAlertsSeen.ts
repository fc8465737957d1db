import * as alerts from '../../db/alerts.js';
import { AppError } from '../../errors/AppError.js';

/**
 * This admin saw the alert (or, without `alertId`, every alert of the company so far): it leaves their bell,
 * and stays in the other admins' until they see it too. Seeing it twice changes nothing.
 */
export async function markAlertsSeen({ companyId, userId, alertId }: { companyId: number; userId: number; alertId?: number }): Promise<void> {
  const found = await alerts.markAlertsSeen(companyId, userId, alertId ?? null);
  if (alertId !== undefined && found.length === 0) throw AppError.notFound('ERR_ALERT_NOT_FOUND', 'Alert not found');
}
