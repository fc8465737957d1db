import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

export const listTasksQuery = z
  .object({
    scope: z.enum(['mine', 'all']).default('mine'),
    status: z.enum(['open', 'done']).optional(),
    dealId: idParam.optional(),
    contactId: idParam.optional(),
    reminders: z.enum(['unseen']).optional(),
  })
  .strict();

const title = z.string().trim().min(1).max(200);
const dueAt = z.coerce.date().refine((d) => d.getFullYear() >= 2000 && d.getFullYear() <= 9999, 'Invalid date');
const ref = idParam.nullable();

export const createTaskBody = z.object({ title, dueAt, assigneeId: ref.optional(), dealId: ref.optional(), contactId: ref.optional() }).strict();
export const updateTaskBody = z
  .object({
    title: title.optional(),
    dueAt: dueAt.optional(),
    assigneeId: ref.optional(),
    dealId: ref.optional(),
    contactId: ref.optional(),
    done: z.boolean().optional(),
    reminderSeen: z.literal(true).optional(),
  })
  .strict();
