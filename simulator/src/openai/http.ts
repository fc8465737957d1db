// The HTTP side of the fake: reading bodies (JSON or multipart), answering with OpenAI's headers, waiting
// without blocking other requests, and noticing when the client gave up.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { errorBody, type OpenAiError } from './errors.js'
import type { HttpFailure, RecordedRequest } from './types.js'

/** Epoch milliseconds with sub-millisecond precision. */
export const now = (): number => performance.timeOrigin + performance.now()

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

export interface Multipart {
  fields: Record<string, string>
  file?: { name: string; type: string; bytes: Buffer }
}

/** A multipart/form-data body, parsed by the platform's own (undici's) FormData parser. */
export async function readMultipart(raw: Buffer, contentType: string): Promise<Multipart> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData()
  const out: Multipart = { fields: {} }
  const reads: Array<Promise<void>> = []
  form.forEach((value, key) => {
    if (typeof value === 'string') out.fields[key] = value
    else if (key === 'file') {
      reads.push(
        value.arrayBuffer().then(bytes => {
          out.file = { name: value.name, type: value.type, bytes: Buffer.from(bytes) }
        }),
      )
    }
  })
  await Promise.all(reads)
  return out
}

export function headerRecord(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]))
}

/** An answer: a JSON value, or text when `body` is a string with a text content type. */
export interface Answer {
  status: number
  body: unknown
  headers?: Record<string, string>
  text?: boolean
}

/** Sends the answer with the headers OpenAI sends on every response, and records it. */
export function send(res: ServerResponse, record: RecordedRequest | undefined, answer: Answer): void {
  if (res.destroyed || res.headersSent) return
  const payload = answer.text ? String(answer.body) : JSON.stringify(answer.body)
  res
    .writeHead(answer.status, {
      'content-type': answer.text ? 'text/plain; charset=utf-8' : 'application/json',
      'x-request-id': `req_${randomBytes(16).toString('hex')}`,
      'openai-version': '2020-10-01',
      'openai-processing-ms': '1',
      ...answer.headers,
    })
    .end(payload)
  if (record) record.response = { status: answer.status, body: answer.body, sentAt: now() }
}

export const errorAnswer = (e: OpenAiError, b?: HttpFailure): Answer => ({
  status: e.status,
  body: errorBody(e),
  headers: {
    ...(b?.retryAfter !== undefined ? { 'retry-after': String(b.retryAfter) } : {}),
    ...(b?.retryAfterMs !== undefined ? { 'retry-after-ms': String(b.retryAfterMs) } : {}),
    ...(b?.shouldRetry !== undefined ? { 'x-should-retry': String(b.shouldRetry) } : {}),
  },
})

/**
 * Waits `ms` on a timer (never blocking other requests). Resolves false when the client closed the connection
 * first (the SDK's timeout aborts the fetch), so nothing is written to a dead socket and close() is not held up.
 */
export function pause(ms: number | undefined, res: ServerResponse): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false)
  if (!ms) return Promise.resolve(true)
  return new Promise(resolve => {
    const gone = (): void => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      res.off('close', gone)
      resolve(!res.destroyed)
    }, ms)
    res.once('close', gone)
  })
}
