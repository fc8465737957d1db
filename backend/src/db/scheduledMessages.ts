import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// "ScheduledMessages": a text to one contact at a given time (migration 0024 tells the statuses). The SQL of the
// scheduling use cases, of the claim at due time and of the sweep that finds what Bull's alarm missed.

export type ScheduledStatus = 'pending' | 'sending' | 'sent' | 'cancelled' | 'failed';

/** A row with the names the list shows (contact, connection, who scheduled it). */
export interface ScheduledMessageRow {
  id: number;
  companyId: number;
  contactId: number;
  contactName: string;
  contactNumber: string;
  whatsappId: number | null;
  whatsappName: string | null;
  userId: number | null;
  userName: string | null;
  body: string;
  sendAt: Date | string;
  status: ScheduledStatus;
  messageId: string | number | null;
  ticketId: number | null;
  error: string | null;
  sentAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const SELECT_VIEW = `SELECT s.id, s."companyId", s."contactId", c.name AS "contactName", c.number AS "contactNumber",
    s."whatsappId", w.name AS "whatsappName", s."userId", u.name AS "userName", s.body, s."sendAt", s.status,
    s."messageId", m."ticketId", s.error, s."sentAt", s."createdAt", s."updatedAt"
  FROM "ScheduledMessages" s
  JOIN "Contacts" c ON c.id = s."contactId"
  LEFT JOIN "Whatsapps" w ON w.id = s."whatsappId"
  LEFT JOIN "Users" u ON u.id = s."userId"
  LEFT JOIN "Messages" m ON m.id = s."messageId"`;

/** One of the company's scheduled messages; with `lock`, its row stays locked until the transaction ends. */
export function selectScheduledMessage(
  companyId: number,
  id: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ScheduledMessageRow | undefined> {
  return one(`${SELECT_VIEW} WHERE s.id = :id AND s."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF s' : ''}`, { id, companyId }, options);
}

export interface ScheduledListQuery {
  companyId: number;
  /** Only the ones this user scheduled (an attendant's own list). */
  userId?: number;
  contactId?: number;
  status?: ScheduledStatus;
  limit: number;
}

/** Soonest first among the pending ones; the others (sent, cancelled, failed) after, the latest first. */
export function listScheduledMessageRows({ companyId, userId, contactId, status, limit }: ScheduledListQuery): Promise<ScheduledMessageRow[]> {
  const where = ['s."companyId" = :companyId'];
  if (userId !== undefined) where.push('s."userId" = :userId');
  if (contactId !== undefined) where.push('s."contactId" = :contactId');
  if (status !== undefined) where.push('s.status = :status');
  return many(
    `${SELECT_VIEW} WHERE ${where.join(' AND ')}
     ORDER BY (s.status IN ('pending', 'sending')) DESC,
              CASE WHEN s.status IN ('pending', 'sending') THEN s."sendAt" END ASC, s."sendAt" DESC, s.id DESC
     LIMIT :limit`,
    { companyId, userId, contactId, status, limit },
  );
}

export async function insertScheduledMessage(
  transaction: Transaction,
  fields: { companyId: number; contactId: number; whatsappId: number; userId: number; body: string; sendAt: Date },
): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "ScheduledMessages" ("companyId", "contactId", "whatsappId", "userId", body, "sendAt")
     VALUES (:companyId, :contactId, :whatsappId, :userId, :body, :sendAt) RETURNING id`,
    fields,
    { transaction },
  );
  return row!.id;
}

/** Writes the pending row's fields (the caller merged the changes and holds its lock). */
export async function updatePendingScheduledMessage(
  transaction: Transaction,
  id: number,
  fields: { contactId: number; whatsappId: number; body: string; sendAt: Date },
): Promise<void> {
  await exec(
    `UPDATE "ScheduledMessages" SET "contactId" = :contactId, "whatsappId" = :whatsappId, body = :body, "sendAt" = :sendAt, "updatedAt" = now()
     WHERE id = :id AND status = 'pending'`,
    { id, ...fields },
    { transaction },
  );
}

export async function cancelPendingScheduledMessage(transaction: Transaction, id: number): Promise<void> {
  await exec(`UPDATE "ScheduledMessages" SET status = 'cancelled', "updatedAt" = now() WHERE id = :id AND status = 'pending'`, { id }, { transaction });
}

/** What the send needs of a claimed row. */
export interface ClaimedScheduledMessage {
  id: number;
  companyId: number;
  contactId: number;
  whatsappId: number | null;
  userId: number | null;
  body: string;
}

/**
 * The claim: pending → sending, only when it is due. Concurrent claimers (two processes' jobs, a job and the
 * sweep) serialise on the row; the second finds it no longer pending and gets nothing.
 */
export function claimDueScheduledMessage(transaction: Transaction, id: number): Promise<ClaimedScheduledMessage | undefined> {
  return one(
    `UPDATE "ScheduledMessages" SET status = 'sending', "updatedAt" = now()
     WHERE id = :id AND status = 'pending' AND "sendAt" <= now()
     RETURNING id, "companyId", "contactId", "whatsappId", "userId", body`,
    { id },
    { transaction },
  );
}

export async function setScheduledMessageWritten(transaction: Transaction, id: number, messageId: number | string): Promise<void> {
  await exec(`UPDATE "ScheduledMessages" SET "messageId" = :messageId, "updatedAt" = now() WHERE id = :id`, { id, messageId }, { transaction });
}

export async function setScheduledMessageFailed(transaction: Transaction, id: number, error: string): Promise<void> {
  await exec(`UPDATE "ScheduledMessages" SET status = 'failed', error = :error, "updatedAt" = now() WHERE id = :id`, { id, error }, { transaction });
}

/**
 * sending → sent for the rows whose message WhatsApp took (ack ≥ 1): the one message `messageId` (its ack
 * event), or all of them (the sweep, for an ack event a restart lost). Returns the rows that changed.
 */
export function markScheduledMessagesSent(messageId?: number | string): Promise<{ id: number; companyId: number }[]> {
  return many(
    `UPDATE "ScheduledMessages" s SET status = 'sent', "sentAt" = now(), "updatedAt" = now()
     FROM "Messages" m
     WHERE m.id = s."messageId" AND s.status = 'sending' AND m.ack >= 1 ${messageId === undefined ? '' : 'AND s."messageId" = :messageId'}
     RETURNING s.id, s."companyId"`,
    { messageId },
  );
}

/** Pending rows due before `horizon` (the sweep queues their alarms), soonest first. */
export function pendingScheduledMessagesBefore(horizon: Date, limit: number): Promise<{ id: number; sendAt: Date | string }[]> {
  return many(`SELECT id, "sendAt" FROM "ScheduledMessages" WHERE status = 'pending' AND "sendAt" <= :horizon ORDER BY "sendAt" LIMIT :limit`, {
    horizon,
    limit,
  });
}

/** The contact's active ticket on a connection, locked (the one the scheduled message continues). */
export function lockActiveTicketOf(
  transaction: Transaction,
  at: { companyId: number; contactId: number; whatsappId: number },
): Promise<{ id: number; protocol: number } | undefined> {
  return one(
    `SELECT id, protocol FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status <> 'closed' FOR UPDATE`,
    at,
    { transaction },
  );
}

/** Where a row stands, for an alarm that did not claim it (internal: no company scope, the id comes from our job). */
export function scheduledMessageTiming(id: number): Promise<{ status: ScheduledStatus; sendAt: Date | string } | undefined> {
  return one(`SELECT status, "sendAt" FROM "ScheduledMessages" WHERE id = :id`, { id });
}
