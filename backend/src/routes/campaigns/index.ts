import type { Answer } from '@atende/contract';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request } from 'express';
import { ctx } from '../../context.js';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentCampaign, presentCampaignShipping } from '../../presenters/campaign.js';
import { attachCampaignMedia } from '../../services/campaigns/attachCampaignMedia.js';
import { changeCampaignStatus, type CampaignMove } from '../../services/campaigns/changeCampaignStatus.js';
import { countCampaignAudience } from '../../services/campaigns/countCampaignAudience.js';
import { createCampaign } from '../../services/campaigns/createCampaign.js';
import { deleteCampaign } from '../../services/campaigns/deleteCampaign.js';
import { exportCampaignShippings } from '../../services/campaigns/exportCampaignShippings.js';
import { findCampaign } from '../../services/campaigns/findCampaign.js';
import { listCampaignShippings } from '../../services/campaigns/listCampaignShippings.js';
import { listCampaigns } from '../../services/campaigns/listCampaigns.js';
import { previewCampaign } from '../../services/campaigns/previewCampaign.js';
import { removeCampaignMedia } from '../../services/campaigns/removeCampaignMedia.js';
import { startCampaign } from '../../services/campaigns/startCampaign.js';
import { updateCampaign } from '../../services/campaigns/updateCampaign.js';
import { keepUploadedFile, singleUpload } from '../messages/upload.js';
import { createCampaignBody, listCampaignsQuery, noQuery, previewBody, shippingsQuery, targetSchema, updateCampaignBody } from './schema.js';

// Campaigns are for admins and supervisors (attendants: 403 ERR_FORBIDDEN on every route); everything is the
// caller's company's, another company's campaign, connection, queue, tag, contact or list is a 404.
export function campaignsRouter(): Router {
  const { config } = ctx();
  const router = Router();
  router.use(authenticate, requireProfile('admin', 'supervisor'));

  router.get('/', async (req, res) => {
    const query = parse(listCampaignsQuery, req.query);
    const rows = await listCampaigns({ actor: actorOf(req).user, ...query });
    res.json({ campaigns: rows.map((row) => presentCampaign(row)) } satisfies Answer<'GET /api/campaigns'>);
  });

  router.post('/', async (req, res) => {
    const campaign = parse(createCampaignBody, req.body);
    const row = await createCampaign({ actor: actorOf(req).user, campaign });
    res.status(201).json({ campaign: presentCampaign(row) } satisfies Answer<'POST /api/campaigns'>);
  });

  router.post('/audience', async (req, res) => {
    const target = parse(targetSchema, req.body);
    res.json((await countCampaignAudience({ actor: actorOf(req).user, target })) satisfies Answer<'POST /api/campaigns/audience'>);
  });

  router.post('/preview', async (req, res) => {
    const body = parse(previewBody, req.body);
    res.json((await previewCampaign({ actor: actorOf(req).user, ...body })) satisfies Answer<'POST /api/campaigns/preview'>);
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params);
    const campaign = presentCampaign(await findCampaign({ actor: actorOf(req).user, id }));
    res.json({ campaign, stats: campaign.stats } satisfies Answer<'GET /api/campaigns/:id'>);
  });

  router.put('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params);
    const changes = parse(updateCampaignBody, req.body);
    const row = await updateCampaign({ actor: actorOf(req).user, id, changes });
    res.json({ campaign: presentCampaign(row) } satisfies Answer<'PUT /api/campaigns/:id'>);
  });

  /** Only a draft is deleted (409 ERR_CAMPAIGN_STATE otherwise: cancel it); answers it as it was. */
  router.delete('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params);
    const row = await deleteCampaign({ actor: actorOf(req).user, id });
    res.json({ campaign: presentCampaign(row) } satisfies Answer<'DELETE /api/campaigns/:id'>);
  });

  /** The draft's one file: multipart field `file`, judged by its bytes and capped as a message's attachment. */
  router.post('/:id/media', singleUpload(config.mediaDir, config.uploadMaxBytes), async (req: Request, res) => {
    const row = await keepUploadedFile(req, config.mediaDir, async (file) => {
      const { id } = parse(idParams, req.params);
      // A voice note goes as audio.
      const media = { path: file.path, mediaType: file.mediaType === 'voice' ? 'audio' : file.mediaType, mimetype: file.mimetype };
      return attachCampaignMedia({ actor: actorOf(req).user, id, media: { ...media, size: file.size, fileName: file.fileName } });
    });
    res.json({ campaign: presentCampaign(row) } satisfies Answer<'POST /api/campaigns/:id/media'>);
  });

  router.delete('/:id/media', async (req, res) => {
    const { id } = parse(idParams, req.params);
    const row = await removeCampaignMedia({ actor: actorOf(req).user, id });
    res.json({ campaign: presentCampaign(row) } satisfies Answer<'DELETE /api/campaigns/:id/media'>);
  });

  router.post('/:id/start', async (req, res) => {
    const { id } = parse(idParams, req.params);
    const row = await startCampaign({ actor: actorOf(req).user, id });
    res.json({ campaign: presentCampaign(row) } satisfies Answer<'POST /api/campaigns/:id/start'>);
  });

  const move = (name: CampaignMove) => async (req: Request) => {
    const { id } = parse(idParams, req.params);
    return presentCampaign(await changeCampaignStatus({ actor: actorOf(req).user, id, move: name }));
  };
  router.post('/:id/pause', async (req, res) => {
    res.json({ campaign: await move('pause')(req) } satisfies Answer<'POST /api/campaigns/:id/pause'>);
  });
  router.post('/:id/resume', async (req, res) => {
    res.json({ campaign: await move('resume')(req) } satisfies Answer<'POST /api/campaigns/:id/resume'>);
  });
  router.post('/:id/cancel', async (req, res) => {
    res.json({ campaign: await move('cancel')(req) } satisfies Answer<'POST /api/campaigns/:id/cancel'>);
  });

  router.get('/:id/shippings', async (req, res) => {
    const { id } = parse(idParams, req.params);
    const query = parse(shippingsQuery, req.query);
    const page = await listCampaignShippings({ actor: actorOf(req).user, id, ...query });
    res.json({ shippings: page.shippings.map(presentCampaignShipping), nextCursor: page.nextCursor } satisfies Answer<'GET /api/campaigns/:id/shippings'>);
  });

  /** The report as CSV (UTF-8 with a BOM, ";"): services/campaigns/exportCampaignShippings.ts. */
  router.get('/:id/shippings.csv', async (req, res) => {
    const { id } = parse(idParams, req.params);
    parse(noQuery, req.query);
    const lines = await exportCampaignShippings({ actor: actorOf(req).user, id });
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="campanha-${id}.csv"`);
    // A failure mid-file cuts the download (the error handler logs it) rather than ending a partial file cleanly.
    await pipeline(Readable.from(lines), res);
  });

  return router;
}
