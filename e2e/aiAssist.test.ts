import type { Answer } from '@atende/contract';
import type { Locator, Page } from 'playwright-core';
import { startFakeOpenAi, startWaSimulator, type FakeOpenAi, type SimPhone, type WaSimulator } from '../simulator/src/index.js';
import { createAttendant, pairConnection, type ApiClient } from './support/api.js';
import { screenshot, type WatchedPage } from './support/browser.js';
import { simulatorEnv, useBrowserSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, openWaiting, receivedBy, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';
import { toneWav } from './support/mediaFiles.js';
import { signIn } from './support/session.js';

// Issue 13 from the attendant's chair: a voice note's transcript under its player, live; the AI assist beside the
// composer — "Sugerir resposta" puts a draft in the box and sends nothing (the phone gets only what the attendant
// sends, edited), "Resumir conversa" shows the summary in its dialog; the assist menu on a phone.
//
// Setup through the API (the agent's and the connection's screens are aiAgents.test.ts's and whatsapp.test.ts's):
// an agent with transcription on, against the fake OpenAI server, answers on the connection. The transcript comes
// from the agent that answers where the ticket is (transcribeVoiceNote.ts), so the assist company setting alone
// (aiAssistAgentId) would give no transcript; instead the customer's first words ask for "um atendente", the
// agent's handoff keyword: the bot hands over at once, without asking the model, and the ticket waits for
// people. The same agent then transcribes the voice notes and assists the attendant (assistAttendant.ts).
// Unique names (runId): other files write to the same database.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55118${String(Date.now()).slice(-8)}`;
const API_KEY = `sk-e2e-assist-${runId}`;
const HANDOFF = 'Vou passar sua conversa para um de nossos atendentes. Em instantes alguém continua com você.';
const ATTENDANT = { name: `Bia ${runId}`, email: `bia.assist.${runId}@atende.test`, password: 'attendant-e2e-pass' };
const DORA = `Dora ${runId}`;
const TRANSCRIPT = 'Oi, aqui é a Dora. Queria encomendar um bolo de cenoura para sábado, para vinte pessoas. Vocês entregam no Centro?';
const SUGGESTION = 'Olá, Dora! Fazemos, sim: o bolo de cenoura para 20 pessoas sai por R$ 90,00, e a entrega no Centro é grátis.';
const SIGNATURE = ' Posso confirmar para sábado? — Bia';
const SUMMARY =
  'A cliente Dora quer encomendar um bolo de cenoura para sábado, para 20 pessoas, com entrega no Centro.\n' +
  'Pediu para falar com um atendente; a atendente Bia informou o preço e a entrega grátis.';
const pt = UI['pt-BR'];
const shots = new Shots('ai-assist');

let fake: FakeOpenAi | undefined;
let sim: WaSimulator | undefined;
let phone: SimPhone | undefined;
let api: ApiClient | undefined;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  fake = await startFakeOpenAi({ apiKey: API_KEY });
  sim = await startWaSimulator();
  phone = sim.phone(COMPANY_NUMBER);
}, 60_000);

const suite = useBrowserSuite({
  name: 'ai-assist',
  env: () => simulatorEnv(sim!),
  afterStop: async () => {
    await sim?.close();
    await fake?.close();
  },
});

beforeAll(async () => {
  api = await suite.api();
  watched = await suite.newPage();
}, 60_000);

function started() {
  if (!fake || !sim || !phone || !api || !watched) throw new Error('the stack, the simulator, the fake OpenAI server or the browser did not start');
  return { fake, sim, phone, api, page: watched.page };
}

/** A picture of the page when a step fails, and what the server holds, then the failure. */
async function pictured(page: Page, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await screenshot(page, `failed-ai-assist-${runId}`).catch(() => undefined);
    const held = await Promise.all(
      ['/api/tickets?status=pending', '/api/tickets?status=open'].map(async (path) => api?.get(path).catch((e: unknown) => String(e))),
    );
    console.log('server state:', JSON.stringify(held).slice(0, 3000));
    throw error;
  }
}

const messages = (page: Page) => page.getByRole('list', { name: pt.tickets.messages });

type Box = { x: number; y: number; width: number; height: number };
/** `upper` ends where `lower` starts or higher: it covers none of it. `lower` may be a place measured before
 * (an open menu hides the rest of the page from the accessibility tree, so its button is not found by role). */
