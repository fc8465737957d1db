import { monthUsage } from '../../db/aiUsage.js';
import { raiseBudgetAlert } from '../alerts/raiseBudgetAlert.js';
import { getSettings } from '../settings/getSettings.js';

/** The share of the budget at which the admins are warned (once a month) that the AI will soon stop answering. */
const NEAR_SHARE = 0.8;

/**
 * Whether the company may still spend tokens on its AI agents this month: no budget set (setting
 * `aiMonthlyTokenBudget`), or the prompt + completion tokens of its local calendar month so far are below it.
 * Asked before every AI turn (a no hands the ticket over with cause `budget`), every playground call and every
 * assist (requireAiBudget.ts). The count is one index-only SUM over the month's usage rows — the table itself,
 * so it always agrees with the usage panel, survives restores and needs no counter kept in step; a company
 * without a budget costs only the settings read. Turns already running finish, so a month may end a little
 * above its budget (by the calls in flight when it ran out), never by a whole conversation.
 *
 * The admins are alerted the first time a check finds 80 % of the budget used, and the first time it finds
 * all of it used (once per month each; the month that starts anew clears both).
 */
export async function budgetAllows(companyId: number): Promise<boolean> {
  const budget = (await getSettings(companyId)).aiMonthlyTokenBudget;
  if (budget === null) return true;
  const month = await monthUsage(companyId);
  if (!month) return false; // the company is gone
  const used = month.promptTokens + month.completionTokens;
  if (used >= budget) await raiseBudgetAlert({ companyId, reason: 'aiBudgetSpent', period: month.period });
  else if (used >= NEAR_SHARE * budget) await raiseBudgetAlert({ companyId, reason: 'aiBudgetNear', period: month.period });
  return used < budget;
}
