import { ctx } from '../../context.js';
import { quotedMessageInTicket, type MessageRow } from '../../db/messages.js';
import { AppError } from '../../errors/AppError.js';
import { getSetting } from '../settings/getSettings.js';
import type { UserRecord } from '../../db/users.js';
import { findQuickReplyInCompany } from '../quickReplies/findQuickReplyInCompany.js';
import { findTicketForSending } from './findTicketForSending.js';
import { writeOutgoingMessage, type OutgoingMedia } from './writeOutgoingMessage.js';

export type { OutgoingMedia };

export interface SendMessageInput {
  actor: UserRecord;
  ticketId: number;
  body: string;
  quotedMsgId?: number;
  media?: OutgoingMedia;
  /**
   * Sent from this quick reply: its file (if it has one and no file was uploaded) goes with `body` as the caption.
   * The message points at the reply's stored file, which removeMediaFiles keeps while either needs it.
   */
  quickReplyId?: number;
}

/**
 * Writes the reply first (ack 0: the clock in the UI), then queues it. The row is the promise to the
 * attendant: whatever happens to the connection, it goes out when it can, in order.
 */
export async function sendMessage({ actor, ticketId, body, quotedMsgId, media: uploaded, quickReplyId }: SendMessageInput): Promise<MessageRow> {
  const { sequelize, outbound } = ctx();
  const { companyId } = actor;
  const media = uploaded ?? (quickReplyId === undefined ? undefined : await quickReplyMedia(companyId, quickReplyId));
  if (!media && !body.trim()) throw AppError.badRequest('ERR_EMPTY_MESSAGE', 'Write something or attach a file');
  const row = await sequelize.transaction(async (transaction) => {
    const ticket = await findTicketForSending(actor, ticketId, transaction);
    if (quotedMsgId !== undefined) {
      if (!(await quotedMessageInTicket(transaction, ticketId, quotedMsgId)))
        throw AppError.badRequest('ERR_QUOTED_MESSAGE_NOT_FOUND', 'The quoted message is not in this ticket');
    }
    const target = { companyId, ticketId, contactId: ticket.contactId, contactName: ticket.contactName, number: ticket.number, whatsappId: ticket.whatsappId! };
    // The signature is decided now and stored with the message: a retry or an edit later signs it the same way.
    const signs = actor.signMessages && (await getSetting(companyId, 'attendantSignature', transaction));
    const sender = { userId: actor.id, signature: signs ? actor.name.trim() : null };
    return writeOutgoingMessage(transaction, target, { body, media, quotedMsgId, sender });
  });
  // The row is committed: the answer never waits on Redis (see OutboundSender.enqueue); the reply is not lost.
  outbound.enqueue(row.whatsappId!, row.id);
  return row;
}

async function quickReplyMedia(companyId: number, quickReplyId: number): Promise<OutgoingMedia | undefined> {
  const reply = await findQuickReplyInCompany(companyId, quickReplyId);
  if (reply.mediaPath === null || reply.mediaType === null) return undefined;
  return {
    path: reply.mediaPath,
    mediaType: reply.mediaType,
    mimetype: reply.mimetype ?? 'application/octet-stream',
    size: Number(reply.mediaSize ?? 0),
    fileName: reply.fileName ?? 'arquivo',
  };
}
