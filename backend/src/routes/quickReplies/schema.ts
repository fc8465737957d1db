import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

// Typed after "/" in the composer: lower-case letters, digits, "_" and "-" (the table's CHECK says the same).
const shortcut = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^\//, ''))
  .pipe(
    z
      .string()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9_-]+$/, 'Use letters, digits, "_" or "-"'),
  );
const message = z.string().trim().min(1).max(4096);
const queueId = z.number().int().positive().max(2147483647).nullable();

export const createQuickReplyBody = z.object({ shortcut, message, queueId: queueId.default(null) }).strict();
export const updateQuickReplyBody = z.object({ shortcut: shortcut.optional(), message: message.optional(), queueId: queueId.optional() }).strict();

export const listQuickRepliesQuery = z.object({ search: z.string().max(120).optional(), queueId: idParam.optional() }).strict();

export const renderQuickReplyQuery = z.object({ ticketId: idParam.optional() }).strict();
