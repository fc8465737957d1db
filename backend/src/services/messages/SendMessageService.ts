import { generateMessageID } from '@whiskeysockets/baileys';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import type { MessageRow } from '../../presenters/message.js';
import type { User } from '../../models/User.js';
import { findTicketForSending } from './findTicketForSending.js';
import { logger } from '../../lib/logger.js';

export interface OutgoingMedia {
  /** Relative to MEDIA_DIR. */
  path: string;
  mediaType: string;
  mimetype: string;
  size: number;
  fileName: string;
}

export interface SendMessageInput {
  actor: User;
  ticketId: number;
  body: string;
  quotedMsgId?: number;
  media?: OutgoingMedia;
}

/**
 * Writes the reply first (ack 0: the clock in the UI), then queues it. The row is the promise to the
 * attendant: whatever happens to the connection, it goes out when it can, in order.
 */
export async function sendMessage({ actor, ticketId, body, quotedMsgId, media }: SendMessageInput): Promise<MessageRow> {
  const { sequelize, outbound } = ctx();
  const { companyId } = actor;
  const saved = await sequelize.transaction(async (transaction) => {
    const ticket = await findTicketForSending(companyId, ticketId, transaction);
    if (quotedMsgId !== undefined) {
      const [quoted] = await sequelize.query(`SELECT 1 FROM "Messages" WHERE id = :quotedMsgId AND "ticketId" = :ticketId`, {
        replacements: { quotedMsgId, ticketId },
        type: QueryTypes.SELECT,
        transaction,
      });
      if (!quoted) throw AppError.badRequest('ERR_QUOTED_MESSAGE_NOT_FOUND', 'The quoted message is not in this ticket');
    }
    const [message] = await sequelize.query<MessageRow>(
      `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "mediaPath",
                               mimetype, "mediaSize", "fileName", "quotedMsgId", ack)
       VALUES (:companyId, :ticketId, :contactId, :whatsappId, :wid, TRUE, :body, :mediaType, :mediaPath,
               :mimetype, :size, :fileName, :quotedMsgId, 0)
       RETURNING *`,
      {
        replacements: {
          companyId,
          ticketId,
          contactId: ticket.contactId,
          whatsappId: ticket.whatsappId,
          wid: generateMessageID(),
          body,
          mediaType: media?.mediaType ?? 'text',
          mediaPath: media?.path ?? null,
          mimetype: media?.mimetype ?? null,
          size: media?.size ?? null,
          fileName: media?.fileName ?? null,
          quotedMsgId: quotedMsgId ?? null,
        },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    const [updated] = await sequelize.query<{ id: number; uuid: string; status: string; unreadMessages: number; lastMessage: string | null; lastMessageAt: Date }>(
      `UPDATE "Tickets" SET "lastMessage" = :preview, "lastMessageAt" = now(), "unreadMessages" = 0, "updatedAt" = now()
       WHERE id = :ticketId RETURNING id, uuid, status, "unreadMessages", "lastMessage", "lastMessageAt"`,
      { replacements: { ticketId, preview: body.slice(0, 255) || `[${media?.mediaType ?? 'text'}]` }, type: QueryTypes.SELECT, transaction },
    );
    const row = message!;
    domainEvents.publishAfterCommit(transaction, 'message.created', {
      companyId,
      whatsappId: ticket.whatsappId!,
      contact: { id: ticket.contactId, name: ticket.contactName, number: ticket.number },
      ticket: updated!,
      message: { id: Number(row.id), ticketId, wid: row.wid, fromMe: true, body, mediaType: row.mediaType, ack: 0, sentAt: new Date(row.sentAt) },
      ticketCreated: false,
    });
    return { row, whatsappId: ticket.whatsappId! };
  });
  // The row is committed: if Redis is briefly away, the periodic sweep queues it later; the reply is not lost.
  await outbound.enqueue(saved.whatsappId, saved.row.id).catch((err: unknown) => logger.error('reply stored but not queued yet', { err: String(err) }));
  return saved.row;
}
