// A fake OpenAI-compatible server for tests, benchmarks and the demo: the real `openai` SDK (or any client) talks
// HTTP to it. Requests are recorded; each call does what the test scripted, or what the brain answers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chatCall } from './call.js'
import { checkChatRequest, completion, contentOf } from './chat.js'
import { demoBrain } from './demo-brain.js'
import { authFailure, failure, fromBehaviour, invalid, type OpenAiError } from './errors.js'
import { errorAnswer, headerRecord, now, pause, readBody, readMultipart, send, type Answer, type Multipart } from './http.js'
import { RequestLog } from './request-log.js'
import { Script } from './script.js'
import { checkTranscription, transcriptAnswer } from './transcriptions.js'
import type {
  Brain,
  ChatBehaviour,
  ChatCall,
  ChatRequest,
  ChatResponder,
  Disconnect,
  HttpFailure,
  RecordedRequest,
  Timing,
  TranscriptionBehaviour,
  TranscriptionCall,
  TranscriptionResponder,
} from './types.js'

export interface FakeOpenAiOptions {
  host?: string
  /** 0 (default): a free port. */
  port?: number
  /** When set, every request needs `Authorization: Bearer <apiKey>` (else 401); when unset any key is accepted. */
  apiKey?: string
  /** Answers what no script covers (default: the demo brain). */
  brain?: Brain
  /** Model ids it serves (404 model_not_found for others), or 'any'. */
  models?: string[] | 'any'
  /** Wait before every answer that sets no `delayMs` of its own: a model that takes this long. */
  latencyMs?: number
}

export const DEFAULT_MODELS = ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4o', 'whisper-1', 'gpt-4o-mini-transcribe', 'gpt-4o-transcribe']

export interface FakeOpenAi {
  /** The base URL, ending in /v1 (what `new OpenAI({ baseURL })` takes). */
  readonly url: string
  /** Every request, in arrival order (live). */
  readonly requests: readonly RecordedRequest[]
  chatRequests(): Array<RecordedRequest & { body: ChatRequest }>
  transcriptionRequests(): RecordedRequest[]
  /** Queues behaviours for the next chat completions (one each, in arrival order; invalid requests take none). */
  script(...behaviours: ChatBehaviour[]): void
  /** Answers chat completions the queue does not cover; undefined lets the brain answer. Replaces the previous one. */
  respondWith(responder: ChatResponder | undefined): void
  scriptTranscriptions(...behaviours: TranscriptionBehaviour[]): void
  respondToTranscriptionsWith(responder: TranscriptionResponder | undefined): void
  /** Scripted behaviours not used yet. */
  pending(): { chat: number; transcriptions: number }
  /** Resolves with the requests (to `path`, when given) once at least `count` arrived. */
  waitForRequests(count: number, opts?: { path?: string; timeoutMs?: number }): Promise<RecordedRequest[]>
  /** The n-th request (1-based) to `path` (or to any path), once it arrived. */
  nthRequest(n: number, opts?: { path?: string; timeoutMs?: number }): Promise<RecordedRequest>
  /** Resolves once no request is in flight (every one answered, disconnected or abandoned by its client). */
  idle(timeoutMs?: number): Promise<void>
  /** Forgets the scripts, the responders and the recorded requests. */
  reset(): void
  close(): Promise<void>
}

type Outcome<B> = B | HttpFailure | Disconnect
type BrainAnswer = Exclude<ChatBehaviour, { brain: true }>
/** A chat behaviour that produces message content. */
type Content = Exclude<BrainAnswer, HttpFailure | Disconnect>

const CHAT = '/v1/chat/completions'
const TRANSCRIPTIONS = '/v1/audio/transcriptions'

