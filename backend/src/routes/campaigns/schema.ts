import { z } from 'zod';
import { weeklyScheduleSchema } from '../../lib/businessHours.js';

const id = z.number().int().positive().max(2147483647);
// Bounds on what one request names; a larger audience is a tag or a list, not ten thousand ids in a body.
export const CAMPAIGN_LIMITS = { tagIds: 100, contactIds: 10_000, contactListIds: 100, variants: 5, body: 4096, name: 120, jitterSeconds: 300 } as const;

export const targetSchema = z
  .object({
    tagIds: z.array(id).max(CAMPAIGN_LIMITS.tagIds).default([]),
    contactIds: z.array(id).max(CAMPAIGN_LIMITS.contactIds).default([]),
    contactListIds: z.array(id).max(CAMPAIGN_LIMITS.contactListIds).default([]),
  })
  .strict();

// A body is always required (a file alone is not a campaign message); the {{variables}} are filled per recipient.
const messages = z
  .array(z.object({ body: z.string().trim().min(1).max(CAMPAIGN_LIMITS.body) }).strict())
  .min(1)
  .max(CAMPAIGN_LIMITS.variants);
// An ISO 8601 instant with its offset, as the scheduled messages take it; in the past at start: it starts now.
const scheduledAt = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .nullable();

const fields = {
  name: z.string().trim().min(1).max(CAMPAIGN_LIMITS.name),
  // A draft may have none yet (the company's first campaign, written before its connection): start refuses it.
  whatsappId: id.nullable(),
  messages,
  target: targetSchema,
  scheduledAt,
  // The upper bound is the config's (CAMPAIGN_MAX_RATE_PER_MINUTE): 400 ERR_CAMPAIGN_RATE from the service.
  ratePerMinute: z.number().int().min(1).max(32767),
  jitterSeconds: z.number().int().min(0).max(CAMPAIGN_LIMITS.jitterSeconds),
  sendingWindow: weeklyScheduleSchema.nullable(),
  ticketMode: z.enum(['open', 'log']),
  queueId: id.nullable(),
};

export const createCampaignBody = z
  .object({
    ...fields,
    target: targetSchema.default({ tagIds: [], contactIds: [], contactListIds: [] }),
    scheduledAt: scheduledAt.optional(),
    jitterSeconds: fields.jitterSeconds.optional(),
    sendingWindow: fields.sendingWindow.optional(),
    ticketMode: fields.ticketMode.optional(),
    queueId: fields.queueId.optional(),
  })
  .strict();

export const updateCampaignBody = z
  .object(
    Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
  )
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change');

export const listCampaignsQuery = z
  .object({
    status: z.enum(['draft', 'scheduled', 'running', 'paused', 'finished', 'cancelled']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();

export const shippingsQuery = z
  .object({
    status: z.enum(['pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'skipped']).optional(),
    cursor: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const previewBody = z
  .object({
    messages,
    target: targetSchema.default({ tagIds: [], contactIds: [], contactListIds: [] }),
    contactId: id.optional(),
  })
  .strict();

export const noQuery = z.object({}).strict();
