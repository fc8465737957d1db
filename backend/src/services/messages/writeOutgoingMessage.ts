import { generateMessageID } from '@whiskeysockets/baileys';
import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { MessageRow } from '../../presenters/message.js';
import { messagePreview } from './messagePreview.js';
import type { SavedRows } from '../../whatsapp/inbound/saveInboundMessage.js';

export interface OutgoingMedia {
  /** Relative to MEDIA_DIR. */
  path: string;
  mediaType: string;
  mimetype: string;
  size: number;
  fileName: string;
}

export interface OutgoingTarget {
  companyId: number;
  ticketId: number;
  contactId: number;
  contactName: string;
  number: string;
  whatsappId: number;
}

// An automatic text leaves the ticket as it was: the customer's words stay its preview and their messages
// stay unread (three new tickets must not all read "Olá! Escolha uma opção…" with no badge).
const EVENT_COLUMNS = `id, uuid, status, "userId", "queueId", "unreadMessages", "lastMessage", "lastMessageAt"`;
const MOVE_TICKET = `UPDATE "Tickets" SET "lastMessage" = :preview, "lastMessageAt" = now(), "unreadMessages" = 0, "updatedAt" = now()
  WHERE id = :ticketId RETURNING ${EVENT_COLUMNS}`;
const READ_TICKET = `SELECT ${EVENT_COLUMNS} FROM "Tickets" WHERE id = :ticketId`;

/**
 * Inserts a message Atende will send (ack 0) and, unless it is `automatic`, moves the ticket's preview,
 * inside the caller's transaction; announces it after commit. The caller queues it for sending once committed.
 */
export async function writeOutgoingMessage(
  transaction: Transaction,
  target: OutgoingTarget,
  content: { body: string; media?: OutgoingMedia; quotedMsgId?: number; automatic?: boolean },
): Promise<MessageRow> {
  const { sequelize } = ctx();
  const { body, media, quotedMsgId } = content;
  const automatic = content.automatic === true;
  const [message] = await sequelize.query<MessageRow>(
    `INSERT INTO "Messages" ("companyId", "ticketId", "contactId", "whatsappId", wid, "fromMe", body, "mediaType", "mediaPath",
                             mimetype, "mediaSize", "fileName", "quotedMsgId", ack, automatic)
     VALUES (:companyId, :ticketId, :contactId, :whatsappId, :wid, TRUE, :body, :mediaType, :mediaPath,
             :mimetype, :size, :fileName, :quotedMsgId, 0, :automatic)
     RETURNING *`,
    {
      replacements: {
        ...target,
        wid: generateMessageID(),
        body,
        mediaType: media?.mediaType ?? 'text',
        mediaPath: media?.path ?? null,
        mimetype: media?.mimetype ?? null,
        size: media?.size ?? null,
        fileName: media?.fileName ?? null,
        quotedMsgId: quotedMsgId ?? null,
        automatic,
      },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  const [ticket] = await sequelize.query<SavedRows['ticket']>(
    automatic ? READ_TICKET : MOVE_TICKET,
    { replacements: { ticketId: target.ticketId, preview: messagePreview({ body, mediaType: media?.mediaType ?? 'text' }) }, type: QueryTypes.SELECT, transaction },
  );
  const row = message!;
  domainEvents.publishAfterCommit(transaction, 'message.created', {
    companyId: target.companyId,
    whatsappId: target.whatsappId,
    contact: { id: target.contactId, name: target.contactName, number: target.number },
    ticket: ticket!,
    message: row,
    ticketCreated: false,
  });
  return row;
}
