import { pairConnection } from './support/api.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, openWaiting, receivedBy, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';
import { gradientPng } from './support/mediaFiles.js';

// Quick replies with a file (issue 17): a supervisor attaches an image to a shortcut on the quick replies screen;
// an attendant types "/" in a chat, sees the image in the picker, picks it — the file waits above the box — and
// sends: the phone gets the image with the rendered text as its caption, and the chat shows the image bubble.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const FABIO = `Fábio ${runId}`;
const pt = UI['pt-BR'];
const shots = new Shots('quick-reply-media');
const IMAGE = gradientPng(160, 120);

const { started } = useSimulatorSuite('quickReplyMedia', COMPANY_NUMBER);

test('a quick reply with an image, picked with "/" in the chat, reaches the phone as the image with the text as caption', async () => {
  const { sim, phone, api, page } = started();
  await pairConnection(api, phone, { name: `Ótica ${runId}` });

  // The quick replies screen: text, then the file, saved together.
  await page.goto('/quick-replies');
  await page.getByRole('button', { name: 'Nova resposta' }).click();
  const form = page.getByRole('dialog', { name: 'Nova resposta rápida' });
  await form.getByRole('textbox', { name: 'Atalho' }).fill('catalogo');
  await form.getByRole('textbox', { name: 'Mensagem' }).fill('Olá, {{firstName}}! Este é o nosso catálogo de armações.');
  await form.getByLabel('Arquivo (imagem, PDF ou áudio)').setInputFiles({ name: 'catalogo.png', mimeType: 'image/png', buffer: IMAGE });
  await form.getByRole('group', { name: 'Arquivo da resposta' }).getByText('catalogo.png').waitFor();
  await shots.take(page, 'form-with-file');
  await form.getByRole('button', { name: 'Criar' }).click();
  await form.waitFor({ state: 'hidden' });

  // A customer writes; the attendant (the admin here) accepts and types "/cat".
  const fabio = sim.contact(`55119${String(Date.now() + 3).slice(-8)}`, { pushName: FABIO });
  await page.goto('/');
  await openWaiting(page, pt);
  await fabio.sendText(phone, 'Oi, vocês têm armações novas?');
  await ticketCard(page, pt, 'pending', FABIO).waitFor({ timeout: 20_000 });
  await acceptTicket(page, pt, FABIO, 'vocês têm armações novas?');
  const box = page.getByRole('textbox', { name: 'Mensagem' });
  await box.fill('/cat');
  const option = page.getByRole('listbox', { name: 'Respostas rápidas' }).getByRole('option', { name: /catalogo/ });
  // The picker previews the file: the image itself, decoded (not a broken source).
  const thumb = option.locator('img[alt="catalogo.png"]');
  await thumb.waitFor();
  // The list re-renders as the search settles: ask the current element each time, not a kept handle.
  await expect(thumb.evaluate((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))).resolves.toBe(160);
  await shots.take(page, 'picker-preview');
  await box.press('Enter');
  await page.getByRole('group', { name: 'Arquivo da resposta rápida /catalogo' }).waitFor();
  await page.waitForFunction(
    (text) => Array.from(document.querySelectorAll('textarea')).some((area) => area.value === text),
    'Olá, Fábio! Este é o nosso catálogo de armações.',
  );
  await shots.take(page, 'picked-with-file');
  await box.press('Enter');

  const received = await receivedBy(fabio, (m) => Boolean(m.message.imageMessage));
  expect(received.message.imageMessage?.caption).toMatch(/^Olá, Fábio! Este é o nosso catálogo de armações\.$/);
  expect((await sim.downloadMedia(received.message)).data.equals(IMAGE)).toBe(true);
  const chat = page.getByRole('region', { name: 'Conversa' });
  await chat.getByText('Este é o nosso catálogo de armações.').waitFor();
  await page.getByRole('group', { name: 'Arquivo da resposta rápida /catalogo' }).waitFor({ state: 'hidden' });
  await shots.take(page, 'sent-image');
}, 180_000);
