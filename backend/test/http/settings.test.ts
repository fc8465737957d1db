import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let admin: { token: string };
let adminB: { token: string };
let supervisor: { token: string };

const DEFAULTS = {
  businessHours: null,
  reopenWindowMinutes: 120,
  pendingWithoutQueueVisibleToAll: true,
  userMaxOpenTickets: null,
  chatbotTimeoutMinutes: 30,
  outOfHoursMessage: 'Olá! No momento estamos fora do horário de atendimento. Sua mensagem ficou registrada e responderemos assim que possível.',
  chatbotInvalidOptionMessage: 'Opção inválida.',
  aiAssistAgentId: null,
  aiMonthlyTokenBudget: null,
  optOutKeywords: ['SAIR', 'PARAR', 'STOP', 'CANCELAR'],
  optOutConfirmation: 'Pronto! Você não receberá mais nossas mensagens promocionais. Se mudar de ideia, é só nos chamar.',
  csatEnabled: false,
  csatQuestion: 'De 1 a 5, como foi o atendimento?',
  csatThanks: 'Obrigado pela sua avaliação!',
  csatExpiryMinutes: 1440,
  apiSendTicketMode: 'logOnly',
  apiAllowLocalMediaUrls: false,
  attendantSignature: false,
  pendingAlertMinutes: 10,
  callAutoReplyEnabled: false,
  callAutoReplyMessage: 'No momento não atendemos ligações por aqui. Por favor, envie uma mensagem.',
};
const hours = { '1': [{ start: '09:00', end: '18:00' }], '6': [{ start: '09:00', end: '13:00' }] };

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  await app.api.post('/api/users', { name: 'Sara', email: 'sara@a.test', password: 'sara-pass-123', profile: 'supervisor' }, { token: admin.token });
  supervisor = await app.api.login('sara@a.test', 'sara-pass-123');
});
afterAll(() => app.stop());
// Every test starts from companies that set nothing.
beforeEach(() => ctx().sequelize.query(`DELETE FROM "Settings"`));

const settingsOf = async (token: string) => (await app.api.get('/api/settings', { token })).body.settings;

it('answers the defaults for a company that set nothing, to every profile', async () => {
  const res = await app.api.get('/api/settings', { token: supervisor.token });
  expect(res.status).toBe(200);
  expect(res.body.settings).toEqual(DEFAULTS);
  expect((await app.api.get('/api/settings/reopenWindowMinutes', { token: supervisor.token })).body).toEqual({ key: 'reopenWindowMinutes', value: 120 });
});

it('stores several keys at once and one key at a time, for this company only', async () => {
  const res = await app.api.put(
    '/api/settings',
    { businessHours: hours, pendingWithoutQueueVisibleToAll: false, userMaxOpenTickets: 5 },
    { token: admin.token },
  );
  expect(res.status).toBe(200);
  expect(res.body.settings).toEqual({ ...DEFAULTS, businessHours: hours, pendingWithoutQueueVisibleToAll: false, userMaxOpenTickets: 5 });

  const one = await app.api.put('/api/settings/reopenWindowMinutes', { value: 0 }, { token: admin.token });
  expect(one.body).toEqual({ key: 'reopenWindowMinutes', value: 0 });
  const back = await app.api.put('/api/settings/businessHours', { value: null }, { token: admin.token });
  expect(back.body).toEqual({ key: 'businessHours', value: null });

  expect(await settingsOf(supervisor.token)).toEqual({ ...DEFAULTS, pendingWithoutQueueVisibleToAll: false, userMaxOpenTickets: 5, reopenWindowMinutes: 0 });
  expect(await settingsOf(adminB.token)).toEqual(DEFAULTS);
});

it('refuses unknown keys with ERR_SETTING_UNKNOWN', async () => {
  await app.api.put('/api/settings', { pendingWithoutQueueVisibleToAll: false }, { token: admin.token });
  for (const res of [
    await app.api.get('/api/settings/colour', { token: admin.token }),
    await app.api.put('/api/settings/colour', { value: 1 }, { token: admin.token }),
    await app.api.put('/api/settings', { pendingWithoutQueueVisibleToAll: true, colour: 1, __proto__x: 2 }, { token: admin.token }),
  ]) {
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ERR_SETTING_UNKNOWN');
  }
  expect((await settingsOf(admin.token)).pendingWithoutQueueVisibleToAll).toBe(false);
});

