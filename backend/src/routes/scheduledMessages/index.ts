import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentScheduledMessage } from '../../presenters/scheduledMessage.js';
import { cancelScheduledMessage } from '../../services/scheduledMessages/cancelScheduledMessage.js';
import { changeScheduledMessage } from '../../services/scheduledMessages/changeScheduledMessage.js';
import { findScheduledMessage } from '../../services/scheduledMessages/findScheduledMessage.js';
import { listScheduledMessages } from '../../services/scheduledMessages/listScheduledMessages.js';
import { scheduleMessage } from '../../services/scheduledMessages/scheduleMessage.js';
import { createScheduledMessageBody, listScheduledMessagesQuery, updateScheduledMessageBody } from './schema.js';

// Every user schedules; attendants see and change their own, supervisors and admins everyone's
// (services/scheduledMessages/scheduledMessageAccess.ts). Cancelling keeps the row (status "cancelled").
export const scheduledMessagesRouter = Router();
scheduledMessagesRouter.use(authenticate);

scheduledMessagesRouter.get('/', async (req, res) => {
  const query = parse(listScheduledMessagesQuery, req.query);
  const rows = await listScheduledMessages({ actor: actorOf(req).user, ...query });
  res.json({ scheduledMessages: rows.map(presentScheduledMessage) } satisfies Answer<'GET /api/scheduled-messages'>);
});

scheduledMessagesRouter.post('/', async (req, res) => {
  const body = parse(createScheduledMessageBody, req.body);
  const row = await scheduleMessage({ actor: actorOf(req).user, ...body });
  res.status(201).json({ scheduledMessage: presentScheduledMessage(row) } satisfies Answer<'POST /api/scheduled-messages'>);
});

scheduledMessagesRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const row = await findScheduledMessage({ actor: actorOf(req).user, id });
  res.json({ scheduledMessage: presentScheduledMessage(row) } satisfies Answer<'GET /api/scheduled-messages/:id'>);
});

scheduledMessagesRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateScheduledMessageBody, req.body);
  const row = await changeScheduledMessage({ actor: actorOf(req).user, id, changes });
  res.json({ scheduledMessage: presentScheduledMessage(row) } satisfies Answer<'PUT /api/scheduled-messages/:id'>);
});

/** Cancels (409 once it is no longer pending); answers the cancelled row. */
scheduledMessagesRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const row = await cancelScheduledMessage({ actor: actorOf(req).user, id });
  res.json({ scheduledMessage: presentScheduledMessage(row) } satisfies Answer<'DELETE /api/scheduled-messages/:id'>);
});
