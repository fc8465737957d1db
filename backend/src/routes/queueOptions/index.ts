import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentQueueOption } from '../../presenters/queueOption.js';
import { deleteQueueOption } from '../../services/queueOptions/deleteQueueOption.js';
import { listQueueOptions } from '../../services/queueOptions/listQueueOptions.js';
import { createQueueOption } from '../../services/queueOptions/createQueueOption.js';
import { updateQueueOption } from '../../services/queueOptions/updateQueueOption.js';
import { createQueueOptionBody, listQueueOptionsQuery, updateQueueOptionBody } from './schema.js';

// The options tree of a queue's menu (see services/chatbot). Everyone reads; admins write.
export const queueOptionsRouter = Router();
queueOptionsRouter.use(authenticate);

queueOptionsRouter.get('/', async (req, res) => {
  const { queueId } = parse(listQueueOptionsQuery, req.query);
  const options = await listQueueOptions({ companyId: actorOf(req).companyId, queueId });
  res.json({ options: options.map(presentQueueOption) } satisfies Answer<'GET /api/queue-options'>);
});

queueOptionsRouter.post('/', requireProfile('admin'), async (req, res) => {
  const option = await createQueueOption(actorOf(req).companyId, parse(createQueueOptionBody, req.body));
  res.status(201).json({ option: presentQueueOption(option) } satisfies Answer<'POST /api/queue-options'>);
});

queueOptionsRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const option = await updateQueueOption(actorOf(req).companyId, id, parse(updateQueueOptionBody, req.body));
  res.json({ option: presentQueueOption(option) } satisfies Answer<'PUT /api/queue-options/:id'>);
});

queueOptionsRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteQueueOption({ companyId: actorOf(req).companyId, optionId: id });
  res.status(204).end(); // its sub-options go with it (ON DELETE CASCADE)
});
