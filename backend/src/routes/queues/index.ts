import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentQueue } from '../../presenters/queue.js';
import { createQueue } from '../../services/queues/createQueue.js';
import { deleteQueue } from '../../services/queues/deleteQueue.js';
import { findQueueInCompany } from '../../services/queues/findQueueInCompany.js';
import { listQueues } from '../../services/queues/listQueues.js';
import { updateQueue } from '../../services/queues/updateQueue.js';
import { createQueueBody, listQueuesQuery, updateQueueBody } from './schema.js';

// Everyone in the company sees the queues (to pick one, to transfer to one); only admins change them.
export const queuesRouter = Router();
queuesRouter.use(authenticate);

queuesRouter.get('/', async (req, res) => {
  const query = parse(listQueuesQuery, req.query);
  const queues = await listQueues({ companyId: actorOf(req).companyId, ...query });
  res.json({ queues: queues.map(presentQueue) } satisfies Answer<'GET /api/queues'>);
});

queuesRouter.post('/', requireProfile('admin'), async (req, res) => {
  const { userIds, whatsappIds, ...fields } = parse(createQueueBody, req.body);
  const queue = await createQueue({ companyId: actorOf(req).companyId, fields, members: { userIds, whatsappIds } });
  res.status(201).json({ queue: presentQueue(queue) } satisfies Answer<'POST /api/queues'>);
});

queuesRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ queue: presentQueue(await findQueueInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/queues/:id'>);
});

queuesRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { userIds, whatsappIds, ...fields } = parse(updateQueueBody, req.body);
  const queue = await updateQueue({ companyId: actorOf(req).companyId, queueId: id, fields, members: { userIds, whatsappIds } });
  res.json({ queue: presentQueue(queue) } satisfies Answer<'PUT /api/queues/:id'>);
});

queuesRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteQueue({ companyId: actorOf(req).companyId, queueId: id });
  res.status(204).end();
});
