import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import type { Socket } from 'socket.io-client';
import { createAttendant, createQueue } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Search inside one conversation (issue 17): accents and case ignored, typed wildcards literal, and the
// ticket's visibility rule — a colleague of another queue and another company's admin get "not found".
const PHONE = '5511999990171';
const DORA = '5511977770172';

let sim: WaSimulator;
let app: TestApp;
let socket: Socket;
let admin: { token: string; user: { id: number; companyId: number } };
let xavier: { id: number; token: string };
let yara: { id: number; token: string };
let bia: { token: string };
let dora: SimContact;
let ticketId: number;
const sent: Record<string, number> = {};

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin } = started);
  socket = started.adminSocket;
  xavier = await createAttendant(app.api, admin.token, 'Xavier');
  yara = await createAttendant(app.api, admin.token, 'Yara');
  const vendas = await createQueue(admin.user.companyId, 'Vendas', [xavier.id]);
  await createQueue(admin.user.companyId, 'Suporte', [yara.id]);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  bia = await app.api.login('bia@b.test', 'bia-pass-123');

  dora = sim.contact(DORA, { pushName: 'Dora' });
  const contact = await app.api.post('/api/contacts', { name: 'Dora', number: DORA }, { token: admin.token });
  ticketId = (await app.api.post('/api/tickets', { contactId: contact.body.contact.id, queueId: vendas }, { token: xavier.token })).body.ticket.id;
  for (const body of ['Temos *pão de queijo* hoje', 'O FRETE GRÁTIS vale até sexta', 'Desconto de 100% no segundo']) {
    sent[body] = (await app.api.post(`/api/messages/${ticketId}`, { body }, { token: xavier.token })).body.message.id;
  }
  await dora.sendText(sim.phone(PHONE), 'Então quero o frete gratis');
  await until(
    async () => (await app.api.get(`/api/messages/${ticketId}`, { token: xavier.token })).body.messages as { fromMe: boolean }[],
    (messages) => messages.some((m) => !m.fromMe),
    "Dora's answer in the history",
  );
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const search = (q: string, token = xavier.token) => app.api.get(`/api/messages/${ticketId}/search?q=${encodeURIComponent(q)}`, { token });

it('finds messages of both sides ignoring accents and case, newest first', async () => {
  const res = await search('frete grátis');
  expect(res.status).toBe(200);
  const results = res.body.results as { id: number; fromMe: boolean; body: string; sentAt: string }[];
  expect(results.map((r) => r.body)).toEqual(['Então quero o frete gratis', 'O FRETE GRÁTIS vale até sexta']);
  expect(results[1]).toEqual({ id: sent['O FRETE GRÁTIS vale até sexta'], fromMe: true, body: 'O FRETE GRÁTIS vale até sexta', sentAt: expect.any(String) });
  expect((await search('PAO DE QUEIJO')).body.results.map((r: { id: number }) => r.id)).toEqual([sent['Temos *pão de queijo* hoje']]);
});

it('takes what was typed literally (LIKE wildcards are text)', async () => {
  expect((await search('100%')).body.results).toHaveLength(1);
  expect((await search('0%_')).body.results).toEqual([]);
  expect((await search('__')).body.results).toEqual([]);
});

it('follows the ticket visibility: another queue and another company get not found; the admin sees', async () => {
  expect((await search('frete', yara.token)).body.error.code).toBe('ERR_TICKET_NOT_FOUND');
  expect((await search('frete', bia.token)).status).toBe(404);
  expect((await search('frete', admin.token)).body.results).toHaveLength(2);
});

it('refuses a search of less than two characters', async () => {
  const res = await search(' a ');
  expect(res.status).toBe(400);
});
