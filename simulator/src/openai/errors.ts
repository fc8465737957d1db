// OpenAI's error bodies: `{ error: { message, type, param, code } }`, with the messages the real API uses, so a
// client's error handling meets what it will meet in production.
import type { HttpFailure } from './types.js'

export interface OpenAiError {
  status: number
  message: string
  type: string
  param: string | null
  code: string | null
}

const BY_STATUS: Record<number, Omit<OpenAiError, 'status' | 'param'>> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported' },
  404: { type: 'invalid_request_error', code: null, message: 'Not found.' },
  429: {
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
  },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request. Sorry about that!' },
  503: { type: 'server_error', code: null, message: 'The server is overloaded or not ready yet.' },
}

export function failure(status: number, over: Partial<Omit<OpenAiError, 'status'>> = {}): OpenAiError {
  const base = BY_STATUS[status] ?? { type: status >= 500 ? 'server_error' : 'invalid_request_error', code: null, message: `HTTP ${status}` }
  return { status, param: null, ...base, ...over }
}

export const fromBehaviour = (b: HttpFailure): OpenAiError =>
  failure(b.status, {
    ...(b.message !== undefined ? { message: b.message } : {}),
    ...(b.type !== undefined ? { type: b.type } : {}),
    ...(b.code !== undefined ? { code: b.code } : {}),
  })

export const errorBody = (e: OpenAiError): { error: Omit<OpenAiError, 'status'> } => ({
  error: { message: e.message, type: e.type, param: e.param, code: e.code },
})

export const invalid = (message: string, param: string | null = null, code: string | null = null): OpenAiError => failure(400, { message, param, code })

/** The key as OpenAI shows it back: a few characters at each end, never the whole key. */
const masked = (key: string): string =>
  key.length <= 8 ? '*'.repeat(key.length) : `${key.slice(0, 3)}${'*'.repeat(Math.min(key.length - 7, 40))}${key.slice(-4)}`

/** 401 for a missing or wrong `Authorization: Bearer` header, worded as OpenAI words it. */
export function authFailure(header: string | undefined): OpenAiError {
  if (!header?.startsWith('Bearer ') || header.length === 'Bearer '.length) {
    return failure(401, {
      code: null,
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    })
  }
  return failure(401, {
    message: `Incorrect API key provided: ${masked(header.slice('Bearer '.length))}. You can find your API key at https://platform.openai.com/account/api-keys.`,
  })
}
