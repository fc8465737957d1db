import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

const stage = z
  .object({
    id: idParam.optional(),
    name: z.string().trim().min(1).max(60),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .default('#64748b'),
    kind: z.enum(['open', 'won', 'lost']).default('open'),
  })
  .strict();
const stages = z.array(stage).min(1).max(20);
const name = z.string().trim().min(1).max(80);

export const createPipelineBody = z.object({ name, stages }).strict();
export const updatePipelineBody = z.object({ name: name.optional(), stages: stages.optional() }).strict();
