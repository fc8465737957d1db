import type { Transaction } from 'sequelize';
import { messageColumns, type MessageRow } from '../messages.js';
import { one } from '../sql.js';
import { MOVED_TICKET_COLUMNS, type MovedTicket } from '../tickets.js';

// The inbound path's message statements. Both paths (the short one for a conversation going on, the full one
// in a transaction: contact, ticket, message) store exactly the same row and move the ticket the same way,
// through the two fragments below. They bind the columns the pipeline builds (InboundColumns), plus
// :contactId, :preview and the ticket they name.

/** An inbound message's values as bound to the statements (every column, and a few more the statements ignore). */
export type InboundColumns = Record<string, unknown> & {
  companyId: number;
  whatsappId: number;
  wid: string;
  number: string;
  lid: string | null;
  pushName: string | null;
  fromMe: boolean;
};

/** The message row, inserted into the ticket `t` chosen by the FROM … WHERE that follows; a redelivery inserts nothing. */
function insertInboundMessage(ticketOfMessage: string): string {
  return `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "sentAt",
      "quotedMsgId", "mediaStatus", mimetype, "fileName", content, raw)
    SELECT :companyId, t.id, :contactId, :whatsappId, :wid, :fromMe, :body, :mediaType, :sentAt,
      -- a reply links to the quoted row when this connection stored it; unknown quotes stay unlinked
      (SELECT q.id FROM "Messages" q WHERE q."whatsappId" = :whatsappId AND q.wid = :quotedWid AND q."companyId" = :companyId),
      :mediaStatus, :mimetype, :fileName, :content::jsonb, :raw::jsonb
    ${ticketOfMessage}
    ON CONFLICT ("whatsappId", wid) DO NOTHING`;
}

/** What the ticket shows of its latest message; a message sent from the account's own phone marks it read. */
const TICKET_MOVED_BY_MESSAGE = `"unreadMessages" = CASE WHEN :fromMe THEN 0 ELSE "unreadMessages" + 1 END,
  "lastMessage" = :preview, "lastMessageAt" = :sentAt, "updatedAt" = now()`;

const MOVED_TICKET = MOVED_TICKET_COLUMNS.map((c) => `"${c}"`).join(', ');
const MESSAGE_COLUMNS = messageColumns();

/** What the short path needs to know, in one read: a redelivery? which contact? its active ticket on this connection? */
export interface SeenChat {
  known: boolean;
  contactId: number | null;
  name: string;
  number: string;
  lid: string | null;
  ticketId: number | null;
  /** The contact is blocked (migration 0032): the message is dropped, only counted. */
  blocked: boolean;
}

export async function seenChat(columns: InboundColumns): Promise<SeenChat | undefined> {
  return one<SeenChat>(
    `SELECT EXISTS (SELECT 1 FROM "Messages" WHERE "whatsappId" = :whatsappId AND wid = :wid) AS known,
       c.id AS "contactId", c.name, c.number, c.lid, c."blockedAt" IS NOT NULL AS blocked,
       (SELECT t.id FROM "Tickets" t
        WHERE t."companyId" = :companyId AND t."contactId" = c.id AND t."whatsappId" = :whatsappId AND t.status <> 'closed') AS "ticketId"
     FROM (SELECT 1) one
     LEFT JOIN "Contacts" c ON c."companyId" = :companyId AND contact_number_key(c.number) = contact_number_key(:number)`,
    columns,
  );
}

const TICKET_AS = MOVED_TICKET_COLUMNS.map((c) => `ticket."${c}" AS "ticket.${c}"`).join(', ');
const INTO_ACTIVE_TICKET = `WITH message AS (
       ${insertInboundMessage(`FROM "Tickets" t WHERE t.id = :ticketId AND t.status <> 'closed'`)}
       RETURNING ${MESSAGE_COLUMNS}
     ), ticket AS (
       UPDATE "Tickets" SET ${TICKET_MOVED_BY_MESSAGE}
       WHERE id = :ticketId AND EXISTS (SELECT 1 FROM message)
       RETURNING ${MOVED_TICKET}
     )
     SELECT message.*, ${TICKET_AS} FROM message, ticket`;

/**
 * The short path's one statement, atomic by itself: the message into the ticket, still active, and the
 * ticket moved. Undefined when nothing was stored (closed meanwhile, or a redelivery raced in).
 */
export async function insertIntoActiveTicket(
  columns: InboundColumns,
  into: { contactId: number; ticketId: number; preview: string },
): Promise<{ message: MessageRow; ticket: MovedTicket } | undefined> {
  const row = await one<Record<string, unknown>>(INTO_ACTIVE_TICKET, { ...columns, ...into });
  if (!row) return undefined;
  const message: Record<string, unknown> = {};
  const ticket: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('ticket.')) ticket[key.slice('ticket.'.length)] = value;
    else message[key] = value;
  }
  return { message: message as unknown as MessageRow, ticket: ticket as unknown as MovedTicket };
}

/** Whether this connection already stored the message (a redelivery, or the echo of a reply Atende wrote before sending it). */
export async function storedMessageId(transaction: Transaction, whatsappId: number, wid: string): Promise<string | undefined> {
  return (await one<{ id: string }>(`SELECT id FROM "Messages" WHERE "whatsappId" = :whatsappId AND wid = :wid`, { whatsappId, wid }, { transaction }))?.id;
}

const INTO_CONTACTS_TICKET = `${insertInboundMessage(`FROM "Tickets" t WHERE t."companyId" = :companyId AND t."contactId" = :contactId AND t."whatsappId" = :whatsappId AND t.status <> 'closed'`)}
       RETURNING ${MESSAGE_COLUMNS}`;

/** The full path's message: into the contact's active ticket on the connection; undefined for a redelivery. */
export function insertIntoContactsTicket(transaction: Transaction, columns: InboundColumns, contactId: number): Promise<MessageRow | undefined> {
  return one<MessageRow>(INTO_CONTACTS_TICKET, { ...columns, contactId }, { transaction });
}

const INTO_CLOSED_TICKET = `${insertInboundMessage(`FROM "Tickets" t WHERE t.id = :ticketId`)}
       RETURNING ${MESSAGE_COLUMNS}`;

/**
 * A customer's CSAT answer, into the closed ticket it rates (which stays closed and does not move: it is not a
 * conversation going on); undefined for a redelivery.
 */
export function insertIntoRatedTicket(
  transaction: Transaction,
  columns: InboundColumns,
  into: { contactId: number; ticketId: number },
): Promise<MessageRow | undefined> {
  return one<MessageRow>(INTO_CLOSED_TICKET, { ...columns, ...into }, { transaction });
}

const MOVE_TICKET = `UPDATE "Tickets" SET ${TICKET_MOVED_BY_MESSAGE} WHERE id = :ticketId
       RETURNING ${MOVED_TICKET}`;

/** The full path's ticket moved by the message it just stored. */
export async function moveTicketByMessage(
  transaction: Transaction,
  columns: InboundColumns,
  into: { ticketId: number; preview: string },
): Promise<MovedTicket> {
  const ticket = await one<MovedTicket>(MOVE_TICKET, { ...columns, ...into }, { transaction });
  return ticket!;
}
