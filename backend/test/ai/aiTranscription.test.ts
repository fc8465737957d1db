import type { Socket } from 'socket.io-client';
import { agentReply, type FakeOpenAi, type WaSimulator } from '../../../simulator/src/index.js';
import { transcriptionsSettled } from '../../src/services/ai/subscribeTranscription.js';
import { AI_KEY, aiState, attachAgent, createAgent, HANDOFF_MESSAGE, requestsAbout, rolesAndTexts, startAiApp } from '../support/ai.js';
import { ticketOf } from '../support/factories.js';
import { record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, acceptance 7: a customer's voice note is transcribed through the agent's endpoint
// (/audio/transcriptions, the real openai SDK sending the file's bytes), the transcript lands on the message (API
// and socket), and the AI answers from it. A transcription that fails leaves the message as it was; a turn with
// nothing else to go on goes to people.
const PHONE = '5511999990171';
// An Ogg page carrying an Opus header, then noise: what a WhatsApp voice note starts with; each test's differs.
const voiceNote = (fill: number) =>
  Buffer.concat([
    Buffer.from('OggS'),
    Buffer.from([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 19]),
    Buffer.from('OpusHead'),
    Buffer.from([1, 2, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0]),
    Buffer.alloc(3000, fill),
  ]);
const OGG = 'audio/ogg; codecs=opus';

let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let socket: Socket;
let whatsappId: number;
let agentId: number;

beforeAll(async () => {
  const started = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' });
  ({ ai, sim, app, stop } = started);
  token = started.admin.token;
  socket = started.adminSocket;
  whatsappId = started.whatsappId;
  agentId = await createAgent(app.api, token, ai, { transcribeAudio: true, transcriptionModel: 'gpt-4o-mini-transcribe' });
  await attachAgent(app.api, token, { whatsappId }, agentId);
}, 90_000);
afterAll(async () => {
  await stop?.();
});

interface MessageEvent {
  action: string;
  message: { id: number; ticketId: number; mediaType: string; transcript: string | null };
}

const messagesOf = async (ticketId: number) =>
  (await app.api.get(`/api/messages/${ticketId}`, { token })).body.messages as {
    id: number;
    mediaType: string;
    mediaStatus: string | null;
    transcript: string | null;
  }[];

it('sends the voice note’s bytes to /audio/transcriptions, shows the transcript on the message, and the AI answers from it', async () => {
  const live = record<MessageEvent>(socket, 'appMessage');
  const transcript = 'Oi, aqui é a Lia. Quero marcar um corte para amanhã às dez.';
  const reply = 'Claro, Lia! Amanhã às 10h está livre. Posso confirmar?';
  // Slower than the AI step's debounce: the turn comes due while the transcription is still running, and waits.
  ai.scriptTranscriptions({ text: transcript, usage: { input_tokens: 57, output_tokens: 14 }, delayMs: 1_500 });
  ai.script({ json: agentReply({ reply }), usage: { prompt_tokens: 400, completion_tokens: 30 } });

  const before = ai.transcriptionRequests().length;
  const chatsBefore = ai.chatRequests().length;
  const lia = sim.contact('5511944441701', { pushName: 'Lia' });
  const audio = voiceNote(7);
  await lia.sendAudio(sim.phone(PHONE), { data: audio, mimetype: OGG, ptt: true, seconds: 4 });
  expect((await lia.nextMessage({ timeoutMs: 30_000 })).text).toBe(reply);

  // The endpoint got the file's very bytes, as an .ogg, with the agent's transcription model and key.
  const uploads = ai.transcriptionRequests().slice(before);
  expect(uploads).toHaveLength(1);
  const upload = uploads[0];
  expect(upload!.file!.bytes.equals(audio)).toBe(true);
  expect(upload!.file!.name).toMatch(/\.ogg$/);
  expect(upload!.fields).toMatchObject({ model: 'gpt-4o-mini-transcribe' });
  expect(upload!.headers.authorization).toBe(`Bearer ${AI_KEY}`);

  // The transcript is on the message: through the API and, live, through the socket.
  const { id: ticketId } = (await ticketOf('5511944441701'))!;
  const voice = (await messagesOf(ticketId)).find((m) => m.mediaType === 'voice')!;
  expect(voice.transcript).toBe(transcript);
  const update = await until(
    () => live.find((e) => e.action === 'update' && e.message.id === voice.id && e.message.transcript),
    Boolean,
    'the transcript live',
  );
  expect(update!.message.transcript).toBe(transcript);

  // The model was asked once, after the transcription, with the voice note as its transcript in a user message.
  const asked = ai.chatRequests().slice(chatsBefore);
  expect(asked).toHaveLength(1);
  expect(asked[0]!.seq).toBeGreaterThan(upload!.seq);
  expect(rolesAndTexts(asked[0]!).slice(1)).toEqual([{ role: 'user', text: transcript }]);
  // Both calls are counted: the transcription with the tokens the endpoint reported.
  expect((await aiState(ticketId)).usage).toEqual([
    { purpose: 'transcription', promptTokens: 57, completionTokens: 14, aiAgentId: agentId },
    { purpose: 'reply', promptTokens: 400, completionTokens: 30, aiAgentId: agentId },
  ]);
}, 60_000);

it('when the transcription fails, leaves the message as it was; a turn of voice only goes to people, a turn with text is answered from it', async () => {
  // The SDK's three attempts all fail (retry-after-ms keeps its backoff short).
  const failing = { status: 500, retryAfterMs: 1 };
  ai.scriptTranscriptions(failing, failing, failing);
  const mia = sim.contact('5511944441702', { pushName: 'Mia' });
  await mia.sendAudio(sim.phone(PHONE), { data: voiceNote(8), mimetype: OGG, ptt: true });
  expect((await mia.nextMessage({ timeoutMs: 30_000 })).text).toBe(HANDOFF_MESSAGE);
  const { id: ticketId } = (await ticketOf('5511944441702'))!;
  expect(ai.transcriptionRequests().filter((r) => r.file?.bytes.equals(voiceNote(8)))).toHaveLength(3);
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, aiReplies: [], usage: [] });
  expect((await messagesOf(ticketId)).find((m) => m.mediaType === 'voice')!.transcript).toBeNull();
  const notes = (await app.api.get(`/api/tickets/${ticketId}/notes`, { token })).body.notes as { body: string }[];
  expect(notes.map((n) => n.body)).toEqual([expect.stringMatching(/não foi possível transcrevê-lo/)]);

  // Another customer says something in writing too: the turn is answered from the text.
  ai.scriptTranscriptions(failing, failing, failing);
  ai.script({ json: agentReply({ reply: 'O corte custa R$ 50,00.' }) });
  const noa = sim.contact('5511944441703', { pushName: 'Noa' });
  await noa.sendText(sim.phone(PHONE), 'Noa: quanto custa o corte?');
  await noa.sendAudio(sim.phone(PHONE), { data: voiceNote(9), mimetype: OGG, ptt: true });
  expect((await noa.nextMessage({ timeoutMs: 30_000 })).text).toBe('O corte custa R$ 50,00.');
  expect(rolesAndTexts(requestsAbout(ai, 'Noa:')[0]!).slice(1)).toEqual([
    { role: 'user', text: 'Noa: quanto custa o corte?' },
    { role: 'user', text: '[voice]' },
  ]);
}, 90_000);

