// Voice notes through the fake's /v1/audio/transcriptions with the real `openai` SDK: a real multipart upload
// (`toFile`), the recorded bytes and fields, scripted transcripts and failures, and the formats OpenAI refuses.
import { randomBytes } from 'node:crypto'
import { BadRequestError, InternalServerError, toFile } from 'openai'
import { DEMO_TRANSCRIPT, startFakeOpenAi, type FakeOpenAi } from '../src/index.js'
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

// Bytes that look like the start of an Ogg/Opus voice note, then noise: what matters is that they arrive intact.
const voiceNote = Buffer.concat([Buffer.from('OggS\0\x02', 'binary'), randomBytes(4096)])

test("a voice note uploaded with toFile: the demo brain's fixed transcript; the fake recorded the exact bytes and fields", async () => {
  const text = await sdkFor(ai).audio.transcriptions.create({
    file: await toFile(voiceNote, 'voice-note.ogg', { type: 'audio/ogg; codecs=opus' }),
    model: 'whisper-1',
    language: 'pt',
  })
  expect(text).toEqual({ text: DEMO_TRANSCRIPT })
  const [upload] = ai.transcriptionRequests()
  expect(upload?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
  expect(upload?.headers.authorization).toBe(`Bearer ${TEST_KEY}`)
  expect(upload?.file?.name).toBe('voice-note.ogg')
  expect(upload?.file?.type).toBe('audio/ogg; codecs=opus')
  expect(upload?.file?.bytes.equals(voiceNote)).toBe(true)
  expect(upload?.fields).toEqual({ model: 'whisper-1', language: 'pt' })
})

test('scripted transcripts in order, then a 500 the SDK retries; response_format text returns a string', async () => {
  ai.scriptTranscriptions({ text: 'quero marcar um corte amanhã' }, { status: 500, retryAfterMs: 1 }, { text: 'segunda tentativa' })
  const client = sdkFor(ai)
  const file = async () => toFile(voiceNote, 'audio.ogg', { type: 'audio/ogg' })
  expect((await client.audio.transcriptions.create({ file: await file(), model: 'whisper-1' })).text).toBe('quero marcar um corte amanhã')
  expect(await client.audio.transcriptions.create({ file: await file(), model: 'gpt-4o-mini-transcribe', response_format: 'text' })).toBe('segunda tentativa\n')
  // The SDK re-sent the whole multipart body on its retry.
  const [, failed, retried] = ai.transcriptionRequests()
  expect(failed?.response?.status).toBe(500)
  expect(retried?.file?.bytes.equals(voiceNote)).toBe(true)
  ai.scriptTranscriptions({ status: 500 }, { status: 500 })
  await expect(sdkFor(ai, { maxRetries: 1 }).audio.transcriptions.create({ file: await file(), model: 'whisper-1' })).rejects.toBeInstanceOf(
    InternalServerError,
  )
})

test('usage as OpenAI reports it, when scripted: tokens with their total, or the audio seconds; none by default', async () => {
  ai.scriptTranscriptions({ text: 'com tokens', usage: { input_tokens: 40, output_tokens: 6 } }, { text: 'com segundos', usage: { seconds: 3 } })
  const client = sdkFor(ai)
  const file = async () => toFile(voiceNote, 'audio.ogg', { type: 'audio/ogg' })
  expect(await client.audio.transcriptions.create({ file: await file(), model: 'gpt-4o-mini-transcribe' })).toEqual({
    text: 'com tokens',
    usage: { type: 'tokens', input_tokens: 40, output_tokens: 6, total_tokens: 46 },
  })
  expect(await client.audio.transcriptions.create({ file: await file(), model: 'whisper-1' })).toEqual({
    text: 'com segundos',
    usage: { type: 'duration', seconds: 3 },
  })
  expect(await client.audio.transcriptions.create({ file: await file(), model: 'whisper-1' })).toEqual({ text: DEMO_TRANSCRIPT })
})

test('a responder answers from the upload itself (e.g. one transcript per voice note)', async () => {
  ai.respondToTranscriptionsWith(call => ({ text: `${call.file.bytes.length} bytes de ${call.file.name}` }))
  const out = await sdkFor(ai).audio.transcriptions.create({ file: await toFile(voiceNote, 'nota.ogg'), model: 'whisper-1' })
  expect(out.text).toBe(`${voiceNote.length} bytes de nota.ogg`)
})

test('refused as OpenAI refuses: a file name without an audio extension, an empty file, a JSON body instead of multipart', async () => {
  const client = sdkFor(ai)
  const noExtension = await client.audio.transcriptions.create({ file: await toFile(voiceNote, 'voice-note'), model: 'whisper-1' }).catch((e: unknown) => e)
  expect(noExtension).toBeInstanceOf(BadRequestError)
  expect((noExtension as BadRequestError).message).toContain("Invalid file format. Supported formats: ['flac', 'm4a'")
  await expect(client.audio.transcriptions.create({ file: await toFile(Buffer.alloc(0), 'a.ogg'), model: 'whisper-1' })).rejects.toMatchObject({
    status: 400,
    code: 'audio_too_short',
  })
  const asJson = await fetch(`${ai.url}/audio/transcriptions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
    body: '{"model":"whisper-1"}',
  })
  expect(asJson.status).toBe(400)
  expect(((await asJson.json()) as { error: { message: string } }).error.message).toContain('expected multipart/form-data')
  expect(ai.pending().transcriptions).toBe(0)
})
