import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentWebhook, presentWebhookDelivery } from '../../presenters/webhook.js';
import { createWebhook } from '../../services/webhooks/createWebhook.js';
import { deleteWebhook } from '../../services/webhooks/deleteWebhook.js';
import { findWebhook } from '../../services/webhooks/findWebhook.js';
import { listWebhookDeliveries } from '../../services/webhooks/listWebhookDeliveries.js';
import { listWebhooks } from '../../services/webhooks/listWebhooks.js';
import { redeliverWebhookDelivery } from '../../services/webhooks/redeliverWebhookDelivery.js';
import { rotateWebhookSecret } from '../../services/webhooks/rotateWebhookSecret.js';
import { sendWebhookTest } from '../../services/webhooks/sendWebhookTest.js';
import { updateWebhook } from '../../services/webhooks/updateWebhook.js';
import { createWebhookBody, deliveryParams, listDeliveriesQuery, updateWebhookBody } from './schema.js';

// Webhooks send the company's conversations to another system: admins only (a token acts as its admin creator,
// narrowed to the `webhooks:manage` scope — lib/apiScopes.ts).
export const webhooksRouter = Router();
webhooksRouter.use(authenticate, requireProfile('admin'));

webhooksRouter.get('/', async (req, res) => {
  const webhooks = await listWebhooks({ companyId: actorOf(req).companyId });
  res.json({ webhooks: webhooks.map(presentWebhook) } satisfies Answer<'GET /api/webhooks'>);
});

webhooksRouter.post('/', async (req, res) => {
  const settings = parse(createWebhookBody, req.body);
  const { webhook, secret } = await createWebhook({ companyId: actorOf(req).companyId, settings });
  res.status(201).json({ webhook: presentWebhook(webhook), secret } satisfies Answer<'POST /api/webhooks'>);
});

webhooksRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ webhook: presentWebhook(await findWebhook(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/webhooks/:id'>);
});

webhooksRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const settings = parse(updateWebhookBody, req.body);
  const webhook = await updateWebhook({ companyId: actorOf(req).companyId, webhookId: id, settings });
  res.json({ webhook: presentWebhook(webhook) } satisfies Answer<'PUT /api/webhooks/:id'>);
});

webhooksRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const webhook = await deleteWebhook({ companyId: actorOf(req).companyId, webhookId: id });
  res.json({ webhook: presentWebhook(webhook) } satisfies Answer<'DELETE /api/webhooks/:id'>);
});

webhooksRouter.post('/:id/secret', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { webhook, secret } = await rotateWebhookSecret({ companyId: actorOf(req).companyId, webhookId: id });
  res.json({ webhook: presentWebhook(webhook), secret } satisfies Answer<'POST /api/webhooks/:id/secret'>);
});

webhooksRouter.post('/:id/test', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const delivery = await sendWebhookTest({ companyId: actorOf(req).companyId, webhookId: id });
  res.status(202).json({ delivery: presentWebhookDelivery(delivery) } satisfies Answer<'POST /api/webhooks/:id/test'>);
});

webhooksRouter.get('/:id/deliveries', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const query = parse(listDeliveriesQuery, req.query);
  const { deliveries, nextCursor } = await listWebhookDeliveries({ companyId: actorOf(req).companyId, webhookId: id, ...query });
  res.json({ deliveries: deliveries.map(presentWebhookDelivery), nextCursor } satisfies Answer<'GET /api/webhooks/:id/deliveries'>);
});

webhooksRouter.post('/:id/deliveries/:deliveryId/redeliver', async (req, res) => {
  const { id, deliveryId } = parse(deliveryParams, req.params);
  const delivery = await redeliverWebhookDelivery({ companyId: actorOf(req).companyId, webhookId: id, deliveryId });
  res.status(202).json({ delivery: presentWebhookDelivery(delivery) } satisfies Answer<'POST /api/webhooks/:id/deliveries/:deliveryId/redeliver'>);
});
