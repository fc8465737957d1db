import { insertCompanyAlert, type AlertRecord, type BudgetAlertReason } from '../../db/alerts.js';
import { domainEvents } from '../../events/bus.js';

// Alerts this process has stored or found stored: the AI checks the budget at every turn, the table needs asking
// once per company, reason and month. A few short strings per company per month.
const known = new Set<string>();

/**
 * Tells the company's admins about its AI spending, once per local month and reason: stored first (the bell of
 * an admin who is offline shows it later), then announced to those online. Undefined when it was raised before.
 */
export async function raiseBudgetAlert({
  companyId,
  reason,
  period,
}: {
  companyId: number;
  reason: BudgetAlertReason;
  period: string;
}): Promise<AlertRecord | undefined> {
  const key = `${companyId}:${reason}:${period}`;
  if (known.has(key)) return undefined;
  const alert = await insertCompanyAlert(companyId, reason, period);
  known.add(key);
  if (alert) domainEvents.publish('company.alert', { companyId, alert });
  return alert;
}
