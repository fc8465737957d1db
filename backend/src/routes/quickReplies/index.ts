import type { Answer } from '@atende/contract';
import { Router, type Request, type RequestHandler } from 'express';
import { ctx } from '../../context.js';
import { attachQuickReplyMedia } from '../../services/quickReplies/attachQuickReplyMedia.js';
import { findQuickReplyMedia } from '../../services/quickReplies/findQuickReplyMedia.js';
import { sendMedia } from '../media/index.js';
import { keepUploadedFile, singleUpload } from '../messages/upload.js';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentQuickReply } from '../../presenters/quickReply.js';
import { createQuickReply } from '../../services/quickReplies/createQuickReply.js';
import { deleteQuickReply } from '../../services/quickReplies/deleteQuickReply.js';
import { findQuickReplyInCompany } from '../../services/quickReplies/findQuickReplyInCompany.js';
import { listQuickReplies } from '../../services/quickReplies/listQuickReplies.js';
import { updateQuickReply } from '../../services/quickReplies/updateQuickReply.js';
import { renderQuickReply } from '../../services/quickReplies/renderQuickReply.js';
import { createQuickReplyBody, listQuickRepliesQuery, renderQuickReplyQuery, updateQuickReplyBody } from './schema.js';

// Every attendant uses the company's quick replies; admins and supervisors curate them.
export const quickRepliesRouter = Router();
quickRepliesRouter.use(authenticate);
const writers = requireProfile('admin', 'supervisor');

/** The reply's one file: multipart field `file`, judged by its bytes and capped as a message's attachment. */
// The router is built at import, before the app's config exists: the upload reads it per request.
const upload: RequestHandler = (req, res, next) => singleUpload(ctx().config.mediaDir, ctx().config.uploadMaxBytes)(req, res, next);
quickRepliesRouter.post('/:id/media', writers, upload, async (req: Request, res) => {
  const row = await keepUploadedFile(req, ctx().config.mediaDir, async (file) => {
    const { id } = parse(idParams, req.params);
    const media = { mediaPath: file.path, mediaType: file.mediaType, mimetype: file.mimetype, fileName: file.fileName, mediaSize: file.size };
    return attachQuickReplyMedia({ companyId: actorOf(req).companyId, quickReplyId: id, media });
  });
  res.json({ quickReply: presentQuickReply(row) } satisfies Answer<'POST /api/quick-replies/:id/media'>);
});

quickRepliesRouter.delete('/:id/media', writers, async (req, res) => {
  const { id } = parse(idParams, req.params);
  const row = await attachQuickReplyMedia({ companyId: actorOf(req).companyId, quickReplyId: id, media: null });
  res.json({ quickReply: presentQuickReply(row) } satisfies Answer<'DELETE /api/quick-replies/:id/media'>);
});

/** The file itself, for the picker's preview: the company's attendants only, never a public address. */
quickRepliesRouter.get('/:id/media', async (req, res) => {
  const { id } = parse(idParams, req.params);
  await sendMedia(res, await findQuickReplyMedia(actorOf(req).companyId, id));
});

quickRepliesRouter.get('/', async (req, res) => {
  const query = parse(listQuickRepliesQuery, req.query);
  const rows = await listQuickReplies({ companyId: actorOf(req).companyId, ...query });
  res.json({ quickReplies: rows.map(presentQuickReply) } satisfies Answer<'GET /api/quick-replies'>);
});

quickRepliesRouter.post('/', writers, async (req, res) => {
  const body = parse(createQuickReplyBody, req.body);
  const row = await createQuickReply({ companyId: actorOf(req).companyId, ...body });
  res.status(201).json({ quickReply: presentQuickReply(row) } satisfies Answer<'POST /api/quick-replies'>);
});

quickRepliesRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ quickReply: presentQuickReply(await findQuickReplyInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/quick-replies/:id'>);
});

/** The text with its variables filled in for a ticket, for the composer to show before sending. */
quickRepliesRouter.get('/:id/rendered', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { ticketId } = parse(renderQuickReplyQuery, req.query);
  const text = await renderQuickReply({ actor: actorOf(req).user, quickReplyId: id, ticketId });
  res.json({ text } satisfies Answer<'GET /api/quick-replies/:id/rendered'>);
});

quickRepliesRouter.put('/:id', writers, async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateQuickReplyBody, req.body);
  const row = await updateQuickReply({ companyId: actorOf(req).companyId, quickReplyId: id, changes });
  res.json({ quickReply: presentQuickReply(row) } satisfies Answer<'PUT /api/quick-replies/:id'>);
});

quickRepliesRouter.delete('/:id', writers, async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteQuickReply({ companyId: actorOf(req).companyId, quickReplyId: id });
  res.status(204).end();
});
