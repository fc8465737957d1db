import type { Answer, WhatsappView } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import type { WhatsappRecord } from '../../db/whatsapps.js';
import { presentWhatsapp } from '../../presenters/whatsapp.js';
import { createWhatsapp } from '../../services/whatsapps/createWhatsapp.js';
import { updateWhatsapp } from '../../services/whatsapps/updateWhatsapp.js';
import { deleteWhatsapp } from '../../services/whatsapps/deleteWhatsapp.js';
import { findWhatsappInCompany } from '../../services/whatsapps/findWhatsappInCompany.js';
import { listWhatsapps } from '../../services/whatsapps/listWhatsapps.js';
import { logoutWhatsappSession } from '../../services/whatsapps/logoutWhatsappSession.js';
import { startWhatsappSession } from '../../services/whatsapps/startWhatsappSession.js';
import QRCode from 'qrcode';
import { queueIdsByWhatsapp } from '../../services/whatsapps/whatsappQueues.js';
import { createWhatsappBody, updateWhatsappBody } from './schema.js';

/** Connections as the API shows them, with the queues each one serves (one query for the whole list). */
async function present(whatsapps: WhatsappRecord[]): Promise<WhatsappView[]> {
  const queueIds = await queueIdsByWhatsapp(whatsapps.map((w) => w.id));
  return whatsapps.map((w) => presentWhatsapp(w, queueIds.get(w.id) ?? []));
}
const presentOne = async (whatsapp: WhatsappRecord): Promise<WhatsappView> => (await present([whatsapp]))[0]!;

// Everyone in the company may see the connections and their status; only admins change them.
export const whatsappsRouter = Router();
whatsappsRouter.use(authenticate);

whatsappsRouter.get('/', async (req, res) => {
  const whatsapps = await listWhatsapps({ companyId: actorOf(req).companyId });
  res.json({ whatsapps: await present(whatsapps) } satisfies Answer<'GET /api/whatsapps'>);
});

whatsappsRouter.post('/', requireProfile('admin'), async (req, res) => {
  const body = parse(createWhatsappBody, req.body);
  const whatsapp = await createWhatsapp({ companyId: actorOf(req).companyId, ...body });
  res.status(201).json({ whatsapp: await presentOne(whatsapp) } satisfies Answer<'POST /api/whatsapps'>);
});

whatsappsRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ whatsapp: await presentOne(await findWhatsappInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/whatsapps/:id'>);
});

whatsappsRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateWhatsappBody, req.body);
  const whatsapp = await updateWhatsapp({ companyId: actorOf(req).companyId, whatsappId: id, changes });
  res.json({ whatsapp: await presentOne(whatsapp) } satisfies Answer<'PUT /api/whatsapps/:id'>);
});

whatsappsRouter.post('/:id/session', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const whatsapp = await startWhatsappSession({ companyId: actorOf(req).companyId, whatsappId: id });
  res.status(202).json({ whatsapp: await presentOne(whatsapp) } satisfies Answer<'POST /api/whatsapps/:id/session'>);
});

whatsappsRouter.delete('/:id/session', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const whatsapp = await logoutWhatsappSession({ companyId: actorOf(req).companyId, whatsappId: id });
  res.json({ whatsapp: await presentOne(whatsapp) } satisfies Answer<'DELETE /api/whatsapps/:id/session'>);
});

/** The QR as an image data URL, for screens that cannot render the raw payload themselves. */
whatsappsRouter.get('/:id/qrcode', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const whatsapp = await findWhatsappInCompany(actorOf(req).companyId, id);
  const qrcode = whatsapp.status === 'qrcode' && whatsapp.qrcode ? await QRCode.toDataURL(whatsapp.qrcode, { margin: 1, width: 280 }) : null;
  res.setHeader('Cache-Control', 'no-store');
  res.json({ status: whatsapp.status, qrcode } satisfies Answer<'GET /api/whatsapps/:id/qrcode'>);
});

whatsappsRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteWhatsapp({ companyId: actorOf(req).companyId, whatsappId: id });
  res.status(204).end();
});
