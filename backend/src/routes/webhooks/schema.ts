import { z } from 'zod';
import { idParam } from '../../lib/validation.js';
import { WEBHOOK_EVENTS } from '../../services/webhooks/webhookEvents.js';

// A webhook as an admin writes it. The URL's target (private or public) is checked by the service, which
// resolves the name (services/webhooks/checkWebhookUrl.ts); here only its form.
const urlOf = (value: string): URL | undefined => (URL.canParse(value) ? new URL(value) : undefined);

const url = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((value) => /^https?:$/.test(urlOf(value)?.protocol ?? ''), 'Use an http:// or https:// address')
  .refine((value) => !urlOf(value)?.username && !urlOf(value)?.password, 'No user or password in the address');

// "message.created" twice is one subscription.
const events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length * 2)
  .transform((list) => [...new Set(list)]);

const fields = {
  name: z.string().trim().max(80),
  url,
  events,
  active: z.boolean(),
  allowLocal: z.boolean(),
};

export const createWebhookBody = z.object(fields).partial().required({ url: true, events: true }).strict();

export const updateWebhookBody = z
  .object(fields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');

export const listDeliveriesQuery = z
  .object({
    status: z.enum(['pending', 'succeeded', 'failed']).optional(),
    cursor: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const deliveryParams = z.object({ id: idParam, deliveryId: z.string().uuid() }).strict();