it('has no groupsEnabled setting (group chats never become tickets); a row stored before is not shown', async () => {
  await ctx().sequelize.query(
    `INSERT INTO "Settings" ("companyId", key, value, "updatedAt") SELECT "companyId", 'groupsEnabled', 'true', now() FROM "Users" WHERE email = :email`,
    { replacements: { email: ADMIN.email } },
  );
  expect(await settingsOf(admin.token)).not.toHaveProperty('groupsEnabled');
  for (const res of [
    await app.api.get('/api/settings/groupsEnabled', { token: admin.token }),
    await app.api.put('/api/settings/groupsEnabled', { value: true }, { token: admin.token }),
    await app.api.put('/api/settings', { groupsEnabled: true }, { token: admin.token }),
  ]) {
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'ERR_SETTING_UNKNOWN', details: { keys: ['groupsEnabled'] } });
  }
});

it.each([
  ['reopenWindowMinutes', -1],
  ['reopenWindowMinutes', 10081],
  ['reopenWindowMinutes', 1.5],
  ['reopenWindowMinutes', '120'],
  ['pendingWithoutQueueVisibleToAll', 'yes'],
  ['pendingWithoutQueueVisibleToAll', null],
  ['userMaxOpenTickets', 0],
  ['userMaxOpenTickets', 501],
  ['chatbotTimeoutMinutes', 0],
  ['chatbotTimeoutMinutes', 1441],
  [
    'businessHours',
    {
      '1': [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ],
    },
  ],
  ['businessHours', { '8': [] }],
  ['businessHours', 'always'],
  ['outOfHoursMessage', null],
  ['outOfHoursMessage', 'x'.repeat(4097)],
  ['chatbotInvalidOptionMessage', '   '],
  ['chatbotInvalidOptionMessage', 'x'.repeat(501)],
  ['aiMonthlyTokenBudget', -1],
  ['aiMonthlyTokenBudget', 1.5],
  ['aiMonthlyTokenBudget', '500000'],
  ['aiMonthlyTokenBudget', 1e13],
  ['optOutKeywords', 'SAIR'],
  ['optOutKeywords', ['SAIR', 'sáir']],
  ['optOutKeywords', ['  ']],
  ['optOutKeywords', ['!!!']],
  ['optOutKeywords', ['x'.repeat(41)]],
  ['optOutKeywords', Array.from({ length: 21 }, (_, i) => `PARE${i}`)],
  ['optOutConfirmation', null],
  ['optOutConfirmation', 'x'.repeat(1001)],
  ['csatEnabled', 'yes'],
  ['csatQuestion', '   '],
  ['csatThanks', 'x'.repeat(1001)],
  ['csatExpiryMinutes', 0],
  ['csatExpiryMinutes', 10081],
  ['pendingAlertMinutes', -1],
  ['pendingAlertMinutes', 1441],
])('refuses %s = %j with ERR_VALIDATION', async (key, value) => {
  const before = await settingsOf(admin.token);
  const single = await app.api.put(`/api/settings/${key}`, { value }, { token: admin.token });
  expect(single.status).toBe(400);
  expect(single.body.error.code).toBe('ERR_VALIDATION');
  const many = await app.api.put('/api/settings', { chatbotTimeoutMinutes: 45, [key]: value }, { token: admin.token });
  expect(many.body.error.code).toBe('ERR_VALIDATION');
  expect(await settingsOf(admin.token)).toEqual(before);
});

it('needs a value, and only a value, for a single key', async () => {
  expect((await app.api.put('/api/settings/pendingWithoutQueueVisibleToAll', {}, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.put('/api/settings/pendingWithoutQueueVisibleToAll', { value: true, other: 1 }, { token: admin.token })).body.error.code).toBe(
    'ERR_VALIDATION',
  );
  expect((await app.api.put('/api/settings', [true], { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
});

it('keeps writes to admins', async () => {
  await app.api.put('/api/settings', { pendingWithoutQueueVisibleToAll: false }, { token: admin.token });
  expect((await app.api.put('/api/settings/pendingWithoutQueueVisibleToAll', { value: true }, { token: supervisor.token })).status).toBe(403);
  expect((await app.api.put('/api/settings', { pendingWithoutQueueVisibleToAll: true }, { token: supervisor.token })).status).toBe(403);
  expect((await settingsOf(admin.token)).pendingWithoutQueueVisibleToAll).toBe(false);
});

it('reads a stored value that no longer fits its schema as the default', async () => {
  await app.api.put('/api/settings', { userMaxOpenTickets: 5 }, { token: admin.token });
  await ctx().sequelize.query(`UPDATE "Settings" SET value = '"lots"' WHERE key = 'userMaxOpenTickets'`);
  expect((await settingsOf(admin.token)).userMaxOpenTickets).toBeNull();
});
