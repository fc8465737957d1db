import { extname } from 'node:path';
import { ctx } from '../../context.js';
import { mediaOfMessage } from '../../db/messageMedia.js';
import { AppError } from '../../errors/AppError.js';
import { mediaFileOf } from '../../whatsapp/media/mediaFiles.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { assertTicketVisible } from './assertTicketVisible.js';

export interface FindMessageMediaInput {
  actor: Actor;
  messageId: number;
}

export interface MessageMedia {
  /** Absolute path, checked to be inside MEDIA_DIR. */
  file: string;
  mimeType: string;
  /** The sender's name for the file, or a generic one (`image.jpg`) when there was none. */
  fileName: string;
}

const notFound = () => AppError.notFound('ERR_MEDIA_NOT_FOUND', 'This message has no file to show');

/** The stored file of a message of the actor's company, if the actor may see its ticket. */
export async function findMessageMedia({ actor, messageId }: FindMessageMediaInput): Promise<MessageMedia> {
  const { config } = ctx();
  const row = await mediaOfMessage(actor.companyId, messageId);
  // Another company's message, or a ticket the actor may not see: indistinguishable from none at all.
  if (!row) throw AppError.notFound('ERR_MESSAGE_NOT_FOUND', 'Message not found');
  await assertTicketVisible(actor, row.ticketId);
  // A message deleted for everyone is hidden from the API, its file included.
  if (row.isDeleted) throw notFound();
  if (row.mediaStatus === 'pending' || row.mediaStatus === 'failed') {
    throw new AppError('ERR_MEDIA_NOT_READY', 409, 'The file is not downloaded yet', { mediaStatus: row.mediaStatus });
  }
  const file = row.mediaPath ? mediaFileOf(config.mediaDir, row.mediaPath) : null;
  if (!file) throw notFound();
  return {
    file,
    mimeType: row.mimetype ?? 'application/octet-stream',
    fileName: row.fileName ?? `${row.mediaType}${extname(file)}`,
  };
}
