// How the real `openai` SDK meets the fake's failures: 429/500/503 and its own retries, a dropped connection,
// a slow model against its timeout, a wrong key, and many slow calls at once.
import { APIConnectionError, AuthenticationError, InternalServerError, RateLimitError } from 'openai'
import { agentReply, startFakeOpenAi, type FakeOpenAi } from '../src/index.js'
import { sdkFor, TEST_KEY } from './support/openai-client.js'

let ai: FakeOpenAi
beforeAll(async () => {
  ai = await startFakeOpenAi({ apiKey: TEST_KEY })
})
afterEach(async () => {
  await ai.idle()
  ai.reset()
})
afterAll(async () => {
  await ai.close()
})

const ask = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'oi' }] }
const ok = { json: agentReply({ reply: 'tudo certo' }) }
const replyOf = (r: { choices: Array<{ message: { content: string | null } }> }): unknown => JSON.parse(r.choices[0]?.message.content ?? '')

test('429 then success: the SDK retries by itself (maxRetries 2 by default), counting retries in a header', async () => {
  ai.script({ status: 429, retryAfterMs: 10 }, ok)
  const done = await sdkFor(ai).chat.completions.create(ask)
  expect(replyOf(done)).toMatchObject({ reply: 'tudo certo' })
  const [first, second] = ai.chatRequests()
  expect(first?.response?.status).toBe(429)
  expect(first?.response?.body).toEqual({
    error: { message: expect.stringContaining('Rate limit reached'), type: 'requests', param: null, code: 'rate_limit_exceeded' },
  })
  expect([first?.headers['x-stainless-retry-count'], second?.headers['x-stainless-retry-count']]).toEqual(['0', '1'])
  expect(first?.body).toEqual(second?.body)
})

test("429 with maxRetries 0: RateLimitError at once, with OpenAI's code and the retry-after header", async () => {
  ai.script({ status: 429, retryAfter: 20 }, ok)
  const err = await sdkFor(ai, { maxRetries: 0 })
    .chat.completions.create(ask)
    .catch((e: unknown) => e)
  expect(err).toBeInstanceOf(RateLimitError)
  expect(err).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'requests' })
  expect((err as RateLimitError).headers.get('retry-after')).toBe('20')
  expect(ai.chatRequests()).toHaveLength(1)
  expect(ai.pending().chat).toBe(1)
})

test('the SDK waits the retry-after it is given before retrying', async () => {
  ai.script({ status: 429, retryAfter: 1 }, ok)
  await sdkFor(ai).chat.completions.create(ask)
  const [first, second] = ai.chatRequests()
  // A lower bound only: a loaded machine makes the gap longer, never shorter.
  expect((second?.receivedAt ?? 0) - (first?.response?.sentAt ?? Infinity)).toBeGreaterThanOrEqual(950)
})

test('500 three times: InternalServerError after 1 + maxRetries (2) attempts; a custom message and code reach the error', async () => {
  const fail = { status: 500, retryAfterMs: 1, message: 'modelo fora do ar', code: 'engine_down' }
  ai.script(fail, fail, fail, ok)
  const err = await sdkFor(ai)
    .chat.completions.create(ask)
    .catch((e: unknown) => e)
  expect(err).toBeInstanceOf(InternalServerError)
  expect(err).toMatchObject({ status: 500, code: 'engine_down', type: 'server_error' })
  expect((err as Error).message).toBe('500 modelo fora do ar')
  expect(ai.chatRequests().map(r => r.response?.status)).toEqual([500, 500, 500])
  expect(ai.pending().chat).toBe(1)
})

test('503 with x-should-retry: false is not retried; without it, it is', async () => {
  ai.script({ status: 503, shouldRetry: false }, { status: 503, retryAfterMs: 1 }, ok)
  await expect(sdkFor(ai).chat.completions.create(ask)).rejects.toMatchObject({ status: 503, type: 'server_error' })
  expect(ai.chatRequests()).toHaveLength(1)
  expect(replyOf(await sdkFor(ai).chat.completions.create(ask))).toMatchObject({ reply: 'tudo certo' })
  expect(ai.chatRequests().map(r => r.response?.status)).toEqual([503, 503, 200])
})

test('a dropped connection: APIConnectionError (retried like an error status)', async () => {
  ai.script({ disconnect: true }, { disconnect: true })
  await expect(sdkFor(ai, { maxRetries: 1 }).chat.completions.create(ask)).rejects.toBeInstanceOf(APIConnectionError)
  expect(ai.chatRequests()).toHaveLength(2)
  expect(ai.chatRequests().every(r => r.response === undefined)).toBe(true)
})

