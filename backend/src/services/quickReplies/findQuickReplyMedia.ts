import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { mediaFileOf } from '../../whatsapp/media/mediaFiles.js';
import type { MessageMedia } from '../media/findMessageMedia.js';
import { findQuickReplyInCompany } from './findQuickReplyInCompany.js';

/** The file of a quick reply of the company (every attendant uses the company's replies, so may see it). */
export async function findQuickReplyMedia(companyId: number, quickReplyId: number): Promise<MessageMedia> {
  const row = await findQuickReplyInCompany(companyId, quickReplyId);
  const file = row.mediaPath ? mediaFileOf(ctx().config.mediaDir, row.mediaPath) : null;
  if (!file) throw AppError.notFound('ERR_MEDIA_NOT_FOUND', 'This quick reply has no file');
  return { file, mimeType: row.mimetype ?? 'application/octet-stream', fileName: row.fileName ?? 'arquivo' };
}
