import { visibilityCondition, type TicketSettings, type Viewer } from '../services/tickets/ticketVisibility.js';
import { many } from './sql.js';

// The tickets export (services/exports/exportTickets.ts): tickets created in a period, read in keyset batches
// along Tickets_company_created ("companyId", "createdAt"), so 100k rows are never held at once.

export interface TicketExportRow {
  id: number;
  status: string;
  contact: string;
  number: string;
  connection: string | null;
  queue: string | null;
  attendant: string | null;
  createdAt: string;
  acceptedAt: string | null;
  closedAt: string | null;
  waitingSeconds: number | null;
  handlingSeconds: number | null;
  tags: string;
  csatRating: number | null;
  csatAnsweredAt: string | null;
  /** The keyset: createdAt at full precision (text, so microseconds survive the round trip) and id. */
  afterAt: string;
}

export interface TicketExportBatch {
  companyId: number;
  from: Date;
  to: Date;
  timezone: string;
  /** For a viewer who does not see every ticket: the visibility rule (services/tickets/ticketVisibility.ts). */
  visibility?: { viewer: Viewer; settings: TicketSettings };
  after: { at: string; id: number } | null;
  size: number;
}

const LOCAL = (expression: string, name: string) => `to_char(${expression} AT TIME ZONE :timezone, 'YYYY-MM-DD HH24:MI:SS') AS "${name}"`;

/** One batch of the period's tickets after `after`, in creation order, with names and times in the company's clock. */
export function ticketExportBatch(batch: TicketExportBatch): Promise<TicketExportRow[]> {
  const visible = batch.visibility && visibilityCondition(batch.visibility.viewer, batch.visibility.settings);
  return many<TicketExportRow>(
    `SELECT t.id, t.status, c.name AS contact, c.number, w.name AS connection, q.name AS queue, u.name AS attendant,
       ${LOCAL('t."createdAt"', 'createdAt')}, ${LOCAL('t."acceptedAt"', 'acceptedAt')}, ${LOCAL('t."closedAt"', 'closedAt')},
       CASE WHEN t."acceptedAt" > t."createdAt" THEN round(extract(epoch FROM t."acceptedAt" - t."createdAt"))::int END AS "waitingSeconds",
       CASE WHEN t."closedAt" > t."acceptedAt" THEN round(extract(epoch FROM t."closedAt" - t."acceptedAt"))::int END AS "handlingSeconds",
       COALESCE((SELECT string_agg(tg.name, ', ' ORDER BY lower(tg.name), tg.id)
         FROM "TicketTags" tt JOIN "Tags" tg ON tg.id = tt."tagId" WHERE tt."ticketId" = t.id), '') AS tags,
       t."csatRating", ${LOCAL('t."csatAnsweredAt"', 'csatAnsweredAt')},
       t."createdAt"::text AS "afterAt"
     FROM "Tickets" t
     JOIN "Contacts" c ON c.id = t."contactId"
     LEFT JOIN "Whatsapps" w ON w.id = t."whatsappId"
     LEFT JOIN "Queues" q ON q.id = t."queueId"
     LEFT JOIN "Users" u ON u.id = t."userId"
     WHERE t."companyId" = :companyId AND t."createdAt" >= :from AND t."createdAt" < :to
       ${batch.after ? `AND (t."createdAt", t.id) > (:afterAt::timestamptz, :afterId)` : ''}
       ${visible ? `AND ${visible.condition}` : ''}
     ORDER BY t."createdAt", t.id
     LIMIT :size`,
    {
      ...(visible?.replacements ?? {}),
      companyId: batch.companyId,
      from: batch.from,
      to: batch.to,
      timezone: batch.timezone,
      afterAt: batch.after?.at ?? null,
      afterId: batch.after?.id ?? null,
      size: batch.size,
    },
  );
}
