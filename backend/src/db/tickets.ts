import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// The Tickets table: its row as the ticket queries read it (joined with its contact), and the statements
// that read or move one ticket. The list is in ticketList.ts, the history in ticketHistory.ts.

export type TicketStatus = 'pending' | 'open' | 'closed';

export interface TicketTag {
  id: number;
  name: string;
  color: string;
}

/** A ticket as read by the ticket queries (joined with its contact). */
export interface TicketRow {
  id: number;
  uuid: string;
  /** The company's sequential number of the ticket ("#2041"), given by the database on insert (migration 0030). */
  protocol: number;
  companyId: number;
  status: TicketStatus;
  userId: number | null;
  /** The attendant's name (issue 17: the chat header says who attends), read with the row; null when nobody's. */
  userName: string | null;
  queueId: number | null;
  whatsappId: number | null;
  contactId: number;
  contactName: string;
  contactNumber: string;
  /** The contact's lead score (0–100, null: unscored): the inbox card's chip. */
  contactLeadScore: number | null;
  unreadMessages: number;
  lastMessage: string | null;
  lastMessageAt: Date | string | null;
  acceptedAt: Date | string | null;
  closedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  /** When it last became pending (migration 0035, kept by a trigger); its creation if it never was. */
  pendingSince: Date | string;
  /** Aggregated by TICKET_COLUMNS, alphabetical; [] when none. */
  tags: TicketTag[];
  /** The AI agent answers the customer (issue 13): not offered to attendants until it hands over or is taken over. */
  botActive: boolean;
  /** The CSAT answer (migration 0027): 1–5 and when, or null. */
  csatRating: number | null;
  csatAnsweredAt: Date | string | null;
  /** Why its latest close happened (migration 0032); null: none given, not closed, or the reason was deleted. */
  closeReasonId: number | null;
  closeReasonName: string | null;
}

/** Where a ticket is: what decides who sees it and who may act on it. */
export type TicketPlacement = Pick<TicketRow, 'status' | 'userId' | 'queueId'>;

/**
 * Where a ticket is and what its card shows after a message: what the `message.created` event carries, so
 * listeners need not read the ticket back.
 */
export interface MovedTicket {
  id: number;
  uuid: string;
  status: TicketStatus;
  userId: number | null;
  queueId: number | null;
  unreadMessages: number;
  lastMessage: string | null;
  lastMessageAt: Date;
  /** In the bot phase: the AI step answers the message, the menu and distribution leave the ticket alone. */
  botActive: boolean;
}

/** MovedTicket's columns, for a RETURNING or a select list. */
export const MOVED_TICKET_COLUMNS = ['id', 'uuid', 'status', 'userId', 'queueId', 'unreadMessages', 'lastMessage', 'lastMessageAt', 'botActive'] as const;
const MOVED_TICKET = MOVED_TICKET_COLUMNS.map((c) => `"${c}"`).join(', ');

/**
 * The ticket's tags as one JSON array, read through the TicketTags primary key. A correlated subquery in the
 * select list: with ORDER BY … LIMIT the planner evaluates it only for the rows returned (a page, not the
 * table), so the list stays as fast as without it.
 */
const TICKET_TAGS = `COALESCE((SELECT json_agg(json_build_object('id', tg.id, 'name', tg.name, 'color', tg.color) ORDER BY lower(tg.name), tg.id)
    FROM "TicketTags" tt JOIN "Tags" tg ON tg.id = tt."tagId" WHERE tt."ticketId" = t.id), '[]'::json)`;

/** TicketRow's select list, over `"Tickets" t JOIN "Contacts" c`. */
export const TICKET_COLUMNS = `t.id, t.uuid, t.protocol, t."companyId", t.status, t."userId", (SELECT u.name FROM "Users" u WHERE u.id = t."userId") AS "userName", t."queueId", t."whatsappId", t."contactId",
  c.name AS "contactName", c.number AS "contactNumber", c."leadScore" AS "contactLeadScore", t."unreadMessages", t."lastMessage", t."lastMessageAt",
  t."acceptedAt", t."closedAt", t."createdAt", t."updatedAt", t."pendingSince", ${TICKET_TAGS} AS tags, t."botActive", t."csatRating", t."csatAnsweredAt",
  t."closeReasonId", (SELECT cr.name FROM "CloseReasons" cr WHERE cr.id = t."closeReasonId") AS "closeReasonName"`;

