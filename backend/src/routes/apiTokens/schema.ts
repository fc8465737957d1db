import { z } from 'zod';
import { API_SCOPES } from '../../lib/apiScopes.js';

export const createApiTokenBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    scopes: z
      .array(z.enum(API_SCOPES))
      .min(1)
      .max(API_SCOPES.length * 2),
    // An ISO 8601 instant with its offset; null or absent: never expires. In the past → 400 ERR_TOKEN_EXPIRY_PAST.
    expiresAt: z.iso
      .datetime({ offset: true })
      .transform((s) => new Date(s))
      .nullable()
      .optional(),
  })
  .strict();
