import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

const id = z.number().int().positive().max(2147483647);
const body = z.string().trim().min(1).max(4096);
// An ISO 8601 instant with its offset ("2026-12-07T14:30:00-03:00" or "…Z"): the browser sends what the
// attendant picked in their own clock, and no server guesses a zone. In the past → 400 ERR_SCHEDULED_IN_PAST.
const sendAt = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const createScheduledMessageBody = z.object({ contactId: id, whatsappId: id.optional(), body, sendAt }).strict();
export const updateScheduledMessageBody = z
  .object({ body: body.optional(), sendAt: sendAt.optional(), whatsappId: id.optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change');

export const listScheduledMessagesQuery = z
  .object({
    contactId: idParam.optional(),
    status: z.enum(['pending', 'sending', 'sent', 'cancelled', 'failed']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();
