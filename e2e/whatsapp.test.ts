import { startWaSimulator, type SimPhone, type WaSimulator } from '../simulator/src/index.js';
import { connectionNamed, createAttendant, type ApiClient, type ApiQueue } from './support/api.js';
import { screenshot, type WatchedPage } from './support/browser.js';
import { simulatorEnv, useBrowserSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, connectByQr, openWaiting, receivedBy, replyWithTicks, ticketCard, transferToQueue } from './support/flows.js';
import { UI } from './support/labels.js';
import { gradientPng, onePagePdf, toneWav } from './support/mediaFiles.js';
import { ADMIN, signIn } from './support/session.js';

// The company's phones and its customers, all played by the simulator inside this test process. The tests
// run in order on one stack: the first pairs the connection the next three use; the English one pairs its own.
const COMPANY_NUMBER = '5511999990001';
const runId = Date.now().toString(36);
const CONNECTION = `Loja Centro ${runId}`;
const pt = UI['pt-BR'];
const en = UI.en;
const shots = new Shots('wa');

let sim: WaSimulator | undefined;
let phone: SimPhone | undefined;
let api: ApiClient | undefined;
/** The admin's page, signed in by the first test and used by the pt-BR tests after it. */
let admin: WatchedPage | undefined;

beforeAll(async () => {
  sim = await startWaSimulator();
  phone = sim.phone(COMPANY_NUMBER);
}, 60_000);

const suite = useBrowserSuite({ name: 'whatsapp', env: () => simulatorEnv(sim!), afterStop: async () => sim?.close() });
const newPage = () => suite.newPage();
const pages = suite.pages;

beforeAll(async () => {
  api = await suite.api();
  admin = await newPage();
}, 60_000);

/** A fresh browser context signed in as `email` (the app opens in pt-BR). */
async function signedIn(email: string, password: string): Promise<WatchedPage> {
  const watched = await newPage();
  await watched.page.goto('/');
  await signIn(watched.page, email, password);
  // Signed in once the app has left the login page and shows its menu (home is the inbox).
  await watched.page.waitForURL((url) => url.pathname.startsWith('/tickets'));
  await watched.page.getByRole('navigation', { name: pt.navigation }).waitFor();
  return watched;
}

/** A test body that, when it fails, leaves a picture of every open page (`failed-<test>-<n>.png`). */
function picturedOnFailure(body: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await body();
    } catch (error) {
      const slug = (expect.getState().currentTestName ?? 'test')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60);
      await Promise.all(pages.map(async (p, i) => (p.page.isClosed() ? undefined : screenshot(p.page, `failed-${slug}-${i}`).catch(() => undefined))));
      // What the server holds for the conversations on screen: tells a stale screen from a backend fault.
      for (const ref of new Set(pages.map((p) => /\/tickets\/([^/]+)$/.exec(new URL(p.page.url()).pathname)?.[1]).filter(Boolean))) {
        const ticketId = (await api?.get<{ ticket: { id: number } }>(`/api/tickets/${ref}`).catch(() => undefined))?.ticket.id;
        type Held = { id: number; fromMe: boolean; ack: number; body: string; mediaType: string; mediaStatus: string | null };
        const held = await api?.get<{ messages: Held[] }>(`/api/messages/${ticketId}`).catch(() => undefined);
        const brief = held?.messages.map(({ id, fromMe, ack, body, mediaType, mediaStatus }) => ({
          id,
          fromMe,
          ack,
          mediaType,
          mediaStatus,
          body: body.slice(0, 30),
        }));
        console.log(`ticket ${ticketId} on the server:`, JSON.stringify(brief));
      }
      throw error;
    }
  };
}

function started() {
  if (!sim || !phone || !api || !admin) throw new Error('the stack, the simulator or the browser did not start');
  return { sim, phone, stack: suite.stack, api, page: admin.page };
}

test(
  'admin creates a connection, the phone scans the QR, and the chip turns Connected live',
  picturedOnFailure(async () => {
    const { phone, page } = started();
    await page.goto('/');
    await signIn(page, ADMIN.email, ADMIN.password);
    await connectByQr(page, pt, shots, phone, { name: CONNECTION, greeting: 'Olá! Já vamos atender você.' });
  }),
);