// Under jest the SDK reports its timeout as a plain APIConnectionError: the AbortError that fetch throws is a
// DOMException of Node's realm, not an Error of the test's vm context, so the SDK's castToError loses its name.
// In a plain Node process (the backend in production) it is APIConnectionTimeoutError, a subclass of it.
test("a slow reply against the SDK's timeout: a connection error (timeout); the fake sees the client leave", async () => {
  ai.script({ ...ok, delayMs: 30000 })
  const err = await sdkFor(ai, { maxRetries: 0 })
    .chat.completions.create(ask, { timeout: 300 })
    .catch((e: unknown) => e)
  expect(err).toBeInstanceOf(APIConnectionError)
  await ai.idle()
  const [abandoned] = ai.chatRequests()
  expect([abandoned?.clientGone, abandoned?.response]).toEqual([true, undefined])
  // A per-request timeout is also told to the server, in whole seconds (truncated); a client-wide one is not.
  expect(abandoned?.headers['x-stainless-timeout']).toBe('0')
})

test('the SDK retries a timeout too: with maxRetries 1 the slow model is asked twice before the timeout error', async () => {
  ai.script({ ...ok, delayMs: 30000 }, { ...ok, delayMs: 30000 })
  const err = await sdkFor(ai, { maxRetries: 1, timeout: 300 })
    .chat.completions.create(ask)
    .catch((e: unknown) => e)
  expect(err).toBeInstanceOf(APIConnectionError)
  await ai.idle()
  expect(ai.chatRequests().map(r => [r.headers['x-stainless-retry-count'], r.clientGone])).toEqual([
    ['0', true],
    ['1', true],
  ])
})

test('a wrong key → 401 AuthenticationError with the key masked as OpenAI does; no key at all → 401 too; neither retried', async () => {
  const wrong = 'sk-wrong-key-zyxwvutsrq'
  const err = await sdkFor(ai, { apiKey: wrong })
    .chat.completions.create(ask)
    .catch((e: unknown) => e)
  expect(err).toBeInstanceOf(AuthenticationError)
  expect(err).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' })
  expect((err as Error).message).toContain('Incorrect API key provided: sk-')
  expect((err as Error).message).not.toContain(wrong)
  const bare = await fetch(`${ai.url}/models`)
  expect(bare.status).toBe(401)
  expect(((await bare.json()) as { error: { message: string } }).error.message).toContain("You didn't provide an API key")
  expect(ai.requests.map(r => [r.path, r.headers.authorization])).toEqual([
    ['/v1/chat/completions', `Bearer ${wrong}`],
    ['/v1/models', undefined],
  ])
})

test('20 concurrent calls are all in flight at once: a responder holds each until the 20th has arrived', async () => {
  let release: () => void = () => {}
  const all20 = new Promise<void>(resolve => {
    release = resolve
  })
  ai.respondWith(async call => {
    if (ai.chatRequests().length === 20) release()
    await all20
    return { text: `resposta para ${call.lastUser}` }
  })
  const client = sdkFor(ai, { maxRetries: 0 })
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `chat ${i}` }] })),
  )
  expect(answers.map(a => a.choices[0]?.message.content)).toEqual(Array.from({ length: 20 }, (_, i) => `resposta para chat ${i}`))
})

test('20 concurrent calls to a 1 s model: the delays overlap (all arrived before the first answer; none waited for another)', async () => {
  const slow = await startFakeOpenAi({ latencyMs: 1000 })
  try {
    const client = sdkFor(slow, { maxRetries: 0 })
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Oi, aqui é o chat ${i}` }] }),
      ),
    )
    expect(answers).toHaveLength(20)
    const lastArrival = Math.max(...slow.requests.map(r => r.receivedAt))
    const firstAnswer = Math.min(...slow.requests.map(r => r.response?.sentAt ?? Infinity))
    expect(lastArrival).toBeLessThan(firstAnswer)
    // Each waited its own second, and none waited for the others: one after another, the last would wait 20 s.
    // (Bounds with a wide margin, not a performance figure: those come from bench/.)
    const waits = slow.requests.map(r => (r.response?.sentAt ?? Infinity) - r.receivedAt)
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(990)
    expect(Math.max(...waits)).toBeLessThan(10000)
  } finally {
    await slow.close()
  }
})
