import { z } from 'zod';
import { idParam } from '../../lib/validation.js';
import { CONTACT_LIMITS as L } from '../../services/contacts/limits.js';

const name = z.string().trim().min(1).max(L.name);
// Shape only; the number itself is judged (and normalised) by lib/phoneNumber in the service.
const number = z.string().trim().min(1).max(40);
const email = z.string().trim().toLowerCase().email().max(L.email).nullable();
const tagIds = z.array(idParam).max(L.tagsPerContact);
// Set by hand (the CRM's manual score); null: unscored. The AI agent's answers move it too.
const leadScore = z.number().int().min(0).max(100).nullable();

const customField = z.object({ name: z.string().trim().min(1).max(L.customFieldName), value: z.string().trim().max(L.customFieldValue) }).strict();
const extraInfo = z
  .array(customField)
  .max(L.customFields)
  .refine((fields) => new Set(fields.map((f) => f.name.toLowerCase())).size === fields.length, 'Custom field names must be unique');

export const listContactsQuery = z
  .object({
    search: z.string().trim().max(120).optional(),
    tagId: idParam.optional(),
    contactListId: idParam.optional(),
    // "Bloqueados": only the blocked contacts (true) or only the others (false).
    blocked: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const createContactBody = z.object({ name, number, email: email.optional(), extraInfo: extraInfo.optional(), tagIds: tagIds.optional() }).strict();

export const updateContactBody = z
  .object({
    name: name.optional(),
    number: number.optional(),
    email: email.optional(),
    extraInfo: extraInfo.optional(),
    tagIds: tagIds.optional(),
    leadScore: leadScore.optional(),
    // false clears the opt-out of campaigns (the customer asked to receive them again); true marks it by hand.
    optedOut: z.boolean().optional(),
  })
  .strict();

export const contactBlockBody = z.object({ blocked: z.boolean() }).strict();

export const contactTagsBody = z.object({ tagIds }).strict();

// contactListId: every imported row, and every row matching a contact already stored, joins that list.
export const importQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false'), contactListId: idParam.optional() }).strict();
export const noQuery = z.object({}).strict();
