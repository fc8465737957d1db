import { z } from 'zod';
import { aiAgentIdField } from '../aiAgents/schema.js';

const message = z.string().trim().max(4096).nullable();
// A repeated queue id says the same thing twice, so it collapses instead of failing (as on a queue's lists).
const queueIds = z
  .array(z.number().int().positive().max(2147483647))
  .max(500)
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

export const createWhatsappBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    isDefault: z.boolean().optional(),
    greetingMessage: message.optional(),
    farewellMessage: message.optional(),
    queueIds: queueIds.optional(),
    aiAgentId: aiAgentIdField.optional(),
  })
  .strict();

export const updateWhatsappBody = createWhatsappBody.partial().strict();
