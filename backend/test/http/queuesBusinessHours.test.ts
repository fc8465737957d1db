import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { queueBusinessHours } from '../../src/services/queues/queueBusinessHours.js';

// The inbound path asks queueBusinessHours() whether to send the out-of-hours message; here the data is set
// up through the API and the function is called in-process, at fixed instants.
let app: TestApp;
let admin: { token: string; user: { companyId: number } };
let adminB: { token: string; user: { companyId: number } };
let geral: number;
let plantao: number;
let queueB: number;

const weekday = [{ start: '09:00', end: '18:00' }];
const monday0900SaoPaulo = new Date('2026-01-19T12:00:00Z');
const saturday1000SaoPaulo = new Date('2026-01-17T13:00:00Z');
const saturdayMorning = { '6': [{ start: '09:00', end: '13:00' }] };

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  const b = { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' };
  await app.api.post('/api/companies', { name: 'B', timezone: 'America/Manaus', admin: b }, { token: admin.token });
  adminB = await app.api.login(b.email, b.password);
  geral = (await app.api.post('/api/queues', { name: 'Geral', outOfHoursMessage: 'Voltamos às 9h' }, { token: admin.token })).body.queue.id;
  plantao = (await app.api.post('/api/queues', { name: 'Plantão' }, { token: admin.token })).body.queue.id;
  queueB = (await app.api.post('/api/queues', { name: 'Loja' }, { token: adminB.token })).body.queue.id;
});
afterAll(() => app.stop());
// Every test starts from the same hours: A on weekdays (Plantão on Saturday mornings instead), B on Mondays.
beforeEach(async () => {
  await ctx().sequelize.query(`DELETE FROM "Settings"`);
  await app.api.put('/api/settings/businessHours', { value: { '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday } }, { token: admin.token });
  await app.api.put(`/api/queues/${plantao}`, { schedules: saturdayMorning }, { token: admin.token });
  await app.api.put('/api/settings/businessHours', { value: { '1': weekday } }, { token: adminB.token });
});

it('a queue without a schedule follows the company’s business hours', async () => {
  const companyId = admin.user.companyId;
  expect(await queueBusinessHours({ companyId, queueId: geral, at: monday0900SaoPaulo })).toEqual({
    open: true,
    outOfHoursMessage: 'Voltamos às 9h',
    closedSince: null,
  });
  // Closed since Friday 18:00 (São Paulo): the period the notice is sent once in.
  expect(await queueBusinessHours({ companyId, queueId: geral, at: saturday1000SaoPaulo })).toEqual({
    open: false,
    outOfHoursMessage: 'Voltamos às 9h',
    closedSince: new Date('2026-01-16T21:00:00Z'),
  });
  expect((await queueBusinessHours({ companyId, queueId: null, at: saturday1000SaoPaulo })).open).toBe(false);
});

it('falls back to the company’s out-of-hours message (a setting) when the queue has none', async () => {
  const companyId = admin.user.companyId;
  const hours = await queueBusinessHours({ companyId, queueId: plantao, at: monday0900SaoPaulo });
  expect(hours).toMatchObject({ open: false, outOfHoursMessage: expect.stringContaining('fora do horário de atendimento') });
  await app.api.put('/api/settings/outOfHoursMessage', { value: 'Fechados agora, {{name}}.' }, { token: admin.token });
  expect((await queueBusinessHours({ companyId, queueId: null, at: saturday1000SaoPaulo })).outOfHoursMessage).toBe('Fechados agora, {{name}}.');
  expect((await queueBusinessHours({ companyId, queueId: geral, at: saturday1000SaoPaulo })).outOfHoursMessage).toBe('Voltamos às 9h');
  await app.api.put('/api/settings/outOfHoursMessage', { value: '' }, { token: admin.token });
  expect((await queueBusinessHours({ companyId, queueId: null, at: saturday1000SaoPaulo })).outOfHoursMessage).toBeNull();
});

it('a queue’s own schedule replaces the company’s', async () => {
  const companyId = admin.user.companyId;
  expect((await queueBusinessHours({ companyId, queueId: plantao, at: saturday1000SaoPaulo })).open).toBe(true);
  expect((await queueBusinessHours({ companyId, queueId: plantao, at: monday0900SaoPaulo })).open).toBe(false);
  await app.api.put(`/api/queues/${plantao}`, { schedules: null }, { token: admin.token });
  expect((await queueBusinessHours({ companyId, queueId: plantao, at: monday0900SaoPaulo })).open).toBe(true);
});

it('uses each company’s own time zone (Manaus is an hour behind São Paulo)', async () => {
  const companyId = adminB.user.companyId;
  expect((await queueBusinessHours({ companyId, queueId: queueB, at: monday0900SaoPaulo })).open).toBe(false); // 08:00 in Manaus
  expect((await queueBusinessHours({ companyId, queueId: queueB, at: new Date('2026-01-19T13:00:00Z') })).open).toBe(true);
});

it('is always open when nothing is configured anywhere', async () => {
  await app.api.put('/api/settings/businessHours', { value: null }, { token: adminB.token });
  expect((await queueBusinessHours({ companyId: adminB.user.companyId, queueId: queueB, at: saturday1000SaoPaulo })).open).toBe(true);
});

it('does not answer for another company’s queue', async () => {
  await expect(queueBusinessHours({ companyId: adminB.user.companyId, queueId: geral })).rejects.toMatchObject({ code: 'ERR_QUEUE_NOT_FOUND' });
});
