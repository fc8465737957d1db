import { z } from 'zod';

// The backend's rules (routes/quickReplies/schema.ts): messages are i18n keys, translated by the form.
export const SHORTCUT_MAX = 40;
export const MESSAGE_MAX = 4096;

/** As the server stores it: trimmed, lower-case, without the leading "/". */
export const normalizeShortcut = (value: string) => value.trim().toLowerCase().replace(/^\//, '');

export const quickReplySchema = z.object({
  shortcut: z
    .string()
    .transform(normalizeShortcut)
    .pipe(
      z
        .string()
        .min(1, 'validation.required')
        .max(SHORTCUT_MAX, 'quickReplies.shortcutTooLong')
        .regex(/^[a-z0-9_-]+$/, 'quickReplies.shortcutInvalid'),
    ),
  message: z.string().trim().min(1, 'validation.required').max(MESSAGE_MAX, 'quickReplies.messageTooLong'),
  /** "" is company-wide; a select cannot hold null. */
  queueId: z.string(),
});

export type QuickReplyFormValues = z.input<typeof quickReplySchema>;
export type QuickReplyFormOutput = z.output<typeof quickReplySchema>;
