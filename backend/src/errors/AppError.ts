/**
 * The one error type the API answers with. `code` is stable (the frontend translates it),
 * `status` is the HTTP status, `details` is safe to show (validation paths, limits).
 */
export class AppError extends Error {
  constructor(
    readonly code: `ERR_${string}`,
    readonly status: number,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }

  static badRequest(code: `ERR_${string}`, message?: string, details?: unknown): AppError {
    return new AppError(code, 400, message, details);
  }
  static unauthorized(code: `ERR_${string}` = 'ERR_UNAUTHORIZED', message = 'Authentication required'): AppError {
    return new AppError(code, 401, message);
  }
  static forbidden(code: `ERR_${string}` = 'ERR_FORBIDDEN', message = 'You may not do this'): AppError {
    return new AppError(code, 403, message);
  }
  static notFound(code: `ERR_${string}`, message = 'Not found'): AppError {
    return new AppError(code, 404, message);
  }
  static conflict(code: `ERR_${string}`, message = 'Conflict'): AppError {
    return new AppError(code, 409, message);
  }
}
