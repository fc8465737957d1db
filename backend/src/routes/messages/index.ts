import type { Answer } from '@atende/contract';
import { unlink } from 'node:fs/promises';
import { relative } from 'node:path';
import { Router, type Request } from 'express';
import { ctx } from '../../context.js';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentMessage } from '../../presenters/message.js';
import { classifyUpload } from '../../services/messages/classifyUpload.js';
import { listMessages } from '../../services/messages/listMessages.js';
import { sendMessage, type OutgoingMedia } from '../../services/messages/sendMessage.js';
import { editMessageBody, historyQuery, messageParams, presenceBody, searchQuery, sendMessageBody, ticketParams } from './schema.js';
import { searchMessages } from '../../services/messages/searchMessages.js';
import { sendChatPresence } from '../../services/presence/sendChatPresence.js';
import { changeSentMessage } from '../../services/messages/changeSentMessage.js';
import { safeFileName } from '../../lib/safeFileName.js';
import { singleUpload } from './upload.js';

export function messagesRouter(): Router {
  const { config } = ctx();
  const router = Router();
  router.use(authenticate);

  router.get('/:ticketId/search', async (req, res) => {
    const { ticketId } = parse(ticketParams, req.params);
    const { q } = parse(searchQuery, req.query);
    const results = await searchMessages(actorOf(req).user, ticketId, q);
    res.json({ results } satisfies Answer<'GET /api/messages/:ticketId/search'>);
  });

  router.post('/:ticketId/presence', async (req, res) => {
    const { ticketId } = parse(ticketParams, req.params);
    const { action } = parse(presenceBody, req.body ?? {});
    await sendChatPresence(actorOf(req).user, ticketId, action);
    res.status(204).end();
  });

  router.get('/:ticketId', async (req, res) => {
    const { ticketId } = parse(ticketParams, req.params);
    const query = parse(historyQuery, req.query);
    const page = await listMessages({ actor: actorOf(req).user, ticketId, ...query });
    res.json({ messages: page.messages.map(presentMessage), nextCursor: page.nextCursor } satisfies Answer<'GET /api/messages/:ticketId'>);
  });

  router.post('/:ticketId', singleUpload(config.mediaDir, config.uploadMaxBytes), async (req: Request, res) => {
    const file = req.file;
    try {
      const { ticketId } = parse(ticketParams, req.params);
      const body = parse(sendMessageBody, req.body ?? {});
      let media: OutgoingMedia | undefined;
      if (file) {
        const kind = await classifyUpload(file.path, file.mimetype);
        // busboy reads header names as latin1; browsers send UTF-8 ("relatório.pdf").
        const fileName = safeFileName(Buffer.from(file.originalname, 'latin1').toString('utf8'));
        media = { path: relative(config.mediaDir, file.path), ...kind, size: file.size, fileName };
      }
      const { quickReplyId } = body;
      const message = await sendMessage({ actor: actorOf(req).user, ticketId, body: body.body, quotedMsgId: body.quotedMsgId, media, quickReplyId });
      res.status(201).json({ message: presentMessage(message) } satisfies Answer<'POST /api/messages/:ticketId'>);
    } catch (err) {
      if (file) await unlink(file.path).catch(() => undefined); // a refused upload leaves nothing behind
      throw err;
    }
  });

  // Edit and delete for everyone act on one message: /api/messages/message/:messageId keeps them apart
  // from the ticket-scoped /api/messages/:ticketId routes.
  router.put('/message/:messageId', async (req, res) => {
    const { messageId } = parse(messageParams, req.params);
    const { body } = parse(editMessageBody, req.body);
    const message = await changeSentMessage({ actor: actorOf(req), messageId, change: { kind: 'edit', body } });
    res.json({ message: presentMessage(message) } satisfies Answer<'PUT /api/messages/message/:messageId'>);
  });

  router.delete('/message/:messageId', async (req, res) => {
    const { messageId } = parse(messageParams, req.params);
    const message = await changeSentMessage({ actor: actorOf(req), messageId, change: { kind: 'delete' } });
    res.json({ message: presentMessage(message) } satisfies Answer<'DELETE /api/messages/message/:messageId'>);
  });

  return router;
}
