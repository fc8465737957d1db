import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { DashboardRange } from './dashboardRange.js';

/** One group of a flow: a local day, an hour of the day (0–23), a queue or an attendant. */
export interface FlowGroup {
  kind: 'day' | 'hour' | 'queue' | 'user';
  key: string | null;
  count: number;
  /** Seconds summed over the tickets that have the duration (waiting or handling), and how many have it. */
  durationSum: number;
  durationCount: number;
}

export interface FlowScope {
  companyId: number;
  range: DashboardRange;
  queueId?: number;
}

/**
 * Tickets whose `column` falls in the range, grouped at once by local day, hour, queue (and attendant) with
 * GROUPING SETS: one range scan of ("companyId", column) per flow, whatever the number of figures.
 * `duration` is the SQL for the seconds the averages are made of (null when the ticket has none).
 */
async function flow(scope: FlowScope, column: 'createdAt' | 'closedAt', duration: string, byUser: boolean): Promise<FlowGroup[]> {
  const { companyId, range, queueId } = scope;
  const rows = await ctx().sequelize.query<{ kind: FlowGroup['kind']; key: string | number | null; count: number; durationSum: number | null; durationCount: number }>(
    `SELECT CASE WHEN GROUPING(day) = 0 THEN 'day' WHEN GROUPING(hour) = 0 THEN 'hour'
                 WHEN GROUPING("queueId") = 0 THEN 'queue' ELSE 'user' END AS kind,
            COALESCE(day, hour::text, "queueId"::text${byUser ? `, "userId"::text` : ''}) AS key,
            count(*)::int AS count, sum(duration)::float8 AS "durationSum", count(duration)::int AS "durationCount"
     FROM (
       SELECT ((t."${column}" AT TIME ZONE :tz)::date)::text AS day, extract(hour FROM t."${column}" AT TIME ZONE :tz)::int AS hour,
              t."queueId", t."userId", ${duration} AS duration
       FROM "Tickets" t
       WHERE t."companyId" = :companyId AND t."${column}" >= :from AND t."${column}" < :to ${queueId ? `AND t."queueId" = :queueId` : ''}
     ) f
     GROUP BY GROUPING SETS ((day), (hour), ("queueId")${byUser ? `, ("userId")` : ''})`,
    { replacements: { companyId, tz: range.timezone, from: range.from, to: range.to, queueId: queueId ?? null }, type: QueryTypes.SELECT },
  );
  return rows.map((r) => ({ ...r, key: r.key === null ? null : String(r.key), durationSum: r.durationSum ?? 0 }));
}

/**
 * Tickets opened in the range, with their wait until an attendant accepted them (created → accepted). A
 * conversation an attendant started is accepted in the statement that creates it (StartTicketService: the same
 * transaction time): no customer waited, so it has no wait rather than a wait of zero that would flatter the average.
 */
export const createdFlow = (scope: FlowScope) =>
  flow(scope, 'createdAt', `CASE WHEN t."acceptedAt" > t."createdAt" THEN extract(epoch FROM t."acceptedAt" - t."createdAt") END`, false);

/**
 * Tickets closed in the range (a reopened ticket counts when it is closed again), with their handling time
 * (accepted → closed) and who closed them.
 */
export const closedFlow = (scope: FlowScope) => flow(scope, 'closedAt', `extract(epoch FROM t."closedAt" - t."acceptedAt")`, true);
