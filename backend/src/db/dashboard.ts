import { many, one } from './sql.js';

// The supervisor's dashboard: each figure is a range scan of an index on (company, time), never a pass over
// the company's whole history (0012-dashboard.ts). Plans checked by backend/test/tickets/explain.test.ts.

/** The period in the company's time zone; bounds null: the last `defaultDays` local days, today included. */
export interface RangeRow {
  timezone: string;
  from: Date;
  to: Date;
  firstDay: string;
  lastDay: string;
}

/**
 * Turns a period's bounds into instants in the company's time zone: a date means that local day (so "to"
 * includes all of it), an instant means itself. PostgreSQL does the calendar arithmetic, so DST changes are
 * its problem, not ours. Undefined for a company that does not exist.
 */
export function dashboardRange(
  companyId: number,
  bounds: { fromDate: string | null; fromInstant: string | null; toDate: string | null; toInstant: string | null },
  defaultDays: number,
): Promise<RangeRow | undefined> {
  return one<RangeRow>(
    `WITH c AS (SELECT timezone, (now() AT TIME ZONE timezone)::date AS today FROM "Companies" WHERE id = :companyId),
     r AS (
       SELECT timezone,
         COALESCE(:fromInstant::timestamptz, COALESCE(:fromDate::date, today - ${Number(defaultDays) - 1})::timestamp AT TIME ZONE timezone) AS "from",
         COALESCE(:toInstant::timestamptz, (COALESCE(:toDate::date, today) + 1)::timestamp AT TIME ZONE timezone) AS "to"
       FROM c)
     SELECT timezone, "from", "to",
       (("from" AT TIME ZONE timezone)::date)::text AS "firstDay",
       ((("to" - interval '1 microsecond') AT TIME ZONE timezone)::date)::text AS "lastDay"
     FROM r`,
    { companyId, ...bounds },
  );
}

/** The company and period a figure is for, and the queue it is narrowed to (if any). */
export interface DashboardScope {
  companyId: number;
  from: Date;
  to: Date;
  timezone: string;
  queueId?: number;
}

const values = (scope: DashboardScope) => ({ companyId: scope.companyId, queueId: scope.queueId ?? null, from: scope.from, to: scope.to, tz: scope.timezone });

/** The company's queues (just the chosen one, when narrowed), in their order. */
export function dashboardQueues(scope: DashboardScope): Promise<{ id: number; name: string }[]> {
  return many(
    `SELECT id, name FROM "Queues" WHERE "companyId" = :companyId ${scope.queueId ? 'AND id = :queueId' : ''} ORDER BY position, name`,
    values(scope),
  );
}

/** The company's users; `listed`: active and, with a queue chosen, its member. */
export function dashboardUsers(scope: DashboardScope): Promise<{ id: number; name: string; listed: boolean }[]> {
  return many(
    `SELECT u.id, u.name, (u.active AND (:queueId::int IS NULL OR EXISTS (
         SELECT 1 FROM "UserQueues" uq WHERE uq."userId" = u.id AND uq."queueId" = :queueId))) AS listed
       FROM "Users" u WHERE u."companyId" = :companyId`,
    values(scope),
  );
}

/** Tickets waiting and being served right now. */
export function ticketsNow(scope: DashboardScope): Promise<{ status: 'pending' | 'open'; count: number }[]> {
  return many(
    `SELECT status, count(*)::int AS count FROM "Tickets" WHERE "companyId" = :companyId AND status IN ('pending', 'open') ${scope.queueId ? `AND "queueId" = :queueId` : ''} GROUP BY status`,
    values(scope),
  );
}

/** Contacts created in the period, per local day. */
export function contactsCreatedPerDay(scope: DashboardScope): Promise<{ day: string; count: number }[]> {
  return many(
    `SELECT (("createdAt" AT TIME ZONE :tz)::date)::text AS day, count(*)::int AS count FROM "Contacts"
       WHERE "companyId" = :companyId AND "createdAt" >= :from AND "createdAt" < :to GROUP BY 1`,
    values(scope),
  );
}

/** One group of a flow: a local day, an hour of the day (0–23), a queue or an attendant. */
export interface FlowGroup {
  kind: 'day' | 'hour' | 'queue' | 'user';
  key: string | null;
  count: number;
  /** Seconds summed over the tickets that have the duration (waiting or handling), and how many have it. */
  durationSum: number;
  durationCount: number;
}

/**
 * The rows of `source` (one per ticket opened, or per close) grouped at once by local day, hour, queue (and
 * attendant) with GROUPING SETS: one range scan of a ("companyId", time) index per flow, whatever the number
 * of figures. `source` selects `at` (the instant that falls in the range), "queueId", "userId" and `duration`
 * (the seconds the averages are made of; null when the row has none).
 */
