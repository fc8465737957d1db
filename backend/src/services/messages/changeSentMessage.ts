import type { WAMessageKey } from '@whiskeysockets/baileys';
import { ctx } from '../../context.js';
import { changeOwnMessage, type MessageRow, type OwnMessage } from '../../db/messages.js';
import { AppError } from '../../errors/AppError.js';
import { signedText } from '../../lib/signature.js';
import { domainEvents } from '../../events/bus.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { refreshTicketPreview } from '../tickets/refreshTicketPreview.js';
import { findOwnMessage } from './findOwnMessage.js';

export type MessageChange = { kind: 'delete' } | { kind: 'edit'; body: string };

// WhatsApp accepts edits for a limited time after sending; past it the customer would never see the change.
const EDIT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Deletes for everyone, or edits, a message sent from Atende. A reply still waiting in the queue is simply
 * changed in place (the queue sends the new text, or skips it); one already sent is changed on WhatsApp
 * first, and only then in the database, so the two never disagree.
 */
export async function changeSentMessage(input: { actor: Actor; messageId: number; change: MessageChange }): Promise<MessageRow> {
  const { sequelize, whatsappSessions } = ctx();
  const { actor, messageId, change } = input;
  const { companyId } = actor;
  const row = await sequelize.transaction(async (transaction) => {
    const message = await findOwnMessage(actor, messageId, transaction);
    if (change.kind === 'edit' && (message.mediaType !== 'text' || Date.now() - new Date(message.sentAt).getTime() > EDIT_WINDOW_MS)) {
      throw AppError.badRequest('ERR_MESSAGE_NOT_EDITABLE', 'This message can no longer be edited');
    }
    if (message.ack >= 1) await tellWhatsapp(message, change, whatsappSessions.get(message.whatsappId ?? 0)?.socket);
    const updated = await changeOwnMessage(transaction, messageId, change);
    domainEvents.publishAfterCommit(transaction, 'message.updated', { companyId, ticketId: updated.ticketId, message: updated });
    await refreshTicketPreview(companyId, updated, transaction);
    return updated;
  });
  if (change.kind === 'delete') await removeMediaFiles([row.mediaPath]); // a file deleted for everyone is not kept
  return row;
}

type Socket = { sendMessage(jid: string, content: { delete: WAMessageKey } | { text: string; edit: WAMessageKey }): Promise<unknown> };

async function tellWhatsapp(message: OwnMessage, change: MessageChange, sock: Socket | undefined): Promise<void> {
  if (!sock) throw AppError.conflict('ERR_WHATSAPP_DISCONNECTED', 'The connection is down; try again when it is back');
  const jid = `${message.number}@s.whatsapp.net`;
  const key: WAMessageKey = { remoteJid: jid, id: message.wid, fromMe: true };
  await sock.sendMessage(jid, change.kind === 'delete' ? { delete: key } : { text: signedText(change.body, message.signature), edit: key });
}
