import { APIConnectionError, APIConnectionTimeoutError, APIError, AuthenticationError, PermissionDeniedError } from 'openai';
import { AppError } from '../errors/AppError.js';
import { logger } from '../lib/logger.js';

// A failed call to a model, as the API answers it and as the log keeps it. The SDK's messages quote the
// provider's error text, and a provider's 401 text holds part of the key ("Incorrect API key provided:
// sk-proj-…abcd"): neither the answer nor the log ever carries it. What is kept is what an admin can act on,
// from fixed vocabularies: the provider's HTTP status and its error code (an identifier like
// "model_not_found", dropped when it does not look like one).
//
// 502/504, never 401/403: the endpoint refused Atende, not the user (a 401 would log the admin out).

const SAFE_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

function providerCode(err: APIError): string | undefined {
  return typeof err.code === 'string' && SAFE_CODE.test(err.code) ? err.code : undefined;
}

/** What to throw for a failed call: the endpoint's failures as AppErrors, logged once without the provider's text. */
export function aiCallFailed(err: unknown, at: { aiAgentId: number; purpose: string }): unknown {
  let failure: AppError;
  if (err instanceof APIConnectionTimeoutError) {
    failure = new AppError('ERR_AI_TIMEOUT', 504, 'The AI endpoint did not answer in time');
  } else if (err instanceof APIConnectionError) {
    failure = new AppError('ERR_AI_ENDPOINT', 502, 'The AI endpoint could not be reached', { reason: 'unreachable' });
  } else if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) {
    failure = new AppError('ERR_AI_AUTH', 502, 'The AI endpoint refused the API key', { providerStatus: err.status, providerCode: providerCode(err) });
  } else if (err instanceof APIError) {
    failure = new AppError('ERR_AI_ENDPOINT', 502, 'The AI endpoint answered with an error', { providerStatus: err.status, providerCode: providerCode(err) });
  } else {
    // Not the endpoint's doing (a bug of ours, the database): the caller's error handler takes it as it is.
    return err;
  }
  logger.warn('AI call failed', { ...at, code: failure.code, ...(failure.details as object | undefined) });
  return failure;
}
