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
 * The rows of `source` (one per ticket opened, or per close) grouped at once by local day, hour, queue (and
 * attendant) with GROUPING SETS: one range scan of a ("companyId", time) index per flow, whatever the number
 * of figures. `source` selects `at` (the instant that falls in the range), "queueId", "userId" and `duration`
 * (the seconds the averages are made of; null when the row has none).
 */
async function flow(scope: FlowScope, source: string, byUser: boolean): Promise<FlowGroup[]> {
  const { companyId, range, queueId } = scope;
  const rows = await ctx().sequelize.query<{ kind: FlowGroup['kind']; key: string | number | null; count: number; durationSum: number | null; durationCount: number }>(
    `SELECT CASE WHEN GROUPING(day) = 0 THEN 'day' WHEN GROUPING(hour) = 0 THEN 'hour'
                 WHEN GROUPING("queueId") = 0 THEN 'queue' ELSE 'user' END AS kind,
            COALESCE(day, hour::text, "queueId"::text${byUser ? `, "userId"::text` : ''}) AS key,
            count(*)::int AS count, sum(duration)::float8 AS "durationSum", count(duration)::int AS "durationCount"
     FROM (
       SELECT ((s.at AT TIME ZONE :tz)::date)::text AS day, extract(hour FROM s.at AT TIME ZONE :tz)::int AS hour, s."queueId", s."userId", s.duration
       FROM (${source}) s
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
  flow(
    scope,
    `SELECT t."createdAt" AS at, t."queueId", t."userId",
       CASE WHEN t."acceptedAt" > t."createdAt" THEN extract(epoch FROM t."acceptedAt" - t."createdAt") END AS duration
     FROM "Tickets" t
     WHERE t."companyId" = :companyId AND t."createdAt" >= :from AND t."createdAt" < :to ${scope.queueId ? `AND t."queueId" = :queueId` : ''}`,
    false,
  );

/**
 * Closes in the range, read from the tickets' history (TicketHistories_company_closes), not from their
 * current status: a ticket the customer reopened a minute later stays counted as resolved, and resolved again
 * when it is closed again. Each close is credited to the queue and attendant it had then, with its handling
 * time: from the first accept, or from the reopening it closes, to the close.
 */
export const closedFlow = (scope: FlowScope) =>
  flow(
    scope,
    // The closes of the period first, on their own (an index-only range scan of TicketHistories_company_closes:
    // planned together with the lookups below, the planner preferred reading the whole table); then, per close,
    // the ticket's accept time and its last reopening before the close, by key (Tickets' primary key,
    // TicketHistories_ticket).
    `WITH closes AS MATERIALIZED (
       SELECT h.id, h."ticketId", h."createdAt" AS at, h."toQueueId" AS "queueId", h."toUserId" AS "userId"
       FROM "TicketHistories" h
       WHERE h."companyId" = :companyId AND h.action = 'closed' AND h."createdAt" >= :from AND h."createdAt" < :to
         ${scope.queueId ? `AND h."toQueueId" = :queueId` : ''})
     SELECT c.at, c."queueId", c."userId",
       extract(epoch FROM c.at - GREATEST(
         (SELECT t."acceptedAt" FROM "Tickets" t WHERE t.id = c."ticketId"),
         (SELECT max(r."createdAt") FROM "TicketHistories" r WHERE r."ticketId" = c."ticketId" AND r.action = 'reopened' AND r.id < c.id))) AS duration
     FROM closes c`,
    true,
  );