async function flow(scope: DashboardScope, source: string, byUser: boolean): Promise<FlowGroup[]> {
  const { companyId, queueId } = scope;
  const rows = await many<{ kind: FlowGroup['kind']; key: string | number | null; count: number; durationSum: number | null; durationCount: number }>(
    `SELECT CASE WHEN GROUPING(day) = 0 THEN 'day' WHEN GROUPING(hour) = 0 THEN 'hour'
                 WHEN GROUPING("queueId") = 0 THEN 'queue' ELSE 'user' END AS kind,
            COALESCE(day, hour::text, "queueId"::text${byUser ? `, "userId"::text` : ''}) AS key,
            count(*)::int AS count, sum(duration)::float8 AS "durationSum", count(duration)::int AS "durationCount"
     FROM (
       SELECT ((s.at AT TIME ZONE :tz)::date)::text AS day, extract(hour FROM s.at AT TIME ZONE :tz)::int AS hour, s."queueId", s."userId", s.duration
       FROM (${source}) s
     ) f
     GROUP BY GROUPING SETS ((day), (hour), ("queueId")${byUser ? `, ("userId")` : ''})`,
    { companyId, tz: scope.timezone, from: scope.from, to: scope.to, queueId: queueId ?? null },
  );
  return rows.map((r) => ({ ...r, key: r.key === null ? null : String(r.key), durationSum: r.durationSum ?? 0 }));
}

/**
 * Tickets opened in the range, with their wait until an attendant accepted them (created → accepted). A
 * conversation an attendant started is accepted in the statement that creates it (startTicket: the same
 * transaction time): no customer waited, so it has no wait rather than a wait of zero that would flatter the average.
 */
export const createdFlow = (scope: DashboardScope) =>
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
export const closedFlow = (scope: DashboardScope) =>
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

/** Ratings answered in the period, counted per rating (1–5) overall, per queue and per attendant of the ticket. */
export interface CsatGroup {
  kind: 'all' | 'queue' | 'user';
  key: string | null;
  rating: number;
  count: number;
}

/**
 * The CSAT answers of the period (by when the customer answered), one range scan of the partial index
 * Tickets_company_csat_answered: each rating is credited to the queue and attendant the ticket had when it was
 * closed — a closed ticket keeps them.
 */
export function csatFlow(scope: DashboardScope): Promise<CsatGroup[]> {
  return many<CsatGroup>(
    `SELECT CASE WHEN GROUPING("queueId") = 0 THEN 'queue' WHEN GROUPING("userId") = 0 THEN 'user' ELSE 'all' END AS kind,
       COALESCE("queueId"::text, "userId"::text) AS key, "csatRating" AS rating, count(*)::int AS count
     FROM "Tickets"
     WHERE "companyId" = :companyId AND "csatAnsweredAt" >= :from AND "csatAnsweredAt" < :to AND "csatAnsweredAt" IS NOT NULL
       ${scope.queueId ? `AND "queueId" = :queueId` : ''}
     GROUP BY GROUPING SETS (("csatRating"), ("queueId", "csatRating"), ("userId", "csatRating"))`,
    values(scope),
  );
}

/**
 * The tickets closed in the period and still closed, per close reason (the reason belongs to the latest close;
 * a reopened ticket counts again when it is closed again): one range scan of Tickets_company_closed, grouped by
 * the reason's id; the names come from the company's few reasons, read apart (a join would scan CloseReasons).
 * Without a reason (none asked, skipped, or the reason deleted): one row with id and name null.
 */
export async function closeReasonCounts(scope: DashboardScope): Promise<{ closeReasonId: number | null; name: string | null; count: number }[]> {
  const [counts, reasons] = await Promise.all([
    many<{ closeReasonId: number | null; count: number }>(
      `SELECT t."closeReasonId", count(*)::int AS count
       FROM "Tickets" t
       WHERE t."companyId" = :companyId AND t."closedAt" >= :from AND t."closedAt" < :to AND t."closedAt" IS NOT NULL
         ${scope.queueId ? `AND t."queueId" = :queueId` : ''}
       GROUP BY t."closeReasonId"`,
      values(scope),
    ),
    many<{ id: number; name: string }>(`SELECT id, name FROM "CloseReasons" WHERE "companyId" = :companyId`, { companyId: scope.companyId }),
  ]);
  const names = new Map(reasons.map((r) => [r.id, r.name]));
  return counts
    .map((row) => ({ closeReasonId: row.closeReasonId, name: row.closeReasonId === null ? null : (names.get(row.closeReasonId) ?? null), count: row.count }))
    .sort((a, b) => b.count - a.count || (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
}
