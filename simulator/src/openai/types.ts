// What the fake OpenAI-compatible server reads, answers and records. Wire names (snake_case) are OpenAI's.

export interface Usage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
}

export interface ContentPart {
  type: string
  text?: string
}
export interface ChatMessage {
  role: string
  content: string | ContentPart[] | null
  name?: string
}

export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  anyOf?: JsonSchema[]
  enum?: unknown[]
  $ref?: string
  $defs?: Record<string, JsonSchema>
  definitions?: Record<string, JsonSchema>
  [keyword: string]: unknown
}

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; json_schema: { name: string; schema?: JsonSchema; strict?: boolean | null; description?: string } }

/** The part of a chat completion request the fake understands; other fields are recorded and ignored. */
export interface ChatRequest {
  model: string
  messages: ChatMessage[]
  response_format?: ResponseFormat
  stream?: boolean
  [field: string]: unknown
}

/** A request as it arrived, in arrival order; `response` is filled when the fake has answered. */
export interface RecordedRequest {
  /** 1-based arrival order across every endpoint. */
  seq: number
  /** When its body had arrived, in epoch milliseconds with sub-millisecond precision (for benchmarks). */
  receivedAt: number
  method: string
  /** Without the query string, e.g. `/v1/chat/completions`. */
  path: string
  /** Lower-cased names, as node gives them (`authorization`, `user-agent`, `x-stainless-retry-count`, ...). */
  headers: Record<string, string>
  /** The body bytes exactly as sent (search them for what must not be there, e.g. an API key). */
  raw: Buffer
  /** The parsed JSON body (chat completions). */
  body?: unknown
  /** Multipart text fields (transcriptions: model, language, response_format, ...). */
  fields?: Record<string, string>
  /** The multipart `file` part. */
  file?: { name: string; type: string; bytes: Buffer }
  /** What the fake answered; undefined while pending, after a scripted disconnect, or when the client left first. */
  response?: { status: number; body: unknown; sentAt: number }
  /** The client closed the connection before the answer (e.g. the SDK's timeout fired). */
  clientGone?: boolean
}

/** Every behaviour may wait first (a slow model); other requests are served meanwhile. */
export interface Timing {
  delayMs?: number
}

/** An HTTP error in OpenAI's error shape: `{ error: { message, type, param, code } }`. */
export interface HttpFailure extends Timing {
  status: number
  message?: string
  type?: string
  code?: string | null
  /** `retry-after` header, in seconds (the SDK waits exactly that long before its retry). */
  retryAfter?: number
  /** `retry-after-ms` header; the SDK prefers it to `retry-after`. */
  retryAfterMs?: number
  /** `x-should-retry` header: the SDK obeys it over its own status rules. */
  shouldRetry?: boolean
}

/** The socket is destroyed without an answer: the SDK sees a connection error. */
export interface Disconnect extends Timing {
  disconnect: true
}

interface Completion extends Timing {
  /** Token counts reported in `usage` (missing ones are estimated, total is their sum unless given). */
  usage?: Partial<Usage>
  finishReason?: 'stop' | 'length' | 'content_filter'
}

/** What the next chat completion does. */
export type ChatBehaviour =
  /** The value serialised with JSON.stringify as the message content. */
  | (Completion & { json: unknown })
  /** Raw text as the message content. */
  | (Completion & { text: string })
  /** Content that does not parse as JSON (a default truncated object, or the given string). */
  | (Completion & { malformed: true | string })
  /** The system message(s) echoed back: as `reply` of an agent-shaped JSON when JSON was asked for, else as text. */
  | (Completion & { echoSystemPrompt: true })
  /** The brain answers, with this timing and usage. */
  | (Completion & { brain: true })
  | HttpFailure
  | Disconnect

/** What a transcription reports as `usage` (json and verbose_json): tokens (gpt-4o-*-transcribe) or audio seconds (whisper-1). */
export type TranscriptionUsage = { input_tokens: number; output_tokens: number } | { seconds: number }

/** What the next transcription does: `text` is the transcript; without `usage` the answer has none (as some servers do). */
export type TranscriptionBehaviour = (Timing & { text: string; usage?: TranscriptionUsage }) | HttpFailure | Disconnect

/** How the request asked for JSON, if it did: response_format, or a system message that mentions JSON. */
export type JsonMode = 'json_schema' | 'json_object' | 'prompt' | undefined

/** A chat completion request with what behaviours and brains look at most, computed once. */
export interface ChatCall {
  request: ChatRequest
  record: RecordedRequest
  /** The system and developer messages' text, joined by blank lines. */
  system: string
  /** Every message as role + plain text, in order. */
  messages: Array<{ role: string; text: string }>
  /** The last user message's text ('' when there is none). */
  lastUser: string
  jsonMode: JsonMode
  /** The json_schema's schema when response_format is json_schema. */
  schema?: JsonSchema
}

export interface TranscriptionCall {
  record: RecordedRequest
  model: string
  file: { name: string; type: string; bytes: Buffer }
  language?: string
  prompt?: string
}

type Maybe<T> = T | undefined | Promise<T | undefined>

/** Answers what no script covers. The demo brain is the default. */
export interface Brain {
  chat(call: ChatCall): Exclude<ChatBehaviour, { brain: true }> | Promise<Exclude<ChatBehaviour, { brain: true }>>
  transcribe(call: TranscriptionCall): TranscriptionBehaviour | Promise<TranscriptionBehaviour>
}

/** A test's responder: a behaviour for this call, or undefined to let the brain answer. */
export type ChatResponder = (call: ChatCall) => Maybe<ChatBehaviour>
export type TranscriptionResponder = (call: TranscriptionCall) => Maybe<TranscriptionBehaviour>
