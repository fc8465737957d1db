import type { DashboardView } from '@atende/contract';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { daysBetween, resolveDashboardRange, type RangeBound } from './dashboardRange.js';
import { closedFlow, createdFlow, type FlowGroup } from './ticketFlow.js';

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
  let count = 0, durationSum = 0, durationCount = 0;
  for (const g of groups.values()) ((count += g.count), (durationSum += g.durationSum), (durationCount += g.durationCount));
  return { count, durationSum, durationCount };
}

/**
 * The supervisor's dashboard for one company over a period: each figure is a range scan of an index on
 * (company, time), never a pass over the company's whole history (0012-dashboard.ts).
 */
export async function getDashboard({ companyId, from, to, queueId }: GetDashboardInput): Promise<DashboardView> {
  const { sequelize } = ctx();
  const range = await resolveDashboardRange(companyId, { from, to });
  const queueFilter = queueId ? `AND "queueId" = :queueId` : '';
  const replacements = { companyId, queueId: queueId ?? null, from: range.from, to: range.to, tz: range.timezone };
  const select = <T extends object>(sql: string) => sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });

  const [queues, users, now, contacts, created, closed] = await Promise.all([
    select<{ id: number; name: string }>(`SELECT id, name FROM "Queues" WHERE "companyId" = :companyId ${queueId ? 'AND id = :queueId' : ''} ORDER BY position, name`),
    // With a queue chosen, its members; otherwise everyone active. Whoever closed something is added below.
    select<{ id: number; name: string; listed: boolean }>(
      `SELECT u.id, u.name, (u.active AND (:queueId::int IS NULL OR EXISTS (
         SELECT 1 FROM "UserQueues" uq WHERE uq."userId" = u.id AND uq."queueId" = :queueId))) AS listed
       FROM "Users" u WHERE u."companyId" = :companyId`,
    ),
    select<{ status: 'pending' | 'open'; count: number }>(
      `SELECT status, count(*)::int AS count FROM "Tickets" WHERE "companyId" = :companyId AND status IN ('pending', 'open') ${queueFilter} GROUP BY status`,
    ),
    select<{ day: string; count: number }>(
      `SELECT (("createdAt" AT TIME ZONE :tz)::date)::text AS day, count(*)::int AS count FROM "Contacts"
       WHERE "companyId" = :companyId AND "createdAt" >= :from AND "createdAt" < :to GROUP BY 1`,
    ),
    createdFlow({ companyId, range, queueId }),
    closedFlow({ companyId, range, queueId }),
  ]);
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
    return { ...q, created: c?.count ?? 0, closed: d?.count ?? 0, avgWaitingSeconds: average(c), avgHandlingSeconds: average(d) };
  });

  const attendants = users
    .filter((u) => u.listed || closedBy.user.has(String(u.id)))
    .map((u) => {
      const g = closedBy.user.get(String(u.id));
      return { userId: u.id, name: u.name, closed: g?.count ?? 0, avgHandlingSeconds: average(g) };
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
  };
}