/** One ticket of the company with its contact; `lock` takes the row for a state change. */
export function selectTicket(companyId: number, ticketId: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<TicketRow | undefined> {
  return one<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE t.id = :ticketId AND t."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF t' : ''}`,
    { ticketId, companyId },
    options,
  );
}

/** The id of the company's ticket with this uuid (the address links carry). */
export async function ticketIdWithUuid(companyId: number, uuid: string): Promise<number | undefined> {
  return (await one<{ id: number }>(`SELECT id FROM "Tickets" WHERE uuid = :uuid AND "companyId" = :companyId`, { uuid, companyId }))?.id;
}

/** Where a ticket is now (and its company, and whether the AI answers it), for events that carry only its id. */
export function ticketPlacement(ticketId: number): Promise<(TicketPlacement & { companyId: number; botActive: boolean }) | undefined> {
  return one(`SELECT "companyId", status, "userId", "queueId", "botActive" FROM "Tickets" WHERE id = :ticketId`, { ticketId });
}

/**
 * What the row must still be at write time for a step of its life to apply ("still pending", "not closed",
 * "still this attendant's"…), so that concurrent steps cannot both win.
 */
export interface TicketGuard {
  status: TicketStatus | { not: TicketStatus };
  userId?: number | null;
  queueId?: number | null;
  /** Still in the bot phase (a take-over), or no longer in it. */
  botActive?: boolean;
}

const isValue = (column: string, value: number | null) => (value === null ? `"${column}" IS NULL` : `"${column}" = ${Number(value)}`);

function guardCondition(guard: TicketGuard): string {
  const status = typeof guard.status === 'string' ? `status = '${guard.status}'` : `status <> '${guard.status.not}'`;
  return [
    status,
    ...(guard.userId !== undefined ? [isValue('userId', guard.userId)] : []),
    ...(guard.queueId !== undefined ? [isValue('queueId', guard.queueId)] : []),
    ...(guard.botActive !== undefined ? [guard.botActive ? `"botActive"` : `NOT "botActive"`] : []),
  ].join(' AND ');
}

/** A step's new placement; `botActive` starts the bot phase (the menu filing a ticket where an AI agent answers). */
export type PlacementChange = TicketPlacement & { botActive?: boolean };

/**
 * A lifecycle step's new placement: accepted/closed times follow the status, a close clears the unread count,
 * and the chatbot's menu and the AI's bot phase end. False when the row no longer satisfies `guard`.
 */
export async function updateTicketPlacement(transaction: Transaction, ticketId: number, change: PlacementChange, guard?: TicketGuard): Promise<boolean> {
  const updated = await many<{ id: number }>(
    `UPDATE "Tickets" SET status = :status, "userId" = :userId, "queueId" = :queueId,
       "acceptedAt" = CASE WHEN :status = 'open' AND "acceptedAt" IS NULL THEN now() ELSE "acceptedAt" END,
       "closedAt" = CASE WHEN :status = 'closed' THEN now() ELSE NULL END,
       -- the reason belongs to the close: set just before it (closeTicket), gone when the ticket lives again
       "closeReasonId" = CASE WHEN :status = 'closed' THEN "closeReasonId" ELSE NULL END,
       "unreadMessages" = CASE WHEN :status = 'closed' THEN 0 ELSE "unreadMessages" END,
       -- any step of the ticket's life ends the menu (the chatbot writes its next step itself: fileTicket)
       "chatbotState" = NULL,
       -- and the bot phase: once a person or the menu moved the ticket, the AI no longer answers it
       "botActive" = :botActive,
       "updatedAt" = now()
     WHERE id = :ticketId ${guard ? `AND ${guardCondition(guard)}` : ''} RETURNING id`,
    { status: change.status, userId: change.userId, queueId: change.queueId, botActive: change.botActive === true, ticketId },
    { transaction },
  );
  return updated.length > 0;
}

