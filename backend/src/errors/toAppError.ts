import { ConnectionError, DatabaseError, ForeignKeyConstraintError, UniqueConstraintError, ValidationError as SequelizeValidationError } from 'sequelize';
import { ZodError } from 'zod';
import { AppError } from './AppError.js';
import { zodDetails } from '../lib/validation.js';

/**
 * What the HTTP layer (body-parser, raw-body, send, router) throws for a request it cannot read. http-errors
 * marks the client's errors with `expose: true`; router marks a bad percent-encoding in the path as a URIError
 * with status 400. Errors from elsewhere (an HTTP client's `status` of a remote answer) are not trusted.
 */
interface HttpLayerError {
  status: number;
  type?: string;
  code?: string;
  limit?: number;
}

function httpLayerError(err: unknown): HttpLayerError | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = err as Partial<Record<'status' | 'statusCode' | 'expose' | 'type' | 'code' | 'limit', unknown>>;
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (e.expose !== true && !(err instanceof URIError)) return undefined;
  return {
    status,
    type: typeof e.type === 'string' ? e.type : undefined,
    code: typeof e.code === 'string' ? e.code : undefined,
    limit: typeof e.limit === 'number' ? e.limit : undefined,
  };
}

// busboy 1.x's messages for a multipart body it cannot read (multer passes them on as plain Errors), and
// multer's own for a request that ended in the middle of an upload. A library upgrade that rewords them
// shows up as a 500 in test/http/robustness.test.ts.
const MULTIPART_FAILURE =
  /^(Multipart: Boundary not found|Malformed part header|Malformed content type|Unexpected end of (form|file)|Missing Content-Type|Unsupported content type|Request (aborted|closed|error))/;

/** The client's mistake in how the request was sent, before any route looked at it; undefined otherwise. */
function unreadableRequest(err: unknown): AppError | undefined {
  if (err instanceof Error && MULTIPART_FAILURE.test(err.message)) return AppError.badRequest('ERR_BAD_MULTIPART', 'The multipart body could not be read');
  const http = httpLayerError(err);
  if (!http) return undefined;
  if (err instanceof URIError) return AppError.badRequest('ERR_BAD_PATH_ENCODING', 'The address has an invalid percent-encoding');
  if (http.type === 'entity.parse.failed') return AppError.badRequest('ERR_INVALID_JSON', 'The body is not valid JSON');
  if (http.type === 'entity.too.large') return new AppError('ERR_PAYLOAD_TOO_LARGE', 413, 'The body is too large', { limit: http.limit });
  if (http.type === 'encoding.unsupported' || http.type === 'charset.unsupported')
    return new AppError('ERR_UNSUPPORTED_ENCODING', 415, 'Unsupported body encoding');
  // body-parser types its own errors; one with only a code (Z_DATA_ERROR, Z_BUF_ERROR…) is the
  // decompression stream's: a body labelled gzip, deflate or br that is not.
  if (!http.type && http.code) return AppError.badRequest('ERR_BAD_BODY_ENCODING', 'The body is not encoded as its Content-Encoding says');
  return new AppError('ERR_BAD_REQUEST', http.status, 'The request could not be read');
}

// Postgres error codes that mean "the client sent something the column cannot hold".
// 22021 and 22P05: a NUL byte, which no text or jsonb column can hold.
const PG_BAD_INPUT = new Set(['22P02', '22001', '22003', '22007', '22008', '22021', '22P05', '23502', '23514']);

/**
 * Normalises anything thrown into an AppError. ORM and parser errors are translated here and only here,
 * so services never have to know about Sequelize's error zoo. Unknown errors become a 500 without detail.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return AppError.badRequest('ERR_VALIDATION', 'Invalid input', zodDetails(err));
  const unreadable = unreadableRequest(err);
  if (unreadable) return unreadable;
  if (err instanceof UniqueConstraintError) return AppError.conflict('ERR_CONFLICT', 'This record already exists');
  if (err instanceof ForeignKeyConstraintError) return AppError.conflict('ERR_CONFLICT', 'This record is referenced by, or references, another one');
  if (err instanceof SequelizeValidationError) return AppError.badRequest('ERR_VALIDATION', 'Invalid input');
  if (err instanceof ConnectionError) return new AppError('ERR_SERVICE_UNAVAILABLE', 503, 'The database is not reachable right now');
  if (err instanceof DatabaseError) {
    const code = (err.parent as { code?: string } | undefined)?.code;
    if (code && PG_BAD_INPUT.has(code)) return AppError.badRequest('ERR_VALIDATION', 'Invalid input');
  }
  return new AppError('ERR_INTERNAL', 500, 'Something went wrong on our side');
}
