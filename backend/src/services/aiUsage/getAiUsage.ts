import type { AiTokenCount, AiUsageView } from '@atende/contract';
import { monthUsage, usageReport, type TokenSums } from '../../db/aiUsage.js';
import { AppError } from '../../errors/AppError.js';
import { daysBetween, resolveDashboardRange, type RangeBound } from '../dashboard/dashboardRange.js';
import { getSettings } from '../settings/getSettings.js';

export interface GetAiUsageInput {
  companyId: number;
  from?: RangeBound;
  to?: RangeBound;
}

const count = (sums: TokenSums | undefined): AiTokenCount => {
  const { promptTokens = 0, completionTokens = 0, calls = 0 } = sums ?? {};
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, calls };
};

const mostTokensFirst = (a: AiTokenCount, b: AiTokenCount) => b.totalTokens - a.totalTokens;

/**
 * What the company spent on its AI agents: the current local month against its budget (the very count the
 * budget check makes), and a period — by default this month — per local day, per agent and per purpose. The
 * period follows the dashboard's rules (local days or instants, at most a year, the same errors). Every figure
 * is a sum of the tokens the endpoints reported, as stored per call.
 */
export async function getAiUsage({ companyId, from, to }: GetAiUsageInput): Promise<AiUsageView> {
  const [month, settings] = await Promise.all([monthUsage(companyId), getSettings(companyId)]);
  if (!month) throw AppError.notFound('ERR_COMPANY_NOT_FOUND', 'Company not found');
  const range = await resolveDashboardRange(companyId, { from: from ?? { date: `${month.period}-01` }, to });
  const groups = await usageReport({ companyId, from: range.from, to: range.to, timezone: range.timezone });

  const days = new Map<string, TokenSums>();
  const view: Pick<AiUsageView, 'agents' | 'purposes'> & { totals?: TokenSums } = { agents: [], purposes: [] };
  for (const g of groups) {
    if (g.kind === 'day') days.set(g.day, g);
    else if (g.kind === 'agent') view.agents.push({ aiAgentId: g.aiAgentId, name: g.agentName, ...count(g) });
    else if (g.kind === 'purpose') view.purposes.push({ purpose: g.purpose, ...count(g) });
    else view.totals = g;
  }
  const budget = settings.aiMonthlyTokenBudget;
  const monthCount = count(month);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString(), timezone: range.timezone },
    month: { period: month.period, from: month.monthStart.toISOString(), ...monthCount, budget, spent: budget !== null && monthCount.totalTokens >= budget },
    totals: count(view.totals),
    perDay: daysBetween(range.firstDay, range.lastDay).map((day) => ({ day, ...count(days.get(day)) })),
    agents: view.agents.sort(mostTokensFirst),
    purposes: view.purposes.sort(mostTokensFirst),
  };
}
