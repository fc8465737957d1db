import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

export const ticketParams = z.object({ ticketId: idParam });

export const sendMessageBody = z
  .object({
    body: z.string().max(4096).default(''),
    quotedMsgId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    /** Sent from this quick reply: its file goes with the text as caption (unless a file is uploaded). */
    quickReplyId: z.coerce.number().int().positive().max(2147483647).optional(),
  })
  .strict();

export const historyQuery = z
  .object({
    before: z.string().max(256).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    // Down to this message at least (a jump to a quoted message): one answer instead of page after page.
    until: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export const messageParams = z.object({ messageId: idParam });

export const editMessageBody = z.object({ body: z.string().trim().min(1).max(4096) }).strict();

/** Search inside a conversation: at least two characters (one matches nearly everything). */
export const searchQuery = z.object({ q: z.string().trim().min(2).max(100) }).strict();

/** The attendant's presence in a chat: watch the customer's (on opening it), or show them "typing…". */
export const presenceBody = z.object({ action: z.enum(['subscribe', 'composing', 'paused']) }).strict();
