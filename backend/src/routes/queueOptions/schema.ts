import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

export const listQueueOptionsQuery = z.object({ queueId: idParam }).strict();

export const createQueueOptionBody = z
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

export const updateQueueOptionBody = createQueueOptionBody.partial().strict();
