import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { MessageRow } from '../../presenters/message.js';
import type { TicketStatus } from '../../presenters/ticket.js';
import { messageColumns } from './messageColumns.js';
import { findOrOpenTicket } from './findOrOpenTicket.js';
import { insertInboundMessage, MOVED_TICKET_COLUMNS, TICKET_MOVED_BY_MESSAGE } from './inboundStatements.js';
import { saveToActiveTicket } from './saveToActiveTicket.js';
import { messagePreview } from '../../services/messages/messagePreview.js';
import type { InboundMessage } from './toInboundMessage.js';

export interface SavedRows {
  contact: { id: number; name: string; number: string };
  /** Where the ticket is (status, owner, queue) travels with the event, so listeners need not read it back. */
  ticket: {
    id: number;
    uuid: string;
    status: TicketStatus;
    userId: number | null;
    queueId: number | null;
    unreadMessages: number;
    lastMessage: string | null;
    lastMessageAt: Date;
  };
  /**
   * The row as committed: inbound rows carry every column but `raw` (media rows start with mediaStatus
   * 'pending'); other publishers may send the core columns only.
   */
  message: Partial<MessageRow> & Pick<MessageRow, 'id' | 'ticketId' | 'wid' | 'fromMe' | 'body' | 'mediaType' | 'ack' | 'sentAt'>;
  ticketCreated: boolean;
  ticketReopened?: boolean;
}

async function one<T extends object>(sequelize: Sequelize, sql: string, replacements: Record<string, unknown>, transaction: Transaction): Promise<T | undefined> {
  const rows = await sequelize.query<T>(sql, { replacements, transaction, type: QueryTypes.SELECT });
  return rows[0];
}

/**
 * A message continuing a conversation takes the short path (saveToActiveTicket.ts). Otherwise: contact,
 * ticket and message in one transaction, each guarded by a unique index rather than a prior
 * check: a redelivered message id inserts nothing and returns null (no events), and two chats racing
 * for the same contact's ticket end up on one ticket.
 */
export async function saveInboundMessage(
  sequelize: Sequelize,
  target: { companyId: number; whatsappId: number },
  inbound: InboundMessage,
  /** The encoded WhatsApp message, kept on media rows so a failed download can be retried. */
  raw: object | null = null,
): Promise<SavedRows | null> {
  const { media } = inbound;
  const base = {
    ...target,
    ...inbound,
    mediaStatus: media ? 'pending' : null,
    mimetype: media?.mimeType?.slice(0, 127) ?? null,
    fileName: media?.fileName?.slice(0, 255) ?? null,
    content: inbound.content ? JSON.stringify(inbound.content) : null,
    raw: raw ? JSON.stringify(raw) : null,
  };
  const continued = await saveToActiveTicket(sequelize, base, messagePreview(inbound));
  if (continued !== undefined) return continued;
  return sequelize.transaction(async (transaction) => {
    // Dedupe first: a redelivery, or the echo of a reply Atende wrote before sending it, must not touch the
    // contact or — worse — open a new ticket for a conversation that was just closed with a farewell.
    const known = await one<{ id: string }>(
      sequelize,
      `SELECT id FROM "Messages" WHERE "whatsappId" = :whatsappId AND wid = :wid`,
      { whatsappId: target.whatsappId, wid: inbound.wid },
      transaction,
    );
    if (known) return null;
    const contact = await one<SavedRows['contact']>(
      sequelize,
      `INSERT INTO "Contacts" ("companyId", name, number, lid) VALUES (:companyId, COALESCE(:pushName, :number), :number, :lid)
       -- the same person by either form of a Brazilian mobile; WhatsApp's form wins, so replies reach them
       ON CONFLICT ("companyId", contact_number_key(number)) DO UPDATE SET
         number = EXCLUDED.number,
         lid = COALESCE(EXCLUDED.lid, "Contacts".lid),
         -- a push name replaces only the placeholder (the number), never a name someone typed in Atende
         name = CASE WHEN "Contacts".name = "Contacts".number AND :pushName::text IS NOT NULL THEN :pushName ELSE "Contacts".name END,
         "updatedAt" = now()
       RETURNING id, name, number`,
      base,
      transaction,
    );
    const opened = await findOrOpenTicket(sequelize, transaction, { companyId: target.companyId, contactId: contact!.id, whatsappId: target.whatsappId });
    const message = await one<MessageRow>(
      sequelize,
      `${insertInboundMessage(`FROM "Tickets" t WHERE t."companyId" = :companyId AND t."contactId" = :contactId AND t."whatsappId" = :whatsappId AND t.status <> 'closed'`)}
       RETURNING ${messageColumns()}`,
      { ...base, contactId: contact!.id },
      transaction,
    );
    if (!message) return null; // already stored: redelivery is a no-op
    const ticket = await one<SavedRows['ticket']>(
      sequelize,
      `UPDATE "Tickets" SET ${TICKET_MOVED_BY_MESSAGE} WHERE id = :ticketId
       RETURNING ${MOVED_TICKET_COLUMNS.map((c) => `"${c}"`).join(', ')}`,
      { ...base, ticketId: message.ticketId, preview: messagePreview(inbound) },
      transaction,
    );
    return { contact: contact!, ticket: ticket!, message, ticketCreated: opened.created, ticketReopened: opened.reopened };
  });
}
