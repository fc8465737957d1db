import { listUnseenAlerts as selectUnseenAlerts, type AlertRecord } from '../../db/alerts.js';

/** The company's alerts this admin has not marked seen, newest first (those raised before they joined excluded). */
export function listUnseenAlerts({ companyId, userId }: { companyId: number; userId: number }): Promise<AlertRecord[]> {
  return selectUnseenAlerts(companyId, userId);
}
