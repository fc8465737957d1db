import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import type { MessageRow } from '../../presenters/message.js';
import { messageColumns } from '../../whatsapp/inbound/messageColumns.js';
import { downloadInboundMedia } from '../../whatsapp/media/downloadInboundMedia.js';
import { decodeRawMessage } from '../../whatsapp/media/rawMessage.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { assertTicketVisible } from './assertTicketVisible.js';

export interface RetryMediaDownloadInput {
  actor: Actor;
  messageId: number;
}

type ClaimedRow = MessageRow & { raw: unknown };

/**
 * Tries a failed (or abandoned) media download again. The row is claimed (failed → pending) in one UPDATE so two clicks
 * start one download; the result (ready or failed again) arrives as a message update event.
 */
export async function retryMediaDownload({ actor, messageId }: RetryMediaDownloadInput): Promise<MessageRow> {
  const { sequelize, config, whatsappSessions } = ctx();
  const [row] = await sequelize.query<{ ticketId: number }>(
    `SELECT "ticketId" FROM "Messages" WHERE id = :messageId AND "companyId" = :companyId`,
    { replacements: { messageId, companyId: actor.companyId }, type: QueryTypes.SELECT },
  );
  if (!row) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
  await assertTicketVisible(actor, row.ticketId);
  const [claimed] = await sequelize.query<ClaimedRow>(
    `UPDATE "Messages" SET "mediaStatus" = 'pending', "updatedAt" = now()
     WHERE id = :messageId AND "companyId" = :companyId AND raw IS NOT NULL AND NOT "isDeleted"
       -- a download still "pending" after this long died with its process: it may be tried again too
       AND ("mediaStatus" = 'failed' OR ("mediaStatus" = 'pending' AND "updatedAt" < now() - interval '10 minutes'))
     RETURNING ${messageColumns()}, raw`,
    { replacements: { messageId, companyId: actor.companyId }, type: QueryTypes.SELECT },
  );
  const waMessage = claimed && decodeRawMessage(claimed.raw);
  if (!claimed || !waMessage) throw AppError.conflict('ERR_MEDIA_NOT_RETRIABLE', 'Only a failed download can be tried again');
  const { raw: _raw, ...pending } = claimed;
  domainEvents.publish('message.updated', { companyId: actor.companyId, ticketId: pending.ticketId, message: pending });

  const sock = pending.whatsappId === null ? undefined : whatsappSessions.get(pending.whatsappId)?.socket;
  void downloadInboundMedia({
    sequelize,
    mediaDir: config.mediaDir,
    companyId: actor.companyId,
    messageId: pending.id,
    waMessage,
    reuploadRequest: sock ? (m) => sock.updateMediaMessage(m) : undefined,
  })
    .then((done) => done && domainEvents.publish('message.updated', { companyId: actor.companyId, ticketId: done.ticketId, message: done }))
    .catch((err: unknown) => logger.error('media retry failed', { messageId, err: String(err) }));
  return pending;
}