it('does not transcribe for an agent with transcription off', async () => {
  const plain = await createAgent(app.api, token, ai, { name: 'Sem transcrição', transcribeAudio: false });
  await attachAgent(app.api, token, { whatsappId }, plain);
  try {
    ai.script({ json: agentReply({ reply: 'Não consigo ouvir áudios; pode escrever?' }) });
    const before = ai.transcriptionRequests().length;
    const olga = sim.contact('5511944441704', { pushName: 'Olga' });
    await olga.sendAudio(sim.phone(PHONE), { data: voiceNote(10), mimetype: OGG, ptt: true });
    // The model reads "[voice]" and may ask the customer to write (no handoff for that).
    expect((await olga.nextMessage({ timeoutMs: 30_000 })).text).toBe('Não consigo ouvir áudios; pode escrever?');
    const { id: ticketId } = (await ticketOf('5511944441704'))!;
    const stored = async () => (await messagesOf(ticketId)).find((m) => m.mediaType === 'voice' && m.mediaStatus === 'ready');
    await until(stored, Boolean, 'the voice note’s file stored');
    // The file was stored, so its transcription job (if any) was queued; once the queue is empty, nothing was sent.
    await transcriptionsSettled();
    expect(ai.transcriptionRequests()).toHaveLength(before);
    expect((await messagesOf(ticketId)).find((m) => m.mediaType === 'voice')!.transcript).toBeNull();
  } finally {
    await attachAgent(app.api, token, { whatsappId }, agentId);
  }
}, 60_000);
