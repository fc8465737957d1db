import type { DealTimelineEntry, DealView, PipelineView } from '@atende/contract';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { createAttendant, type Attendant } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 2 of issue 15: "Criar negócio" from a ticket links the ticket and its contact; the deal's timeline
// lists its stage changes, notes, tasks and the contact's tickets, newest first.
const PHONE = '5511999991501';
const CUSTOMER = '5511988881501';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let adminSocket: Socket;
let whatsappId: number;
let attendant: Attendant;
let pipeline: PipelineView;
const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id;

beforeAll(async () => {
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE));
  attendant = await createAttendant(app.api, admin.token, 'Atendente Timeline');
  pipeline = (await app.api.get('/api/pipelines', { token: admin.token })).body.pipelines[0];
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
});

it('"Criar negócio" from a ticket links the ticket and its contact; the contact’s deals list it', async () => {
  const contact = (await app.api.post('/api/contacts', { name: 'Carla Lima', number: CUSTOMER }, { token: admin.token })).body.contact;
  const started = await app.api.post('/api/tickets', { contactId: contact.id, whatsappId }, { token: attendant.token });
  expect(started.status).toBe(201);
  const ticket = started.body.ticket as { id: number; uuid: string };
  const res = await app.api.post('/api/deals', { title: 'Proposta Carla', value: 45_000, ticketId: ticket.id }, { token: attendant.token });
  expect(res.status).toBe(201);
  const deal = res.body.deal as DealView;
  expect(deal).toMatchObject({
    source: 'ticket',
    ticketId: ticket.id,
    contact: { id: contact.id, name: 'Carla Lima', number: CUSTOMER },
    owner: { id: attendant.id },
  });
  const ofContact = await app.api.get(`/api/deals?contactId=${contact.id}`, { token: attendant.token });
  expect(ofContact.body.deals.map((d: DealView) => d.id)).toEqual([deal.id]);
  // A ticket the caller does not see cannot be linked.
  const other = await createAttendant(app.api, admin.token, 'Outra Timeline');
  expect((await app.api.post('/api/deals', { title: 'x', ticketId: ticket.id }, { token: other.token })).body.error?.code).toBe('ERR_TICKET_NOT_FOUND');
});

it('the timeline lists creation, stage changes, notes, tasks and the contact’s tickets, newest first', async () => {
  const contact = (await app.api.post('/api/contacts', { name: 'Diego Reis', number: '5511988881502' }, { token: admin.token })).body.contact;
  const ticket = (await app.api.post('/api/tickets', { contactId: contact.id, whatsappId }, { token: admin.token })).body.ticket as {
    id: number;
    uuid: string;
  };
  const deal = (await app.api.post('/api/deals', { title: 'Projeto Diego', contactId: contact.id }, { token: admin.token })).body.deal as DealView;
  expect(deal.source).toBe('manual');
  await app.api.put(`/api/deals/${deal.id}`, { stageId: stage('Qualificado') }, { token: admin.token });
  const note = await app.api.post(`/api/deals/${deal.id}/notes`, { body: 'Cliente pediu desconto à vista.' }, { token: admin.token });
  expect(note.status).toBe(201);
  expect(note.body.entry).toMatchObject({ kind: 'note', body: 'Cliente pediu desconto à vista.', user: { id: admin.user.id } });
  const task = (
    await app.api.post(
      '/api/tasks',
      { title: 'Enviar proposta revisada', dueAt: new Date(Date.now() + 86_400_000).toISOString(), dealId: deal.id },
      { token: admin.token },
    )
  ).body.task;
  expect(task.contact).toMatchObject({ id: contact.id });
  await app.api.put(`/api/tasks/${task.id}`, { done: true }, { token: admin.token });
  await app.api.put(`/api/deals/${deal.id}`, { stageId: stage('Perdido'), lostReason: 'Fechou com concorrente' }, { token: admin.token });

  const timeline = (await app.api.get(`/api/deals/${deal.id}/timeline`, { token: admin.token })).body.timeline as DealTimelineEntry[];
  const kinds = timeline.map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['created', 'stageChanged', 'note', 'taskCreated', 'taskDone', 'ticket']));
  const times = timeline.map((e) => new Date(e.at).getTime());
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const changes = timeline.filter((e) => e.kind === 'stageChanged');
  expect(changes.map((e) => [e.from?.name, e.to?.name])).toEqual([
    ['Qualificado', 'Perdido'],
    ['Novo lead', 'Qualificado'],
  ]);
  expect(timeline.find((e) => e.kind === 'taskDone')).toMatchObject({ taskId: task.id, body: 'Enviar proposta revisada' });
  expect(timeline.find((e) => e.kind === 'ticket')).toMatchObject({ ticketId: ticket.id, ticketUuid: ticket.uuid });
  expect(timeline[0]).toMatchObject({ kind: 'stageChanged', user: { id: admin.user.id } });
  expect((await app.api.post(`/api/deals/${deal.id}/notes`, { body: '   ' }, { token: admin.token })).status).toBe(400);
});

it('an attendant’s deal shows only the contact’s tickets the attendant may see', async () => {
  const contact = (await app.api.post('/api/contacts', { name: 'Elisa Prado', number: '5511988881503' }, { token: admin.token })).body.contact;
  // The admin's conversation with the contact: not the attendant's to read.
  const ticket = (await app.api.post('/api/tickets', { contactId: contact.id, whatsappId }, { token: admin.token })).body.ticket as { id: number };
  const deal = (await app.api.post('/api/deals', { title: 'Elisa — upgrade', contactId: contact.id }, { token: attendant.token })).body.deal as DealView;
  const theirs = (await app.api.get(`/api/deals/${deal.id}/timeline`, { token: attendant.token })).body.timeline as DealTimelineEntry[];
  expect(theirs.map((e) => e.kind)).toEqual(['created']);
  const admins = (await app.api.get(`/api/deals/${deal.id}/timeline`, { token: admin.token })).body.timeline as DealTimelineEntry[];
  expect(admins.filter((e) => e.kind === 'ticket').map((e) => e.ticketId)).toEqual([ticket.id]);
});
