import { generateMessageID } from '@whiskeysockets/baileys';
import type { Transaction } from 'sequelize';
import { insertOutgoingMessage, type MessageRow } from '../../db/messages.js';
import { ticketMovedByReply } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { messagePreview } from './messagePreview.js';

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

/**
 * Inserts a message Atende will send (ack 0) and, unless it is `automatic`, moves the ticket's preview,
 * inside the caller's transaction; announces it after commit. The caller queues it for sending once committed.
 */
export async function writeOutgoingMessage(
  transaction: Transaction,
  target: OutgoingTarget,
  /**
   * `fromAi`: the AI agent's reply — a real answer (it moves the card like an attendant's), marked as the AI's.
   * `wid`: the WhatsApp id to send it with, when the writer needs it to be known in advance (the AI step's
   * replies: a retried job finds its reply by it); a fresh one otherwise.
   * `ticketCreated`: the writer made the ticket for this message (a campaign's waiting ticket): listeners treat it
   * as a new ticket (distribution offers it to the queue).
   * `sender`: the attendant who typed it, and the name it is signed with on WhatsApp (null: unsigned).
   */
  content: {
    body: string;
    media?: OutgoingMedia;
    quotedMsgId?: number;
    automatic?: boolean;
    fromAi?: boolean;
    wid?: string;
    ticketCreated?: boolean;
    sender?: { userId: number; signature: string | null };
  },
): Promise<MessageRow> {
  const { body, media, quotedMsgId } = content;
  const automatic = content.automatic === true;
  const row = await insertOutgoingMessage(transaction, {
    companyId: target.companyId,
    ticketId: target.ticketId,
    contactId: target.contactId,
    whatsappId: target.whatsappId,
    wid: content.wid ?? generateMessageID(),
    body,
    mediaType: media?.mediaType ?? 'text',
    mediaPath: media?.path ?? null,
    mimetype: media?.mimetype ?? null,
    size: media?.size ?? null,
    fileName: media?.fileName ?? null,
    quotedMsgId: quotedMsgId ?? null,
    automatic,
    fromAi: content.fromAi === true,
    userId: content.sender?.userId ?? null,
    signature: content.sender?.signature ?? null,
  });
  const ticket = await ticketMovedByReply(transaction, target.ticketId, {
    preview: messagePreview({ body, mediaType: media?.mediaType ?? 'text' }),
    automatic,
  });
  domainEvents.publishAfterCommit(transaction, 'message.created', {
    companyId: target.companyId,
    whatsappId: target.whatsappId,
    contact: { id: target.contactId, name: target.contactName, number: target.number },
    ticket: ticket!,
    message: row,
    ticketCreated: content.ticketCreated === true,
  });
  return row;
}
