import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { idParam, idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentQueueOption } from '../../presenters/queueOption.js';
import type { QueueOption } from '../../services/chatbot/queueOptions.js';
import { createQueueOption, updateQueueOption } from '../../services/queueOptions/SaveQueueOptionService.js';

const fields = z
  .object({
    queueId: idParam,
    parentId: idParam.nullable().optional(),
    title: z.string().trim().min(1).max(80),
    message: z.string().trim().max(4096).nullable().optional(),
    targetQueueId: idParam.nullable().optional(),
    targetUserId: idParam.nullable().optional(),
    position: z.number().int().min(0).max(100000).optional(),
  })
  .strict();

// The options tree of a queue's menu (see services/chatbot). Everyone reads; admins write.
export const queueOptionsRouter = Router();
queueOptionsRouter.use(authenticate);

queueOptionsRouter.get('/', async (req, res) => {
  const { queueId } = parse(z.object({ queueId: idParam }).strict(), req.query);
  const options = await ctx().sequelize.query<QueueOption & { position: number }>(
    `SELECT id, "queueId", "parentId", title, message, "targetQueueId", "targetUserId", position FROM "QueueOptions"
     WHERE "queueId" = :queueId AND "companyId" = :companyId ORDER BY "parentId" NULLS FIRST, position, id`,
    { replacements: { queueId, companyId: actorOf(req).companyId }, type: QueryTypes.SELECT },
  );
  res.json({ options: options.map(presentQueueOption) } satisfies Answer<'GET /api/queue-options'>);
});

queueOptionsRouter.post('/', requireProfile('admin'), async (req, res) => {
  const option = await createQueueOption(actorOf(req).companyId, parse(fields, req.body));
  res.status(201).json({ option: presentQueueOption(option) } satisfies Answer<'POST /api/queue-options'>);
});

queueOptionsRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const option = await updateQueueOption(actorOf(req).companyId, id, parse(fields.partial().strict(), req.body));
  res.json({ option: presentQueueOption(option) } satisfies Answer<'PUT /api/queue-options/:id'>);
});

queueOptionsRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const [deleted] = await ctx().sequelize.query(`DELETE FROM "QueueOptions" WHERE id = :id AND "companyId" = :companyId RETURNING id`, {
    replacements: { id, companyId: actorOf(req).companyId },
    type: QueryTypes.SELECT,
  });
  if (!deleted) throw AppError.notFound('ERR_QUEUE_OPTION_NOT_FOUND', 'Option not found');
  res.status(204).end(); // its sub-options go with it (ON DELETE CASCADE)
});
