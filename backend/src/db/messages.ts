import type { Transaction } from 'sequelize';
import { exec, exists, many, one } from './sql.js';
import type { MovedTicket } from './tickets.js';

// The Messages table: its row, its column list, and the statements of a conversation's history and of the
// replies written from Atende. Inbound writes are in inbound/, media in messageMedia.ts, sending in outbound.ts.

/** A Messages row as read with `RETURNING *` / `SELECT *` (raw queries keep the hot paths lean). */
export interface MessageRow {
  id: number | string;
  companyId: number;
  ticketId: number;
  contactId: number | null;
  whatsappId: number | null;
  wid: string;
  fromMe: boolean;
  body: string;
  mediaType: string;
  mediaPath: string | null;
  mediaStatus?: string | null;
  mimetype?: string | null;
  fileName?: string | null;
  mediaSize?: number | string | null;
  content?: unknown;
  reactions?: Record<string, { emoji: string; at: number }> | null;
  ack: number;
  quotedMsgId: number | string | null;
  isDeleted: boolean;
  /** Sent by Atende itself (greeting, menu, out-of-hours notice, farewell), not typed by anyone. */
  automatic?: boolean;
  /** Written by the AI agent (issue 13). */
  fromAi?: boolean;
  /** A voice note's transcript, written once by the transcription job (issue 13). */
  transcript?: string | null;
  /** Who typed it (migration 0030); null for the contact's, the AI's and automatic texts. */
  userId?: number | null;
  /** Their name now (read with the row), for the sender line supervisors see on outgoing bubbles. */
  userName?: string | null;
  /** The name the message was signed with when written ("*Ana:*\n" before the text on WhatsApp); null: unsigned. */
  signature?: string | null;
  editedAt: Date | string | null;
  sentAt: Date | string;
  createdAt: Date | string;
  updatedAt: Date | string;
  [column: string]: unknown;
}

/**
 * A message as stored, with its contact and its ticket as committed: what the `message.created` event carries
 * (inbound messages, and replies written from Atende).
 */
export interface SavedRows {
  contact: { id: number; name: string; number: string };
  /** Where the ticket is (status, owner, queue) travels with the event, so listeners need not read it back. */
  ticket: MovedTicket;
  /**
   * The row as committed: inbound rows carry every column but `raw` (media rows start with mediaStatus
   * 'pending'); other publishers may send the core columns only.
   */
  message: Partial<MessageRow> & Pick<MessageRow, 'id' | 'ticketId' | 'wid' | 'fromMe' | 'body' | 'mediaType' | 'ack' | 'sentAt'>;
  ticketCreated: boolean;
  ticketReopened?: boolean;
}

// Every Messages column but `raw` (the encoded WhatsApp message kept for media retries): what events and
// the API may see of a row. Listed once so inserts, updates and reads return the same shape (MessageRow).
const COLUMNS = [
  'id',
  '"companyId"',
  '"ticketId"',
  '"contactId"',
  '"whatsappId"',
  'wid',
  '"fromMe"',
  'body',
  '"mediaType"',
  '"mediaPath"',
  'ack',
  '"quotedMsgId"',
  '"isDeleted"',
  '"editedAt"',
  '"sentAt"',
  '"createdAt"',
  '"updatedAt"',
  'mimetype',
  '"mediaSize"',
  '"fileName"',
  '"mediaStatus"',
  'content',
  'reactions',
  'automatic',
  '"fromAi"',
  'transcript',
  '"userId"',
  'signature',
];

/** The sender's current name, beside the row's columns (`table`: how the statement names the Messages row). */
const senderName = (table: string) => `(SELECT su.name FROM "Users" su WHERE su.id = ${table}."userId") AS "userName"`;

export function messageColumns(alias?: string): string {
  const columns = alias ? COLUMNS.map((c) => `${alias}.${c}`) : COLUMNS;
  return [...columns, senderName(alias ?? '"Messages"')].join(', ');
}

/** A position in a history (a message's sentAt and id): pages go back from it. */
export type HistoryCursor = readonly (string | number)[];

const older = (before: HistoryCursor | null) => (before ? `AND (m."sentAt", m.id) < (:sentAt::timestamptz, :id)` : '');
const historyValues = (ticketId: number, before: HistoryCursor | null) => ({ ticketId, sentAt: before?.[0] ?? null, id: before?.[1] ?? null });

/**
 * How many messages of the ticket lie from message `until` up to the newest (before `before`), counted on
 * the history index; undefined when `until` is not a message of the ticket.
 */