/** The open tickets of an attendant, locked in id order (they are about to be given back). */
export async function lockOpenTicketIdsOfUser(transaction: Transaction, companyId: number, userId: number): Promise<number[]> {
  const rows = await many<{ id: number }>(
    `SELECT id FROM "Tickets" WHERE "companyId" = :companyId AND "userId" = :userId AND status = 'open' ORDER BY id FOR UPDATE`,
    { companyId, userId },
    { transaction },
  );
  return rows.map((r) => r.id);
}

/** The unread badge back to zero (a no-op, and no row version, when it already is). */
export async function clearUnreadCount(transaction: Transaction, ticketId: number): Promise<void> {
  await exec(`UPDATE "Tickets" SET "unreadMessages" = 0 WHERE id = :ticketId AND "unreadMessages" <> 0`, { ticketId }, { transaction });
}

/**
 * The card's text after an edit or a delete of `messageId`: moved only when that message is still the
 * ticket's latest one typed by someone, and only when the text changes. The ticket as it is then, or undefined.
 */
export function updateTicketPreview(
  input: { companyId: number; ticketId: number; messageId: number | string; preview: string },
  transaction?: Transaction,
): Promise<TicketRow | undefined> {
  return one<TicketRow>(
    `WITH changed AS (
       UPDATE "Tickets" t SET "lastMessage" = :preview, "updatedAt" = now()
       WHERE t.id = :ticketId AND t."companyId" = :companyId AND t."lastMessage" IS DISTINCT FROM :preview
         -- Atende's automatic texts never are the preview, so one after the message does not hide its change
         AND NOT EXISTS (SELECT 1 FROM "Messages" m WHERE m."ticketId" = t.id AND m.id > :messageId AND NOT m.automatic)
       RETURNING t.*)
     SELECT ${TICKET_COLUMNS} FROM changed t JOIN "Contacts" c ON c.id = t."contactId"`,
    input,
    { transaction },
  );
}

/**
 * A conversation an attendant starts: open and theirs at once. acceptedAt = createdAt (both now(), the
 * transaction's time) marks it as nobody's wait (dashboard). Undefined when the contact already has an
 * active ticket on that connection (the partial unique index).
 */
export async function insertStartedTicket(
  transaction: Transaction,
  input: { companyId: number; contactId: number; whatsappId: number; queueId: number | null; userId: number },
): Promise<number | undefined> {
  const created = await one<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", "queueId", status, "userId", "createdAt", "acceptedAt")
       VALUES (:companyId, :contactId, :whatsappId, :queueId, 'open', :userId, now(), now())
       ON CONFLICT ("companyId", "contactId", "whatsappId") WHERE status <> 'closed' DO NOTHING RETURNING id`,
    input,
    { transaction },
  );
  return created?.id;
}

/** The contact's active ticket on a connection, and the name of whoever has it. */
export function activeTicketOf(at: { companyId: number; contactId: number; whatsappId: number }): Promise<{ id: number; userName: string | null } | undefined> {
  return one(
    `SELECT t.id, u.name AS "userName" FROM "Tickets" t LEFT JOIN "Users" u ON u.id = t."userId"
     WHERE t."companyId" = :companyId AND t."contactId" = :contactId AND t."whatsappId" = :whatsappId AND t.status <> 'closed'`,
    at,
  );
}

/**
 * A reply written from Atende moves the ticket's card (its text, its time) and reads it: the attendant has
 * seen the conversation. An automatic text leaves the ticket as it was: the customer's words stay its preview
 * and their messages stay unread (three new tickets must not all read "Olá! Escolha uma opção…" with no badge).
 */
export function ticketMovedByReply(
  transaction: Transaction,
  ticketId: number,
  reply: { preview: string; automatic: boolean },
): Promise<MovedTicket | undefined> {
  return one<MovedTicket>(
    reply.automatic
      ? `SELECT ${MOVED_TICKET} FROM "Tickets" WHERE id = :ticketId`
      : `UPDATE "Tickets" SET "lastMessage" = :preview, "lastMessageAt" = now(), "unreadMessages" = 0, "updatedAt" = now()
  WHERE id = :ticketId RETURNING ${MOVED_TICKET}`,
    { ticketId, preview: reply.preview },
    { transaction },
  );
}
