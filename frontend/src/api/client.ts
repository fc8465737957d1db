import type { Answer } from '@atende/contract';
import { ApiError, AUTH_RETRY_CODES } from './ApiError';
import { session } from './session';
import type { SessionPayload } from './types';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  query?: Record<string, string | number | undefined | null>;
}

let refreshInFlight: Promise<SessionPayload> | null = null;

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request: the server
 * rotates the cookie and treats a replayed one as theft, so two parallel refreshes would end the session.
 * On failure the session is cleared, which sends the app to the login page.
 */
export function refreshSession(): Promise<SessionPayload> {
  refreshInFlight ??= (async () => {
    try {
      const response = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include' });
      if (!response.ok) throw await ApiError.fromResponse(response);
      const payload = (await response.json()) as Answer<'POST /api/auth/refresh'>;
      session.set(payload);
      return payload;
    } catch (error) {
      session.clear();
      throw toApiError(error);
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

/** Calls the API with the bearer token; one silent refresh + retry on an expired token. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.ok) return parse<T>(response);

  const error = await ApiError.fromResponse(response);
  if (response.status !== 401 || !AUTH_RETRY_CODES.has(error.code) || session.token() === null) throw error;

  await refreshSession();
  const retried = await send(path, options);
  if (retried.ok) return parse<T>(retried);
  const retryError = await ApiError.fromResponse(retried);
  // Rejected even with a fresh token: the session is over (user deactivated, family revoked…).
  if (retried.status === 401) session.clear();
  throw retryError;
}

/** Like apiRequest, for binary answers (media files): the same bearer token and silent refresh. */
export async function apiBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  let response = await send(path, { signal });
  if (response.status === 401 && session.token() !== null) {
    await refreshSession();
    response = await send(path, { signal });
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  return response.blob();
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => apiRequest<T>(path, options),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  // FormData (uploads) sets its own multipart boundary; everything else is JSON.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request stays an AbortError: TanStack Query recognises it and ignores it.
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw toApiError(error);
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('ERR_NETWORK', 0, error instanceof Error ? error.message : String(error));
}
