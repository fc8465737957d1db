import type { Answer } from '@atende/contract';
import { unlink } from 'node:fs/promises';
import { Router, type Request } from 'express';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentSentMessage } from '../../presenters/sentMessage.js';
import { findSentMessage } from '../../services/messages/findSentMessage.js';
import { sendToNumber, type MediaSource } from '../../services/messages/sendToNumber.js';
import { singleUpload } from '../messages/upload.js';
import { sendHeaders, sendToNumberBody, sentMessageParams } from './schema.js';

/**
 * The send API: a message to a phone number (issue 16). Mounted at /api/messages/send before the messages router,
 * whose POST /:ticketId would take "send" for a ticket id. Authentication per route: a path this router does not
 * serve falls through to the messages router without being authenticated twice.
 */
export function messagesSendRouter(): Router {
  const { config } = ctx();
  const router = Router();

  router.post('/', authenticate, singleUpload(config.mediaDir, config.uploadMaxBytes), async (req: Request, res) => {
    const file = req.file;
    try {
      const input = parse(sendToNumberBody, req.body ?? {});
      const { idempotencyKey } = parse(sendHeaders, { idempotencyKey: req.get('idempotency-key') });
      if (file && input.mediaUrl !== undefined)
        throw AppError.badRequest('ERR_VALIDATION', 'Send a file or a mediaUrl, not both', [{ path: 'mediaUrl', message: 'Not with a file' }]);
      let media: MediaSource | undefined;
      // busboy reads header names as latin1; clients send UTF-8 ("relatório.pdf").
      if (file)
        media = {
          kind: 'upload',
          path: file.path,
          declaredMime: file.mimetype,
          originalName: Buffer.from(file.originalname, 'latin1').toString('utf8'),
          size: file.size,
        };
      else if (input.mediaUrl !== undefined) media = { kind: 'url', url: input.mediaUrl };
      const { mediaUrl: _url, ...fields } = input;
      const sent = await sendToNumber({ actor: actorOf(req).user, ...fields, media, idempotencyKey });
      if (sent.replayed) res.setHeader('Idempotent-Replayed', 'true');
      res.status(sent.replayed ? 200 : 201).json({ message: sent.message } satisfies Answer<'POST /api/messages/send'>);
    } catch (err) {
      if (file) await unlink(file.path).catch(() => undefined); // a refused upload leaves nothing behind
      throw err;
    }
  });

  router.get('/:id', authenticate, async (req, res) => {
    const { id } = parse(sentMessageParams, req.params);
    const row = await findSentMessage(actorOf(req), id);
    res.json({ message: presentSentMessage(row) } satisfies Answer<'GET /api/messages/send/:id'>);
  });

  return router;
}