test(
  'a contact writes, the ticket waits live, the attendant accepts and replies, ticks turn blue',
  picturedOnFailure(async () => {
    const { sim, phone, page } = started();
    const name = `Alice ${runId}`;
    const contact = sim.contact('5511988887777', { pushName: name });
    await openWaiting(page, pt);
    await shots.take(page, 'inbox-empty');

    // The customer writes: the ticket appears in "Aguardando" without a reload.
    await contact.sendText(phone, 'Oi! Quero saber do meu pedido 123.');
    await ticketCard(page, pt, 'pending', name).waitFor({ timeout: 20_000 });
    await shots.take(page, 'ticket-waiting');

    await acceptTicket(page, pt, name, 'Oi! Quero saber do meu pedido 123.');
    await replyWithTicks(page, pt, shots, contact, `Olá, Alice! Seu pedido 123 saiu para entrega. (${runId})`);
  }),
);

test(
  'a ticket transferred to another queue appears in that queue’s attendant’s list at once and leaves the first one’s',
  picturedOnFailure(async () => {
    const { sim, phone, api } = started();
    // Two attendants, each serving one queue; new tickets of the connection land in the first queue.
    const password = 'atendente-e2e-pass';
    const bia = await createAttendant(api, `Bia Lima ${runId}`, `bia.${runId}@atende.test`, password);
    const caio = await createAttendant(api, `Caio Reis ${runId}`, `caio.${runId}@atende.test`, password);
    const connection = await connectionNamed(api, CONNECTION);
    const { queue: sales } = await api.post<{ queue: ApiQueue }>('/api/queues', { name: `Vendas ${runId}`, userIds: [bia.id], whatsappIds: [connection.id] });
    const { queue: support } = await api.post<{ queue: ApiQueue }>('/api/queues', { name: `Suporte ${runId}`, userIds: [caio.id] });
    try {
      const first = (await signedIn(bia.email, password)).page;
      const second = (await signedIn(caio.email, password)).page;
      await openWaiting(first, pt);
      await openWaiting(second, pt);

      const name = `Carlos ${runId}`;
      const text = 'Boa tarde! Meu aparelho não liga, preciso de suporte.';
      await sim.contact('5511988880002', { pushName: name }).sendText(phone, text);
      await ticketCard(first, pt, 'pending', name).waitFor({ timeout: 20_000 });
      // Sales' ticket is not Support's business yet.
      expect(await ticketCard(second, pt, 'pending', name).count()).toBe(0);
      await shots.take(first, 'transfer-first-waiting');

      await acceptTicket(first, pt, name, text);
      await transferToQueue(first, pt, support.name);

      // Live on both screens, no reload: it waits in Support's list and is gone from Bia's.
      await ticketCard(second, pt, 'pending', name).waitFor({ timeout: 15_000 });
      await ticketCard(first, pt, 'open', name).waitFor({ state: 'detached', timeout: 15_000 });
      // Nor does it linger in her Waiting tab, where it was before she accepted it.
      await first.getByRole('tab', { name: pt.tickets.tab.pending }).click();
      await first.getByRole('tab', { name: pt.tickets.tab.pending, selected: true }).waitFor();
      await ticketCard(first, pt, 'pending', name).waitFor({ state: 'detached', timeout: 10_000 });
      await shots.take(first, 'transfer-gone-from-first');
      await shots.take(second, 'transfer-arrived-at-second');
    } finally {
      // Later tests' tickets wait unfiled again, where the admin sees them as before.
      await api.put(`/api/queues/${sales.id}`, { whatsappIds: [] });
    }
  }),
);

