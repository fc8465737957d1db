import { z } from 'zod';
import { LANGUAGES, PROFILES } from '../../db/users.js';
import { email, password } from '../auth/schema.js';

const name = z.string().trim().min(1).max(120);
/** Same bounds as the company default (setting `userMaxOpenTickets`); null falls back to it. */
const maxOpenTickets = z.number().int().min(1).max(500).nullable();
/** The queues the user serves (the user form), replacing the current ones; each must be the company's. */
const queueIds = z
  .array(z.number().int().positive())
  .max(200)
  .transform((ids) => [...new Set(ids)]);

export const listUsersQuery = z
  .object({
    search: z.string().trim().max(120).optional(),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const createUserBody = z
  .object({
    name,
    email,
    password,
    profile: z.enum(PROFILES),
    language: z.enum(LANGUAGES).nullable().optional(),
    maxOpenTickets: maxOpenTickets.optional(),
    queueIds: queueIds.optional(),
  })
  .strict();

export const updateUserBody = z
  .object({
    name: name.optional(),
    email: email.optional(),
    password: password.optional(),
    profile: z.enum(PROFILES).optional(),
    active: z.boolean().optional(),
    language: z.enum(LANGUAGES).nullable().optional(),
    maxOpenTickets: maxOpenTickets.optional(),
    queueIds: queueIds.optional(),
  })
  .strict();

/** An attendant's pause: `paused` false makes them available again (the reason is then dropped). */
export const availabilityBody = z
  .object({
    paused: z.boolean(),
    reason: z.string().trim().max(120).nullable().optional(),
  })
  .strict();
