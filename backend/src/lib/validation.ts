import { z, type ZodError, type ZodType } from 'zod';
import { AppError } from '../errors/AppError.js';

export interface ValidationIssue {
  path: string;
  message: string;
}

export function zodDetails(err: ZodError): ValidationIssue[] {
  return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** Parses untrusted input or throws a 400 ERR_VALIDATION with one detail per problem. */
export function parse<S extends ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.badRequest('ERR_VALIDATION', 'Invalid input', zodDetails(result.error));
  return result.data;
}

/** Route parameter ids: positive 32-bit integers (anything else can never exist). */
export const idParam = z.coerce.number().int().positive().max(2147483647);
export const idParams = z.object({ id: idParam });