test(
  'an image and a voice note from the contact render and play; a file the attendant attaches arrives',
  picturedOnFailure(async () => {
    const { sim, phone, page } = started();
    const name = `Bruno ${runId}`;
    const text = 'Segue a foto do produto e um áudio explicando o defeito.';
    const contact = sim.contact('5511988880003', { pushName: name });
    await openWaiting(page, pt);
    await contact.sendText(phone, text);
    await contact.sendImage(phone, { data: gradientPng(160, 120), mimetype: 'image/png' });
    await contact.sendAudio(phone, { data: toneWav(3), mimetype: 'audio/wav', ptt: true, seconds: 3 });
    await ticketCard(page, pt, 'pending', name).waitFor({ timeout: 20_000 });
    await acceptTicket(page, pt, name, text);

    // The image is decoded by the browser (its real size), not just an <img> with a broken source.
    const messages = page.getByRole('list', { name: pt.tickets.messages });
    const image = messages.getByRole('img', { name: pt.tickets.imageAlt });
    await image.waitFor({ timeout: 20_000 });
    await expect(image.evaluate((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))).resolves.toBe(160);

    // The voice note plays: started from the page, it runs (not paused, time advancing) without a media error.
    const audio = messages.getByLabel(pt.tickets.audio, { exact: true });
    await audio.waitFor({ state: 'attached', timeout: 20_000 });
    await shots.take(page, 'media-received');
    await audio.waitFor({ timeout: 5_000 }); // and visible: a player nobody can see is not rendered
    const playback = await audio.evaluate(async (element) => {
      const player = element as HTMLAudioElement;
      await player.play();
      await new Promise((resolve) => setTimeout(resolve, 600));
      const state = { paused: player.paused, time: player.currentTime, error: player.error?.code ?? null, duration: player.duration };
      player.pause();
      return state;
    });
    expect(playback).toEqual({ paused: false, time: expect.any(Number), error: null, duration: expect.any(Number) });
    expect(playback.time).toBeGreaterThan(0);
    expect(playback.duration).toBeCloseTo(3, 0);

    // The attendant attaches a PDF through the composer's file input and sends it with a caption.
    const pdf = onePagePdf(`Orcamento ${runId}`);
    await page.getByLabel(pt.tickets.attachFile, { exact: true }).setInputFiles({ name: 'orcamento.pdf', mimeType: 'application/pdf', buffer: pdf });
    const caption = `Orçamento do conserto (${runId})`;
    await page.getByRole('textbox', { name: pt.tickets.composer }).fill(caption);
    await shots.take(page, 'attachment-ready');
    await page.getByRole('button', { name: pt.tickets.send, exact: true }).click();

    // The contact's phone gets a document whose media decrypts to exactly the attached bytes.
    const received = await receivedBy(contact, (m) => Boolean(m.message.documentMessage));
    expect(received.message.documentMessage?.fileName).toBe('orcamento.pdf');
    expect(received.message.documentMessage?.caption).toBe(caption);
    const media = await sim.downloadMedia(received.message);
    expect(media.data.equals(pdf)).toBe(true);
    // Its bubble (the newest one sent) shows the delivery ticks.
    await messages.getByRole('listitem', { name: pt.tickets.sent }).last().getByRole('img', { name: pt.tickets.delivered }).waitFor({ timeout: 20_000 });
    await shots.take(page, 'attachment-delivered');
  }),
);

test(
  'in English after switching the language: connect by QR, receive, accept, reply with ticks, transfer',
  picturedOnFailure(async () => {
    const { sim, api } = started();
    const enShots = new Shots('en');
    const { queue: billing } = await api.post<{ queue: ApiQueue }>('/api/queues', { name: `Billing ${runId}` });
    const { page } = await signedIn(ADMIN.email, ADMIN.password);

    // The language menu in the top bar switches the whole interface.
    await page.getByRole('button', { name: pt.language }).click();
    await page.getByRole('menuitem', { name: 'English' }).waitFor();
    await enShots.take(page, 'language-menu');
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: en.language }).waitFor();

    // A second company number, paired through the English screens.
    const phone2 = sim.phone('5511999990002');
    await connectByQr(page, en, enShots, phone2, { name: `Downtown Store ${runId}`, greeting: 'Hi! We will be right with you.' });

    const name = `Diana ${runId}`;
    const text = 'Hi! Where is my order 456?';
    const contact = sim.contact('5511988880004', { pushName: name });
    await openWaiting(page, en);
    await contact.sendText(phone2, text);
    await ticketCard(page, en, 'pending', name).waitFor({ timeout: 20_000 });
    await enShots.take(page, 'ticket-waiting');
    await acceptTicket(page, en, name, text);
    await replyWithTicks(page, en, enShots, contact, `Hi Diana! Order 456 is on its way. (${runId})`);

    // Transferred to a queue without an attendant, it leaves Open and waits again.
    await transferToQueue(page, en, billing.name);
    await ticketCard(page, en, 'open', name).waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('tab', { name: en.tickets.tab.pending }).click();
    await ticketCard(page, en, 'pending', name).waitFor({ timeout: 15_000 });
    await enShots.take(page, 'transferred');
  }),
);
