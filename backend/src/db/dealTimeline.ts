import type { Transaction } from 'sequelize';
import { visibilityCondition, type TicketSettings, type Viewer } from '../services/tickets/ticketVisibility.js';
import { exec, many } from './sql.js';

// A deal's timeline: its own "DealEvents" (created, stageChanged, note — migration 0026), its tasks (created,
// done) and its contact's tickets, merged newest first when read. Tasks and tickets are never copied.

export async function insertDealEvent(
  transaction: Transaction,
  event: {
    companyId: number;
    dealId: number;
    kind: 'created' | 'stageChanged' | 'note';
    userId: number | null;
    fromStageId?: number | null;
    toStageId?: number | null;
    body?: string | null;
  },
): Promise<number> {
  const [row] = await many<{ id: string }>(
    `INSERT INTO "DealEvents" ("companyId", "dealId", kind, "userId", "fromStageId", "toStageId", body)
     VALUES (:companyId, :dealId, :kind, :userId, :fromStageId, :toStageId, :body) RETURNING id`,
    { fromStageId: null, toStageId: null, body: null, ...event },
    { transaction },
  );
  return Number(row!.id);
}

export interface TimelineRow {
  id: string;
  kind: 'created' | 'stageChanged' | 'note' | 'taskCreated' | 'taskDone' | 'ticket';
  at: Date | string;
  userId: number | null;
  userName: string | null;
  fromStageId: number | null;
  fromStageName: string | null;
  toStageId: number | null;
  toStageName: string | null;
  body: string | null;
  taskId: number | null;
  ticketId: number | null;
  ticketUuid: string | null;
}

const EVENTS = `SELECT 'event:' || e.id AS id, e.kind, e."createdAt" AS at, e."userId", u.name AS "userName",
    e."fromStageId", fs.name AS "fromStageName", e."toStageId", ts.name AS "toStageName", e.body,
    NULL::int AS "taskId", NULL::int AS "ticketId", NULL::text AS "ticketUuid"
  FROM "DealEvents" e LEFT JOIN "Users" u ON u.id = e."userId"
  LEFT JOIN "PipelineStages" fs ON fs.id = e."fromStageId" LEFT JOIN "PipelineStages" ts ON ts.id = e."toStageId"
  WHERE e."dealId" = :dealId AND (:eventId::bigint IS NULL OR e.id = :eventId)`;

const TASKS = `SELECT 'task:' || t.id || ':' || k.kind AS id, k.kind, k.at, CASE WHEN k.kind = 'taskCreated' THEN t."createdById" END AS "userId",
    CASE WHEN k.kind = 'taskCreated' THEN u.name END AS "userName", NULL::int, NULL, NULL::int, NULL, t.title AS body,
    t.id AS "taskId", NULL::int, NULL::text
  FROM "Tasks" t LEFT JOIN "Users" u ON u.id = t."createdById"
  CROSS JOIN LATERAL (VALUES ('taskCreated', t."createdAt"), ('taskDone', t."doneAt")) AS k(kind, at)
  WHERE t."dealId" = :dealId AND k.at IS NOT NULL`;

/** The contact's tickets, only those the viewer may see (the tickets' own rule, ticketVisibility.ts, on `t`). */
const TICKETS = (
  visible: string,
) => `SELECT 'ticket:' || t.id AS id, 'ticket', COALESCE(t."lastMessageAt", t."updatedAt"), t."userId", u.name, NULL::int, NULL, NULL::int, NULL,
    t."lastMessage", NULL::int, t.id, t.uuid::text
  FROM "Tickets" t LEFT JOIN "Users" u ON u.id = t."userId"
  WHERE :contactId::int IS NOT NULL AND t."contactId" = :contactId AND t."companyId" = :companyId AND (${visible})`;

/** The whole timeline, newest first (`limit` entries); `visibility` narrows the tickets to a viewer's (none: all). */
export function selectTimeline(
  deal: { companyId: number; id: number; contactId: number | null },
  limit: number,
  visibility?: { viewer: Viewer; settings: TicketSettings },
): Promise<TimelineRow[]> {
  const visible = visibility ? visibilityCondition(visibility.viewer, visibility.settings) : null;
  return many(`${EVENTS} UNION ALL ${TASKS} UNION ALL ${TICKETS(visible?.condition ?? 'TRUE')} ORDER BY at DESC, id DESC LIMIT :limit`, {
    ...visible?.replacements,
    dealId: deal.id,
    companyId: deal.companyId,
    contactId: deal.contactId,
    eventId: null,
    limit,
  });
}

/** One of the deal's own events as the timeline shows it (a note just added). */
export async function selectDealEvent(dealId: number, eventId: number, transaction?: Transaction): Promise<TimelineRow | undefined> {
  const [row] = await many<TimelineRow>(EVENTS, { dealId, eventId }, { transaction });
  return row;
}

export async function touchDeal(transaction: Transaction, dealId: number): Promise<void> {
  await exec(`UPDATE "Deals" SET "updatedAt" = now() WHERE id = :dealId`, { dealId }, { transaction });
}
