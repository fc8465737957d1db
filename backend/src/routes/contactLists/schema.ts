import { z } from 'zod';

const id = z.number().int().positive().max(2147483647);
const name = z.string().trim().min(1).max(80); // "ContactLists".name VARCHAR(80)
// A selection in the contacts screen is at most a few thousand; a larger audience comes from tags or a CSV import.
const contactIds = z.array(id).max(10_000);

export const contactListBody = z.object({ name }).strict();
export const addMembersBody = z
  .object({ contactIds: contactIds.default([]), tagIds: z.array(id).max(100).default([]) })
  .strict()
  .refine((b) => b.contactIds.length > 0 || b.tagIds.length > 0, 'Give contactIds or tagIds');
export const removeMembersBody = z.object({ contactIds: contactIds.min(1) }).strict();
