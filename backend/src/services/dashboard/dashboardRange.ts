import { dashboardRange } from '../../db/dashboard.js';
import { AppError } from '../../errors/AppError.js';

/** A day (`2026-11-01`, a whole day in the company's time zone) or an instant (ISO with an offset). */
export type RangeBound = { date: string } | { instant: string };

export interface DashboardRange {
  /** Inclusive start and exclusive end, as instants. */
  from: Date;
  to: Date;
  timezone: string;
  /** Local calendar days the range touches, first to last (the per-day series has one entry for each). */
  firstDay: string;
  lastDay: string;
}

/** A year: a leap year has 366 local days (counting days, not hours, keeps DST out of the limit). */
const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;

/**
 * Turns the query's bounds into instants in the company's time zone: a day means that local day (so "to"
 * includes all of it), an instant means itself. Without bounds: the last 30 local days, today included.
 */
export async function resolveDashboardRange(companyId: number, bounds: { from?: RangeBound; to?: RangeBound }): Promise<DashboardRange> {
  const pick = (b: RangeBound | undefined) => ({ date: b && 'date' in b ? b.date : null, instant: b && 'instant' in b ? b.instant : null });
  const from = pick(bounds.from);
  const to = pick(bounds.to);
  const row = await dashboardRange(companyId, { fromDate: from.date, fromInstant: from.instant, toDate: to.date, toInstant: to.instant }, DEFAULT_DAYS);
  if (!row) throw AppError.notFound('ERR_COMPANY_NOT_FOUND', 'Company not found');
  const range = { ...row, from: new Date(row.from), to: new Date(row.to) };
  if (range.from.getTime() >= range.to.getTime()) throw AppError.badRequest('ERR_DASHBOARD_RANGE_INVALID', '"from" must be before "to"');
  if (dayCount(range.firstDay, range.lastDay) > MAX_DAYS) {
    throw AppError.badRequest('ERR_DASHBOARD_RANGE_TOO_LONG', 'The range may cover at most one year', { maxDays: MAX_DAYS });
  }
  return range;
}

function dayCount(firstDay: string, lastDay: string): number {
  return (Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / 86_400_000 + 1;
}

/** Every local day from first to last, as YYYY-MM-DD (calendar arithmetic on UTC dates has no DST). */
export function daysBetween(firstDay: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${firstDay}T00:00:00Z`); d.toISOString().slice(0, 10) <= lastDay; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}
