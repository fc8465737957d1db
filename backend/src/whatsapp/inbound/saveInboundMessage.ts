import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { InboundMessage } from './toInboundMessage.js';

export interface SavedRows {
  contact: { id: number; name: string; number: string };
  ticket: { id: number; uuid: string; status: string; unreadMessages: number; lastMessage: string | null; lastMessageAt: Date };
  message: { id: number; ticketId: number; wid: string; fromMe: boolean; body: string; mediaType: string; ack: number; sentAt: Date };
  ticketCreated: boolean;
}

async function one<T extends object>(sequelize: Sequelize, sql: string, replacements: Record<string, unknown>, transaction: Transaction): Promise<T | undefined> {
  const rows = await sequelize.query<T>(sql, { replacements, transaction, type: QueryTypes.SELECT });
  return rows[0];
}

/**
 * Contact, ticket and message in one transaction, each guarded by a unique index rather than a prior
 * check: a redelivered message id inserts nothing and returns null (no events), and two chats racing
 * for the same contact's ticket end up on one ticket.
 */
export async function saveInboundMessage(
  sequelize: Sequelize,
  target: { companyId: number; whatsappId: number },
  inbound: InboundMessage,
): Promise<SavedRows | null> {
  return sequelize.transaction(async (transaction) => {
    const base = { ...target, ...inbound };
    const contact = await one<SavedRows['contact']>(
      sequelize,
      `INSERT INTO "Contacts" ("companyId", name, number, lid) VALUES (:companyId, COALESCE(:pushName, :number), :number, :lid)
       ON CONFLICT ("companyId", number) DO UPDATE SET
         lid = COALESCE(EXCLUDED.lid, "Contacts".lid),
         -- a push name replaces only the placeholder (the number), never a name someone typed in Atende
         name = CASE WHEN "Contacts".name = "Contacts".number AND :pushName::text IS NOT NULL THEN :pushName ELSE "Contacts".name END,
         "updatedAt" = now()
       RETURNING id, name, number`,
      base,
      transaction,
    );
    const created = await one<{ id: number }>(
      sequelize,
      `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId") VALUES (:companyId, :contactId, :whatsappId)
       ON CONFLICT ("companyId", "contactId", "whatsappId") WHERE status <> 'closed' DO NOTHING RETURNING id`,
      { ...base, contactId: contact!.id },
      transaction,
    );
    const message = await one<SavedRows['message']>(
      sequelize,
      `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "sentAt")
       SELECT :companyId, t.id, :contactId, :whatsappId, :wid, :fromMe, :body, :mediaType, :sentAt
       FROM "Tickets" t WHERE t."companyId" = :companyId AND t."contactId" = :contactId AND t."whatsappId" = :whatsappId AND t.status <> 'closed'
       ON CONFLICT ("whatsappId", wid) DO NOTHING
       RETURNING id, "ticketId", wid, "fromMe", body, "mediaType", ack, "sentAt"`,
      { ...base, contactId: contact!.id },
      transaction,
    );
    if (!message) return null; // already stored: redelivery is a no-op
    const ticket = await one<SavedRows['ticket']>(
      sequelize,
      `UPDATE "Tickets" SET
         "unreadMessages" = CASE WHEN :fromMe THEN 0 ELSE "unreadMessages" + 1 END,
         "lastMessage" = :preview, "lastMessageAt" = :sentAt, "updatedAt" = now()
       WHERE id = :ticketId
       RETURNING id, uuid, status, "unreadMessages", "lastMessage", "lastMessageAt"`,
      { ...base, ticketId: message.ticketId, preview: inbound.body.slice(0, 255) || `[${inbound.mediaType}]` },
      transaction,
    );
    return { contact: contact!, ticket: ticket!, message, ticketCreated: created !== undefined };
  });
}