export async function startFakeOpenAi(opts: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const brain = opts.brain ?? demoBrain
  const models = opts.models ?? DEFAULT_MODELS
  const knowsModel = (id: string): boolean => models === 'any' || models.includes(id)
  const log = new RequestLog()
  const chat = new Script<ChatCall, ChatBehaviour>()
  const transcriptions = new Script<TranscriptionCall, TranscriptionBehaviour>()
  let inFlight = 0

  /** Waits as the behaviour says, then answers with it (or fails or hangs up as it says). */
  async function perform<B extends Timing>(res: ServerResponse, record: RecordedRequest, b: Outcome<B>, answer: (b: B) => Answer): Promise<void> {
    if (!(await pause(b.delayMs ?? opts.latencyMs, res))) {
      record.clientGone = true
      return
    }
    if ('disconnect' in b) {
      res.socket?.destroy()
      return
    }
    if ('status' in b) {
      send(res, record, errorAnswer(fromBehaviour(b as HttpFailure), b as HttpFailure))
      return
    }
    send(res, record, answer(b as B))
  }

  async function chatCompletion(res: ServerResponse, record: RecordedRequest): Promise<void> {
    const checked = checkChatRequest(record.body, knowsModel)
    if (!('request' in checked)) {
      send(res, record, errorAnswer(checked))
      return
    }
    const call = chatCall(checked.request, record)
    const scripted = (await chat.next(call)) ?? { brain: true }
    let b: BrainAnswer
    if ('brain' in scripted) {
      const { brain: _brain, ...timing } = scripted // the brain's answer with the script's timing and usage
      b = { ...(await brain.chat(call)), ...timing }
    } else b = scripted
    await perform<Content>(res, record, b, ok => ({ status: 200, body: completion(call, contentOf(ok, call), ok) }))
  }

  async function transcription(res: ServerResponse, record: RecordedRequest, form: Multipart): Promise<void> {
    const call = checkTranscription(form, record, knowsModel)
    if ('status' in call) {
      send(res, record, errorAnswer(call))
      return
    }
    const b = (await transcriptions.next(call)) ?? (await brain.transcribe(call))
    await perform(res, record, b, ok => transcriptAnswer(ok, call))
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const path = new URL(req.url ?? '/', 'http://fake').pathname.replace(/\/+$/, '')
    const contentType = req.headers['content-type'] ?? ''
    let parsed: { body?: unknown } & Partial<Multipart> = {}
    let unreadable: OpenAiError | undefined
    try {
      if (contentType.startsWith('multipart/form-data')) parsed = await readMultipart(raw, contentType)
      else if (raw.length) parsed = { body: JSON.parse(raw.toString('utf8')) as unknown }
    } catch {
      unreadable = invalid(
        contentType.startsWith('multipart/form-data')
          ? 'Could not parse multipart form.'
          : "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. " +
              'The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)',
      )
    }
    const record = log.add({ receivedAt: now(), method: req.method ?? 'GET', path, headers: headerRecord(req), raw, ...parsed })
    const reply = (e: OpenAiError): void => send(res, record, errorAnswer(e))
    const key = `${req.method} ${path}`
    const model = path.match(/^\/v1\/models\/(.+)$/)?.[1]
    const known = key === `POST ${CHAT}` || key === `POST ${TRANSCRIPTIONS}` || key === 'GET /v1/models' || (req.method === 'GET' && model)
    if (!known) return reply(failure(404, { message: `Invalid URL (${req.method} ${path})` }))
    if (opts.apiKey !== undefined && req.headers.authorization !== `Bearer ${opts.apiKey}`) return reply(authFailure(req.headers.authorization))
    if (unreadable) return reply(unreadable)
    if (key === 'GET /v1/models') return send(res, record, { status: 200, body: { object: 'list', data: modelList(models).map(modelObject) } })
    if (model)
      return knowsModel(decodeURIComponent(model))
        ? send(res, record, { status: 200, body: modelObject(decodeURIComponent(model)) })
        : reply(failure(404, { message: `The model '${decodeURIComponent(model)}' does not exist`, code: 'model_not_found', param: 'model' }))
    if (key === `POST ${CHAT}`) return chatCompletion(res, record)
    if (!contentType.startsWith('multipart/form-data')) {
      return reply(invalid(`Invalid Content-Type header (${contentType || 'none'}), expected multipart/form-data.`))
    }
    return transcription(res, record, { fields: parsed.fields ?? {}, file: parsed.file })
  }

  const server = createServer((req, res) => {
    inFlight++
    route(req, res)
      .catch(() => send(res, undefined, errorAnswer(failure(500)))) // a fake's own bug must still look like an answer
      .finally(() => {
        inFlight--
        log.changed()
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/v1`,
    requests: log.all,
    chatRequests: () => log.to(CHAT) as Array<RecordedRequest & { body: ChatRequest }>,
    transcriptionRequests: () => log.to(TRANSCRIPTIONS),
    script: (...b) => chat.push(b),
    respondWith: r => chat.respondWith(r),
    scriptTranscriptions: (...b) => transcriptions.push(b),
    respondToTranscriptionsWith: r => transcriptions.respondWith(r),
    pending: () => ({ chat: chat.pending, transcriptions: transcriptions.pending }),
    waitForRequests: (count, o = {}) => log.waitFor(count, o.path, o.timeoutMs),
    nthRequest: async (n, o = {}) => (await log.waitFor(n, o.path, o.timeoutMs))[n - 1] as RecordedRequest,
    idle: (timeoutMs = 15000) =>
      log.until(
        () => inFlight === 0,
        () => undefined,
        timeoutMs,
        () => `${inFlight} request(s) in flight to finish`,
      ),
    reset: () => {
      chat.reset()
      transcriptions.reset()
      log.clear()
    },
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

const modelList = (models: string[] | 'any'): string[] => (models === 'any' ? DEFAULT_MODELS : models)
const modelObject = (id: string): object => ({ id, object: 'model', created: 1686935002, owned_by: 'atende-fake' })