async function expectAbove(upper: Locator, lower: Locator | Box): Promise<void> {
  const [a, b] = await Promise.all([upper.boundingBox(), 'boundingBox' in lower ? lower.boundingBox() : lower]);
  expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y + 1); // a pixel's rounding
}
const textOf = (content: unknown): string =>
  typeof content === 'string' ? content : Array.isArray(content) ? content.map((p: { text?: string }) => p.text ?? '').join('') : '';
/** What the model was shown of the conversation in one chat request (every message's text, one per line). */
const shownToModel = (request: { body: unknown }): string =>
  ((request.body as { messages?: { content: unknown }[] }).messages ?? []).map((m) => textOf(m.content)).join('\n');

test('an attendant reads a voice note’s transcript live, takes a suggested reply as a draft, edits and sends it, reads the summary; on a phone too', async () => {
  const { fake, sim, phone, api, page } = started();
  await pictured(page, async () => {
    const { aiAgent } = await api.post<Answer<'POST /api/ai-agents'>>('/api/ai-agents', {
      name: `Clara ${runId}`,
      baseUrl: fake.url,
      apiKey: API_KEY,
      model: 'gpt-4o-mini',
      systemPrompt: 'Você é a Clara, da Confeitaria Doce Lar. Responda em português, de forma breve.',
      knowledge: 'Bolo de cenoura para 20 pessoas: R$ 90,00. Entrega grátis no Centro.',
      handoffMessage: HANDOFF,
      transcribeAudio: true,
      transcriptionModel: 'gpt-4o-mini-transcribe',
    });
    const connection = await pairConnection(api, phone, { name: `Doce Lar ${runId}`, aiAgentId: aiAgent.id });
    const bia = await createAttendant(api, ATTENDANT.name, ATTENDANT.email, ATTENDANT.password);
    await api.post('/api/queues', { name: `Encomendas ${runId}`, color: '#c2185b', whatsappIds: [connection.id], userIds: [bia.id] });

    // The customer asks for a person straight away: the handoff message, with no call to the model.
    const dora = sim.contact(`55118${String(Date.now() + 1).slice(-8)}`, { pushName: DORA });
    await page.goto('/');
    await signIn(page, ATTENDANT.email, ATTENDANT.password);
    await openWaiting(page, pt);
    await dora.sendText(phone, 'Bom dia! Quero falar com um atendente sobre uma encomenda.');
    expect((await receivedBy(dora, () => true)).text).toBe(HANDOFF);
    expect(fake.chatRequests()).toHaveLength(0);
    await ticketCard(page, pt, 'pending', DORA).waitFor({ timeout: 20_000 });
    await acceptTicket(page, pt, DORA, 'Quero falar com um atendente');
    await shots.take(page, 'accepted');

    // With the chat open, Dora sends a voice note and a line of text: the player first, its transcript live under it.
    fake.scriptTranscriptions({ text: TRANSCRIPT, delayMs: 1_000 });
    await dora.sendAudio(phone, { data: toneWav(3), mimetype: 'audio/wav', ptt: true, seconds: 3 });
    await dora.sendText(phone, 'Mandei um áudio explicando 🙂');
    const voice = messages(page)
      .getByRole('listitem', { name: pt.tickets.received })
      .filter({ has: page.getByLabel(pt.tickets.audio) });
    await voice.getByLabel(pt.tickets.audio).waitFor({ timeout: 20_000 });
    const transcript = voice.getByRole('region', { name: 'Transcrição' });
    await transcript.getByText(TRANSCRIPT).waitFor({ timeout: 20_000 });
    await messages(page).getByText('Mandei um áudio explicando 🙂').waitFor();
    const uploads = fake.transcriptionRequests();
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.fields).toMatchObject({ model: 'gpt-4o-mini-transcribe' });
    // Under its own player, inside the bubble, and not clipped: the whole transcript is on screen.
    const [player, text] = await Promise.all([voice.getByLabel(pt.tickets.audio).boundingBox(), transcript.boundingBox()]);
    expect(text!.y).toBeGreaterThanOrEqual(player!.y + player!.height);
    await shots.take(page, 'transcript-live');

    // "Sugerir resposta": a draft in the box, from a model that read the transcript; nothing is sent.
    fake.script({ text: SUGGESTION, delayMs: 800 });
    const assist = page.getByRole('button', { name: 'Assistente de IA' });
    const assistAt = (await assist.boundingBox())!;
    await assist.click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: /Sugerir resposta/ }).waitFor();
    await expectAbove(menu, assistAt);
    await shots.take(page, 'assist-menu');
    await menu.getByRole('menuitem', { name: /Sugerir resposta/ }).click();
    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    const ready = page.getByRole('status').filter({ hasText: 'Sugestão pronta na caixa de mensagem: revise antes de enviar.' });
    await ready.waitFor({ timeout: 20_000 });
    expect(await composer.inputValue()).toBe(SUGGESTION);
    // The notice leaves the draft it asks to review, and the composer's buttons, in sight.
    await expectAbove(ready, page.getByRole('textbox', { name: pt.tickets.composer }));
    await expectAbove(ready, assist);
    expect(fake.chatRequests()).toHaveLength(1);
    expect(shownToModel(fake.chatRequests()[0]!)).toContain(TRANSCRIPT);
    await shots.take(page, 'suggestion-drafted');
    const uuid = /\/tickets\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    const { ticket } = await api.get<Answer<'GET /api/tickets/:id'>>(`/api/tickets/${uuid}`);
    // What the company sent in this chat, oldest first (the API pages newest first).
    const ours = async () =>
      (await api.get<Answer<'GET /api/messages/:ticketId'>>(`/api/messages/${ticket.id}`)).messages
        .filter((m) => m.fromMe)
        .sort((a, b) => a.id - b.id)
        .map((m) => m.body);
    expect(await ours()).toEqual([HANDOFF]);

    // The attendant edits the draft and sends it herself: the phone's next message is exactly the edited text.
    await composer.press('End');
    await composer.pressSequentially(SIGNATURE);
    await page.getByRole('button', { name: pt.tickets.send }).click();
    expect((await receivedBy(dora, () => true)).text).toBe(SUGGESTION + SIGNATURE);
    await messages(page).getByRole('listitem', { name: pt.tickets.sent }).filter({ hasText: SIGNATURE.trim() }).waitFor();
    expect(await composer.inputValue()).toBe('');
    expect(await ours()).toEqual([HANDOFF, SUGGESTION + SIGNATURE]);
    await shots.take(page, 'draft-sent');

    // "Resumir conversa": the summary in its dialog, in the attendant's language; the box and the phone untouched.
    fake.script({ text: SUMMARY, delayMs: 800 });
    await assist.click();
    await page.getByRole('menuitem', { name: /Resumir conversa/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Resumo da conversa' });
    await dialog.getByText(/A cliente Dora quer encomendar um bolo de cenoura/).waitFor({ timeout: 20_000 });
    await dialog.getByText('Gerado por IA a partir das últimas mensagens: confira na conversa antes de agir.').waitFor();
    const asked = fake.chatRequests();
    expect(asked).toHaveLength(2);
    expect(shownToModel(asked[1]!)).toContain(TRANSCRIPT);
    expect(shownToModel(asked[1]!)).toContain(SUGGESTION + SIGNATURE);
    await shots.take(page, 'summary');
    await dialog.getByRole('button', { name: 'Fechar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await composer.inputValue()).toBe('');
    expect(await ours()).toEqual([HANDOFF, SUGGESTION + SIGNATURE]);

    // On a phone (the same chat, reloaded): the transcript wraps inside the screen; the assist menu opens whole.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const small = messages(page).getByRole('region', { name: 'Transcrição' });
    await small.getByText(TRANSCRIPT).waitFor({ timeout: 20_000 });
    await small.scrollIntoViewIfNeeded();
    const box = await small.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await shots.take(page, 'phone-transcript');
    const assistOnPhone = (await assist.boundingBox())!;
    await assist.click();
    await menu.getByRole('menuitem', { name: /Sugerir resposta/ }).waitFor();
    await menu.getByRole('menuitem', { name: /Resumir conversa/ }).waitFor();
    // The whole menu is on screen, above the button, and no hint runs past its edge.
    const shown = await menu.boundingBox();
    expect(shown!.x).toBeGreaterThanOrEqual(8);
    expect(shown!.x + shown!.width).toBeLessThanOrEqual(390 - 8);
    await expectAbove(menu, assistOnPhone);
    for (const item of await menu.getByRole('menuitem').all()) expect(await item.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await shots.take(page, 'phone-assist-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
  });
}, 240_000);
