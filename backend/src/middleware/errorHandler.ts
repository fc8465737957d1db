import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/AppError.js';
import { toAppError } from '../errors/toAppError.js';
import { logger } from '../lib/logger.js';

export function notFound(req: Request): never {
  throw AppError.notFound('ERR_NOT_FOUND', `No route for ${req.method} ${req.path}`);
}

/** The single exit for errors: a stable code and a safe message; stacks go to the log, never to the client. */
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  const appError = toAppError(err);
  if (appError.status >= 500) {
    logger.error('request failed', {
      requestId: req.id,
      code: appError.code,
      err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err),
    });
  }
  if (res.headersSent) return;
  const retryAfter = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (appError.status === 429 && retryAfter) res.setHeader('Retry-After', String(retryAfter));
  res.status(appError.status).json({
    error: { code: appError.code, message: appError.message, ...(appError.details !== undefined && { details: appError.details }) },
  });
}
