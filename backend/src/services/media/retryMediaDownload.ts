import { ctx } from '../../context.js';
import { claimMediaRetry, ticketIdOfMessage } from '../../db/messageMedia.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import type { MessageRow } from '../../db/messages.js';
import { downloadInboundMedia } from '../../whatsapp/media/downloadInboundMedia.js';
import { decodeRawMessage } from '../../whatsapp/media/rawMessage.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { assertTicketVisible } from './assertTicketVisible.js';

export interface RetryMediaDownloadInput {
  actor: Actor;
  messageId: number;
}

/**
 * Tries a failed (or abandoned) media download again. The row is claimed (failed → pending) in one UPDATE so two clicks
 * start one download; the result (ready or failed again) arrives as a message update event.
 */
export async function retryMediaDownload({ actor, messageId }: RetryMediaDownloadInput): Promise<MessageRow> {
  const { whatsappSessions } = ctx();
  const ticketId = await ticketIdOfMessage(actor.companyId, messageId);
  if (ticketId === undefined) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
  await assertTicketVisible(actor, ticketId);
  const claimed = await claimMediaRetry(actor.companyId, messageId);
  const waMessage = claimed && decodeRawMessage(claimed.raw);
  if (!claimed || !waMessage) throw AppError.conflict('ERR_MEDIA_NOT_RETRIABLE', 'Only a failed download can be tried again');
  const { raw: _raw, ...pending } = claimed;
  domainEvents.publish('message.updated', { companyId: actor.companyId, ticketId: pending.ticketId, message: pending });

  const sock = pending.whatsappId === null ? undefined : whatsappSessions.get(pending.whatsappId)?.socket;
  void downloadInboundMedia({
    companyId: actor.companyId,
    messageId: pending.id,
    waMessage,
    reuploadRequest: sock ? (m) => sock.updateMediaMessage(m) : undefined,
  })
    .then((done) => done && domainEvents.publish('message.updated', { companyId: actor.companyId, ticketId: done.ticketId, message: done }))
    .catch((err: unknown) => logger.error('media retry failed', { messageId, err: String(err) }));
  return pending;
}
