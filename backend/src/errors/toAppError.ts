import {
  ConnectionError,
  DatabaseError,
  ForeignKeyConstraintError,
  UniqueConstraintError,
  ValidationError as SequelizeValidationError,
} from 'sequelize';
import { ZodError } from 'zod';
import { AppError } from './AppError.js';
import { zodDetails } from '../lib/validation.js';

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string';
}

// Postgres error codes that mean "the client sent something the column cannot hold".
const PG_BAD_INPUT = new Set(['22P02', '22001', '22003', '22007', '22008', '23502', '23514']);

/**
 * Normalises anything thrown into an AppError. ORM and parser errors are translated here and only here,
 * so services never have to know about Sequelize's error zoo. Unknown errors become a 500 without detail.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return AppError.badRequest('ERR_VALIDATION', 'Invalid input', zodDetails(err));
  if (isBodyParserError(err)) {
    if (err.type === 'entity.parse.failed') return AppError.badRequest('ERR_INVALID_JSON', 'The body is not valid JSON');
    if (err.type === 'entity.too.large')
      return new AppError('ERR_PAYLOAD_TOO_LARGE', 413, 'The body is too large', { limit: err.limit });
    if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
      return new AppError('ERR_UNSUPPORTED_ENCODING', 415, 'Unsupported body encoding');
    if (err.status && err.status >= 400 && err.status < 500)
      return new AppError('ERR_BAD_REQUEST', err.status, 'The request could not be read');
  }
  if (err instanceof UniqueConstraintError) return AppError.conflict('ERR_CONFLICT', 'This record already exists');
  if (err instanceof ForeignKeyConstraintError)
    return AppError.conflict('ERR_CONFLICT', 'This record is referenced by, or references, another one');
  if (err instanceof SequelizeValidationError) return AppError.badRequest('ERR_VALIDATION', 'Invalid input');
  if (err instanceof ConnectionError)
    return new AppError('ERR_SERVICE_UNAVAILABLE', 503, 'The database is not reachable right now');
  if (err instanceof DatabaseError) {
    const code = (err.parent as { code?: string } | undefined)?.code;
    if (code && PG_BAD_INPUT.has(code)) return AppError.badRequest('ERR_VALIDATION', 'Invalid input');
  }
  return new AppError('ERR_INTERNAL', 500, 'Something went wrong on our side');
}
