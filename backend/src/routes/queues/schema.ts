import { z } from 'zod';
import { weeklyScheduleSchema } from '../../lib/businessHours.js';
import { idParam } from '../../lib/validation.js';
import { DISTRIBUTIONS } from '../../db/queues.js';
import { aiAgentIdField } from '../aiAgents/schema.js';
import { CLOSE_REASON_MODES } from '../../db/closeReasons.js';

export const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use #rrggbb')
  .transform((c) => c.toLowerCase());
const message = z.string().trim().max(4096).nullable();
// Repeated ids are harmless intent ("this user serves the queue"), so they collapse instead of failing.
const ids = z
  .array(z.number().int().positive().max(2147483647))
  .max(500)
  .transform((list) => [...new Set(list)]);

export const createQueueBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    color: color.optional(),
    greetingMessage: message.optional(),
    outOfHoursMessage: message.optional(),
    schedules: weeklyScheduleSchema.nullable().optional(),
    distribution: z.enum(DISTRIBUTIONS).optional(),
    position: z.number().int().min(0).max(100000).optional(),
    userIds: ids.optional(),
    whatsappIds: ids.optional(),
    aiAgentId: aiAgentIdField.optional(),
    csatEnabled: z.boolean().nullable().optional(),
    closeReasonMode: z.enum(CLOSE_REASON_MODES).optional(),
  })
  .strict();

export const updateQueueBody = createQueueBody.partial().strict();

export const listQueuesQuery = z.object({ userId: idParam.optional(), whatsappId: idParam.optional() }).strict();
