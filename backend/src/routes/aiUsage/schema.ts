import { z } from 'zod';
import { rangeBound } from '../dashboard/schema.js';

/** The period, as the dashboard reads it: local days of the company or instants with their offset. */
export const aiUsageQuery = z.object({ from: rangeBound.optional(), to: rangeBound.optional() }).strict();
