import type { Answer } from '@atende/contract';
import { Router, type Response } from 'express';
import { AppError } from '../../errors/AppError.js';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentMessage } from '../../presenters/message.js';
import { findMessageMedia, type MessageMedia } from '../../services/media/findMessageMedia.js';
import { retryMediaDownload } from '../../services/media/retryMediaDownload.js';
import { isInlineSafe } from '../../whatsapp/media/sniffMime.js';
import { contentDisposition } from './contentDisposition.js';
import { mediaParams } from './schema.js';

export function sendMedia(res: Response, media: MessageMedia): Promise<void> {
  res.setHeader('Content-Type', media.mimeType);
  res.setHeader('Content-Disposition', contentDisposition(isInlineSafe(media.mimeType) ? 'inline' : 'attachment', media.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Whatever a file turns out to be, opened directly it can run nothing and reach nothing.
  res.setHeader('Content-Security-Policy', "default-src 'none'; media-src 'self'; img-src 'self'; sandbox");
  res.setHeader('Cache-Control', 'private, max-age=3600');
  return new Promise((resolve, reject) => {
    // sendFile streams (with Range support for audio/video seeking) and keeps the Content-Type set above.
    res.sendFile(media.file, { cacheControl: false, lastModified: true, dotfiles: 'allow' }, (err?: Error & { status?: number }) => {
      if (!err || res.headersSent) return resolve();
      reject(err.status === 404 ? AppError.notFound('ERR_MEDIA_NOT_FOUND', 'The file is missing') : err);
    });
  });
}

/**
 * Files of messages, only through the API: authenticated, the actor's company only (another company's
 * message is a 404) and its ticket visible to the actor (the tickets rule; 404 otherwise). No public folder.
 * Mounted under /api/messages; authentication is per route so the messages router is not touched.
 */
export const mediaRouter = Router();

mediaRouter.get('/:messageId/media', authenticate, async (req, res) => {
  const { messageId } = parse(mediaParams, req.params);
  await sendMedia(res, await findMessageMedia({ actor: actorOf(req), messageId }));
});

mediaRouter.post('/:messageId/media/retry', authenticate, async (req, res) => {
  const { messageId } = parse(mediaParams, req.params);
  const message = await retryMediaDownload({ actor: actorOf(req), messageId });
  res.status(202).json({ message: presentMessage(message) } satisfies Answer<'POST /api/messages/:messageId/media/retry'>);
});
