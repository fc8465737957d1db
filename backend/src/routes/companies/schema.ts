import { z } from 'zod';
import { email, password } from '../auth/schema.js';

const name = z.string().trim().min(1).max(120);
const timezone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

export const createCompanyBody = z.object({ name, timezone: timezone.optional(), admin: z.object({ name, email, password }).strict() }).strict();

export const updateCompanyBody = z.object({ name: name.optional(), active: z.boolean().optional(), timezone: timezone.optional() }).strict();