export async function countMessagesDownTo(ticketId: number, until: number, before: HistoryCursor | null): Promise<number | undefined> {
  const reach = await one<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Messages" m, (SELECT "sentAt", id FROM "Messages" WHERE id = :until AND "ticketId" = :ticketId) target
         WHERE m."ticketId" = :ticketId AND (m."sentAt", m.id) >= (target."sentAt", target.id) ${older(before)}`,
    { ...historyValues(ticketId, before), until },
  );
  return reach?.n;
}

/** `rows` messages of the ticket, newest first, before `before` (keyset on (sentAt, id): any depth costs the same). */
export function selectMessagePage(ticketId: number, before: HistoryCursor | null, rows: number): Promise<MessageRow[]> {
  return many<MessageRow>(
    `SELECT m.*, ${senderName('m')} FROM "Messages" m WHERE m."ticketId" = :ticketId ${older(before)}
     ORDER BY m."sentAt" DESC, m.id DESC LIMIT :limit`,
    { ...historyValues(ticketId, before), limit: rows },
  );
}

export function quotedMessageInTicket(transaction: Transaction, ticketId: number, quotedMsgId: number): Promise<boolean> {
  return exists(`SELECT 1 FROM "Messages" WHERE id = :quotedMsgId AND "ticketId" = :ticketId`, { quotedMsgId, ticketId }, { transaction });
}

/** A message of the contact's chat on the connection, by its WhatsApp id (what an API client knows to quote). */
export async function messageIdOfChat(transaction: Transaction, at: { whatsappId: number; contactId: number; wid: string }): Promise<number | undefined> {
  const row = await one<{ id: string }>(`SELECT id FROM "Messages" WHERE "whatsappId" = :whatsappId AND wid = :wid AND "contactId" = :contactId`, at, {
    transaction,
  });
  return row && Number(row.id);
}

/** A message Atende sent, of the company (the send API's status read). */
export function sentMessageOfCompany(companyId: number, messageId: number): Promise<MessageRow | undefined> {
  return one<MessageRow>(`SELECT ${messageColumns()} FROM "Messages" WHERE id = :messageId AND "companyId" = :companyId AND "fromMe"`, {
    companyId,
    messageId,
  });
}

export interface OutgoingMessage {
  companyId: number;
  ticketId: number;
  contactId: number;
  whatsappId: number;
  /** The WhatsApp id the message will be sent with (a retried send is recognised by it). */
  wid: string;
  body: string;
  mediaType: string;
  mediaPath: string | null;
  mimetype: string | null;
  size: number | null;
  fileName: string | null;
  quotedMsgId: number | null;
  automatic: boolean;
  /** The AI agent's reply. */
  fromAi: boolean;
  /** The attendant who typed it (null: Atende itself, the AI, the send API). */
  userId: number | null;
  /** The name it is signed with on WhatsApp; null: unsigned. */
  signature: string | null;
}

/** A message Atende will send: ack 0 (the clock in the UI) until WhatsApp's server has it. */
export async function insertOutgoingMessage(transaction: Transaction, message: OutgoingMessage): Promise<MessageRow> {
  const row = await one<MessageRow>(
    `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "mediaPath",
                             mimetype, "mediaSize", "fileName", "quotedMsgId", ack, automatic, "fromAi", "userId", signature)
     VALUES (:companyId, :ticketId, :contactId, :whatsappId, :wid, TRUE, :body, :mediaType, :mediaPath,
             :mimetype, :size, :fileName, :quotedMsgId, 0, :automatic, :fromAi, :userId, :signature)
     RETURNING *, ${senderName('"Messages"')}`,
    { ...message },
    { transaction },
  );
  return row!;
}

export interface OwnMessage extends MessageRow {
  /** The contact's number: where a change of the message is sent. */
  number: string;
}

/** A message of the company with its contact's number, locked for a change (the lock sending takes too). */
export function lockMessageOfCompany(transaction: Transaction, companyId: number, messageId: number): Promise<OwnMessage | undefined> {
  return one<OwnMessage>(
    `SELECT m.*, c.number FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId" JOIN "Contacts" c ON c.id = t."contactId"
     WHERE m.id = :messageId AND m."companyId" = :companyId FOR UPDATE OF m`,
    { messageId, companyId },
    { transaction },
  );
}

/** Deleted for everyone, or its text edited (now), from Atende. */
export async function changeOwnMessage(
  transaction: Transaction,
  messageId: number,
  change: { kind: 'delete' } | { kind: 'edit'; body: string },
): Promise<MessageRow> {
  const row = await one<MessageRow>(
    change.kind === 'delete'
      ? `UPDATE "Messages" SET "isDeleted" = TRUE, "updatedAt" = now() WHERE id = :messageId RETURNING *`
      : `UPDATE "Messages" SET body = :body, "editedAt" = now(), "updatedAt" = now() WHERE id = :messageId RETURNING *`,
    { messageId, body: change.kind === 'edit' ? change.body : null },
    { transaction },
  );
  return row!;
}

/** The customer's messages of a ticket not read yet (no blue ticks sent), newest first, at most `limit`. */
export function unreadInboundMessages(ticketId: number, limit: number): Promise<{ id: string; wid: string }[]> {
  return many(`SELECT id, wid FROM "Messages" WHERE "ticketId" = :ticketId AND NOT "fromMe" AND ack < 4 ORDER BY id DESC LIMIT ${Number(limit)}`, { ticketId });
}

/** Marks these messages read (ack 4): their read receipts went out. */
export async function markMessagesRead(transaction: Transaction, ids: readonly (string | number)[]): Promise<void> {
  await exec(`UPDATE "Messages" SET ack = 4 WHERE id IN (:ids)`, { ids }, { transaction });
}

/** Moves a sent message's ack forward only (receipts arriving late or twice change nothing); the row when it moved. */
export function advanceAck(input: { whatsappId: number; wid: string; ack: number }, transaction?: Transaction): Promise<MessageRow | undefined> {
  return one<MessageRow>(
    `UPDATE "Messages" SET ack = :ack, "updatedAt" = now()
     WHERE "whatsappId" = :whatsappId AND wid = :wid AND "fromMe" AND ack < :ack RETURNING *`,
    input,
    { transaction },
  );
}
