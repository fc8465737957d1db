import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

const filters = {
  pipelineId: idParam.optional(),
  ownerId: idParam.optional(),
  bucket: z.enum(['hot', 'warm', 'cold']).optional(),
  search: z.string().max(120).optional(),
};
export const boardQuery = z.object(filters).strict();
export const listDealsQuery = z
  .object({
    ...filters,
    stageId: idParam.optional(),
    contactId: idParam.optional(),
    cursor: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

const title = z.string().trim().min(1).max(160);
/** Cents, an integer ≥ 0 (below 2^53 so it stays exact in JSON). */
const value = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const position = z.number().int().min(0).max(1_000_000);
const lostReason = z.string().trim().min(1).max(500).nullable();
const expectedCloseAt = z.coerce.date().nullable();

export const createDealBody = z
  .object({
    title,
    value: value.default(0),
    pipelineId: idParam.optional(),
    stageId: idParam.optional(),
    position: position.optional(),
    contactId: idParam.nullable().optional(),
    ticketId: idParam.nullable().optional(),
    ownerId: idParam.nullable().optional(),
    expectedCloseAt: expectedCloseAt.optional(),
    lostReason: lostReason.optional(),
  })
  .strict();

export const updateDealBody = z
  .object({
    title: title.optional(),
    value: value.optional(),
    stageId: idParam.optional(),
    position: position.optional(),
    contactId: idParam.nullable().optional(),
    ownerId: idParam.nullable().optional(),
    expectedCloseAt: expectedCloseAt.optional(),
    lostReason: lostReason.optional(),
  })
  .strict();

export const dealNoteBody = z.object({ body: z.string().trim().min(1).max(4000) }).strict();
