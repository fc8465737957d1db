import { z } from 'zod';
import { idParam } from '../../lib/validation.js';
import { LEAD_BUCKET_NAMES } from '../../services/contacts/leadBuckets.js';

export const ticketIdParams = z.object({ id: idParam });
/** A ticket's address in links (`/tickets/:uuid`), or its id. */
export const ticketRefParams = z.object({ id: z.union([idParam, z.string().uuid()]) });

/** One endpoint for every lifecycle step, each with exactly the fields it takes. */
export const updateTicketBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }).strict(),
  z.object({ action: z.literal('read') }).strict(),
  z.object({ action: z.literal('redistribute') }).strict(),
  z.object({ action: z.literal('return') }).strict(),
  z.object({ action: z.literal('reopen') }).strict(),
  z.object({ action: z.literal('close'), sendFarewell: z.boolean().optional(), closeReasonId: idParam.nullable().optional() }).strict(),
  z.object({ action: z.literal('transfer'), userId: idParam.optional(), queueId: idParam.optional() }).strict(),
  // A supervisor takes the ticket from the AI agent ("Assumir").
  z.object({ action: z.literal('takeOver') }).strict(),
]);

/** The attendant's assist ("Sugerir resposta", "Resumir conversa"): the summary's language, the attendant's. */
export const assistBody = z.object({ language: z.enum(['pt-BR', 'en', 'es']).optional() }).strict();

const ids = z
  .string()
  .max(500)
  .transform((v, ctx) => {
    const parts = v.split(',').filter(Boolean).map(Number);
    if (parts.some((n) => !Number.isInteger(n) || n <= 0 || n > 2147483647)) {
      ctx.addIssue({ code: 'custom', message: 'Expected a comma-separated list of ids' });
      return z.NEVER;
    }
    return parts;
  });

export const listTicketsQuery = z
  .object({
    status: z.enum(['open', 'pending', 'closed']).default('open'),
    queueIds: ids.optional(),
    // Tickets no queue took; with queueIds, either kind ("Vendas or no queue").
    withoutQueue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    tagIds: ids.optional(),
    userId: idParam.optional(),
    whatsappId: idParam.optional(),
    mine: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    // The tickets the AI agent is answering (the bot phase): only those, or none of them. Attendants never see them.
    bot: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    // The contact's lead bucket (hot ≥ 70, warm 40–69, cold < 40); unscored contacts are in none.
    lead: z.enum(LEAD_BUCKET_NAMES).optional(),
    search: z.string().trim().min(1).max(100).optional(),
    cursor: z.string().max(256).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
    // Issue 17: 'oldest' lists who has waited longest first (by creation); the default is the latest activity.
    order: z.enum(['recent', 'oldest']).optional(),
  })
  .strict();

/** An attendant starts a conversation: with whom, from which connection (the default one if omitted), in which queue. */
// A known contact, or a phone number as typed ("+55 (11) 98765-4321"): exactly one of them.
export const startTicketBody = z
  .object({
    contactId: idParam.optional(),
    number: z.string().trim().min(1).max(40).optional(),
    whatsappId: idParam.optional(),
    queueId: idParam.nullable().optional(),
  })
  .strict()
  .refine((b) => (b.contactId === undefined) !== (b.number === undefined), { message: 'Give contactId or number, not both', path: ['contactId'] });

export const noteParams = z.object({ id: idParam, noteId: idParam });
export const noteBody = z.object({ body: z.string().trim().min(1).max(4000) }).strict();
export const ticketTagsBody = z.object({ tagIds: z.array(idParam).max(50) }).strict();

/** A supervisor's bulk action: up to 100 tickets closed, or transferred (to a queue and/or an attendant). */
export const bulkTicketsBody = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('close'),
      ticketIds: z.array(idParam).min(1).max(100),
      sendFarewell: z.boolean().optional(),
      closeReasonId: idParam.nullable().optional(),
    })
    .strict(),
  z.object({ action: z.literal('transfer'), ticketIds: z.array(idParam).min(1).max(100), userId: idParam.optional(), queueId: idParam.optional() }).strict(),
]);
