/** An error answered by the API (or the network), carrying the stable `ERR_*` code the UI translates. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, status: number, message?: string, details?: unknown) {
    super(message ?? code);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** Builds the error from a non-2xx response, tolerating bodies that are not our JSON envelope (a proxy's 502 page). */
  static async fromResponse(response: Response): Promise<ApiError> {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON: fall through to a code derived from the status.
    }
    const error = isEnvelope(body) ? body.error : null;
    if (error) return new ApiError(error.code, response.status, error.message, error.details);
    const code = response.status >= 500 ? 'ERR_SERVICE_UNAVAILABLE' : 'ERR_UNKNOWN';
    return new ApiError(code, response.status, response.statusText);
  }
}

interface Envelope {
  error: { code: string; message?: string; details?: unknown };
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/** Codes that mean "the access token is no longer good": refresh once and retry. */
export const AUTH_RETRY_CODES: ReadonlySet<string> = new Set(['ERR_SESSION_EXPIRED', 'ERR_UNAUTHORIZED']);
