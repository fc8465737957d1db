import { z } from 'zod';
import { idParam } from '../../lib/validation.js';

// A bound is a local day of the company (2026-11-01) or an instant with its offset (2026-11-01T08:00:00-03:00).
export const rangeBound = z.union([z.iso.date().transform((date) => ({ date })), z.iso.datetime({ offset: true }).transform((instant) => ({ instant }))]);

export const dashboardQuery = z
  .object({
    from: rangeBound.optional(),
    to: rangeBound.optional(),
    queueId: idParam.optional(),
  })
  .strict();
