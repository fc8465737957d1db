import { z } from 'zod';
import { idParam } from '../../lib/validation.js';
import { rangeBound } from '../dashboard/schema.js';

// `sep`: ";" (default: Brazilian Excel opens the file in columns) or "," — also spelled out, since a bare ";"
// in a query string must be percent-encoded.
const separator = z
  .enum([';', ',', 'semicolon', 'comma'])
  .default(';')
  .transform((s) => (s === ',' || s === 'comma' ? ',' : ';'));

export const ticketsExportQuery = z.object({ from: rangeBound.optional(), to: rangeBound.optional(), sep: separator }).strict();

export const dealsExportQuery = z.object({ pipelineId: idParam.optional(), sep: separator }).strict();

export const attendantsExportQuery = z.object({ from: rangeBound.optional(), to: rangeBound.optional(), queueId: idParam.optional(), sep: separator }).strict();
