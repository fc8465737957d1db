import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

// The send API (issue 16). The same fields come as JSON or as multipart form fields (strings) next to a `file`.

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]);

export const sendToNumberBody = z
  .object({
    /** Any usual way of writing it: "+55 (11) 98765-4321", "11 8765-4321" (the ninth digit is added), "5511987654321". */
    number: z.string().trim().min(1).max(40),
    body: z.string().max(4096).default(''),
    /** The connection to send from; the company's default one when omitted. */
    whatsappId: idParam.optional(),
    /** The WhatsApp id of a message of this chat to reply to. */
    quotedWid: z.string().trim().min(1).max(128).optional(),
    /** A file Atende fetches and sends (http or https; size and type as uploads). */
    mediaUrl: z
      .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
      .max(2000)
      .optional(),
    /** true: history only (a closed ticket); false: a waiting ticket; omitted: the company's apiSendTicketMode. */
    closeTicket: flag.optional(),
  })
  .strict();

/** Idempotency-Key: printable ASCII, at most 200 characters (a UUID is usual). */
export const sendHeaders = z.object({
  idempotencyKey: z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'Printable ASCII, 1 to 200 characters')
    .optional(),
});

export const sentMessageParams = z.object({ id: idParam });
