import { z } from 'zod';

const name = z.string().trim().min(1).max(60); // "Tags".name VARCHAR(60)
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A color is #rrggbb');

export const listTagsQuery = z.object({ search: z.string().trim().max(60).optional() }).strict();
export const createTagBody = z.object({ name, color: color.optional() }).strict();
export const updateTagBody = z
  .object({ name: name.optional(), color: color.optional() })
  .strict()
  .refine((b) => b.name !== undefined || b.color !== undefined, 'Nothing to change');
