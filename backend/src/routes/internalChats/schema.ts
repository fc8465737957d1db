import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

export const openDirectChatBody = z.object({ userId: idParam }).strict();
export const sendInternalChatMessageBody = z.object({ body: z.string().trim().min(1).max(4000) }).strict();
export const internalChatMessagesQuery = z
  .object({
    /** The oldest message id of the page before. */
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,17}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
