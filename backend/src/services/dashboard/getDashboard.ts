import type { CsatFigures, DashboardView } from '@atende/contract';
import {
  closeReasonCounts,
  closedFlow,
  contactsCreatedPerDay,
  createdFlow,
  csatFlow,
  dashboardQueues,
  dashboardUsers,
  ticketsNow,
  type CsatGroup,
  type FlowGroup,
} from '../../db/dashboard.js';
import { AppError } from '../../errors/AppError.js';
import { daysBetween, resolveDashboardRange, type RangeBound } from './dashboardRange.js';

export interface GetDashboardInput {
  companyId: number;
  from?: RangeBound;
  to?: RangeBound;
  queueId?: number;
}

const average = (g: Pick<FlowGroup, 'durationSum' | 'durationCount'> | undefined): number | null =>
  g && g.durationCount > 0 ? Math.round(g.durationSum / g.durationCount) : null;

function groupsOf(groups: FlowGroup[], kind: FlowGroup['kind']): Map<string | null, FlowGroup> {
  return new Map(groups.filter((g) => g.kind === kind).map((g) => [g.key, g]));
}

function sum(groups: Map<string | null, FlowGroup>): Pick<FlowGroup, 'count' | 'durationSum' | 'durationCount'> {
  let count = 0,
    durationSum = 0,
    durationCount = 0;
  for (const g of groups.values()) {
    count += g.count;
    durationSum += g.durationSum;
    durationCount += g.durationCount;
  }
  return { count, durationSum, durationCount };
}

/** Per group key ('all' under null), the ratings' figures. */
function csatFiguresBy(groups: CsatGroup[], kind: CsatGroup['kind']): (key: string | null) => CsatFigures {
  const byKey = new Map<string | null, number[]>();
  for (const g of groups.filter((x) => x.kind === kind)) {
    const key = kind === 'all' ? null : g.key;
    const distribution = byKey.get(key) ?? [0, 0, 0, 0, 0];
    distribution[g.rating - 1] = g.count;
    byKey.set(key, distribution);
  }
  return (key) => {
    const distribution = byKey.get(key) ?? [0, 0, 0, 0, 0];
    const count = distribution.reduce((n, c) => n + c, 0);
    const sum = distribution.reduce((n, c, i) => n + c * (i + 1), 0);
    return { count, average: count > 0 ? Math.round((sum / count) * 100) / 100 : null, distribution };
  };
}

/**
 * The supervisor's dashboard for one company over a period: each figure is a range scan of an index on
 * (company, time), never a pass over the company's whole history (0012-dashboard.ts).
 */
export async function getDashboard({ companyId, from, to, queueId }: GetDashboardInput): Promise<DashboardView> {
  const range = await resolveDashboardRange(companyId, { from, to });
  const scope = { companyId, from: range.from, to: range.to, timezone: range.timezone, queueId };

  const [queues, users, now, contacts, created, closed, ratings, reasons] = await Promise.all([
    dashboardQueues(scope),
    // With a queue chosen, its members; otherwise everyone active. Whoever closed something is added below.
    dashboardUsers(scope),
    ticketsNow(scope),
    contactsCreatedPerDay(scope),
    createdFlow(scope),
    closedFlow(scope),
    csatFlow(scope),
    closeReasonCounts(scope),
  ]);
  const csatOf = { all: csatFiguresBy(ratings, 'all'), queue: csatFiguresBy(ratings, 'queue'), user: csatFiguresBy(ratings, 'user') };
  if (queueId && queues.length === 0) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');

  const createdBy = { day: groupsOf(created, 'day'), hour: groupsOf(created, 'hour'), queue: groupsOf(created, 'queue') };
  const closedBy = { day: groupsOf(closed, 'day'), hour: groupsOf(closed, 'hour'), queue: groupsOf(closed, 'queue'), user: groupsOf(closed, 'user') };
  const contactsByDay = new Map(contacts.map((c) => [c.day, c.count]));

  const queueKeys: { queueId: number | null; name: string | null }[] = queues.map((q) => ({ queueId: q.id, name: q.name }));
  // Tickets without a queue get a row of their own when there are any (never with a queue chosen).
  if (createdBy.queue.has(null) || closedBy.queue.has(null)) queueKeys.push({ queueId: null, name: null });
  const queueRows = queueKeys.map((q) => {
    const key = q.queueId === null ? null : String(q.queueId);
    const c = createdBy.queue.get(key);
    const d = closedBy.queue.get(key);
    return { ...q, created: c?.count ?? 0, closed: d?.count ?? 0, avgWaitingSeconds: average(c), avgHandlingSeconds: average(d), csat: csatOf.queue(key) };
  });

  const attendants = users
    .filter((u) => u.listed || closedBy.user.has(String(u.id)) || csatOf.user(String(u.id)).count > 0)
    .map((u) => {
      const g = closedBy.user.get(String(u.id));
      return { userId: u.id, name: u.name, closed: g?.count ?? 0, avgHandlingSeconds: average(g), csat: csatOf.user(String(u.id)) };
    })
    .sort((a, b) => b.closed - a.closed || a.name.localeCompare(b.name));

  const allCreated = sum(createdBy.queue);
  const allClosed = sum(closedBy.queue);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString(), timezone: range.timezone },
    now: { pending: now.find((n) => n.status === 'pending')?.count ?? 0, open: now.find((n) => n.status === 'open')?.count ?? 0 },
    totals: {
      created: allCreated.count,
      closed: allClosed.count,
      contactsCreated: contacts.reduce((n, c) => n + c.count, 0),
      avgWaitingSeconds: average(allCreated),
      avgHandlingSeconds: average(allClosed),
    },
    csat: csatOf.all(null),
    perDay: daysBetween(range.firstDay, range.lastDay).map((day) => ({
      day,
      created: createdBy.day.get(day)?.count ?? 0,
      closed: closedBy.day.get(day)?.count ?? 0,
      contactsCreated: contactsByDay.get(day) ?? 0,
    })),
    perHour: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      created: createdBy.hour.get(String(hour))?.count ?? 0,
      closed: closedBy.hour.get(String(hour))?.count ?? 0,
    })),
    attendants,
    queues: queueRows,
    closeReasons: reasons,
  };
}
