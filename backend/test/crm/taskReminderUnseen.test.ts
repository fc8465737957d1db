import type { TaskView } from '@atende/contract';
import { createAttendant, type Attendant } from '../support/factories.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Reminders missed while offline: a reminder goes out once, to the sockets its assignee has open then. One who
// had none (this attendant never connects one) finds it through GET /api/tasks?reminders=unseen when the web
// app comes online, until they dismiss it (PUT {"reminderSeen": true}); a task done, or not due yet, is not
// there; only the assignee's own dismissal counts.
let app: TestApp;
let admin: { token: string; user: { id: number } };
let offline: Attendant;

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const unseen = async (token: string) => ((await app.api.get('/api/tasks?reminders=unseen', { token })).body.tasks as TaskView[]).map((t) => t.title);
const reminded = (id: number) =>
  until(
    async () => (await app.api.get(`/api/tasks/${id}`, { token: admin.token })).body.task as TaskView,
    (task) => task.remindedAt !== null,
    `task ${id} reminded`,
  );

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  offline = await createAttendant(app.api, admin.token, 'Atendente Offline');
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

it('a reminder that went out while its assignee was offline waits for them until they dismiss it', async () => {
  const create = async (title: string, dueAt: string) =>
    (await app.api.post('/api/tasks', { title, dueAt, assigneeId: offline.id }, { token: admin.token })).body.task as TaskView;
  const missed = await create('Retornar ao Paulo', inSeconds(0.5));
  const doneMeanwhile = await create('Enviar boleto', inSeconds(0.5));
  const later = await create('Reunião amanhã', inSeconds(86_400));
  await reminded(missed.id);
  await reminded(doneMeanwhile.id);
  expect((await app.api.put(`/api/tasks/${doneMeanwhile.id}`, { done: true }, { token: offline.token })).status).toBe(200);

  // Online again: the bell's question lists the missed one — not the done one, not the one due tomorrow.
  expect(await unseen(offline.token)).toEqual(['Retornar ao Paulo']);
  expect(later.remindedAt).toBeNull();
  // The admin created it but is not its assignee: not in their bell, and their edit does not dismiss it.
  expect(await unseen(admin.token)).toEqual([]);
  const byAdmin = await app.api.put(`/api/tasks/${missed.id}`, { reminderSeen: true }, { token: admin.token });
  expect(byAdmin.body.task.reminderSeenAt).toBeNull();
  expect(await unseen(offline.token)).toEqual(['Retornar ao Paulo']);

  const dismissed = await app.api.put(`/api/tasks/${missed.id}`, { reminderSeen: true }, { token: offline.token });
  expect(dismissed.status).toBe(200);
  expect(dismissed.body.task).toMatchObject({ id: missed.id, reminderSeenAt: expect.any(String), done: false });
  expect(await unseen(offline.token)).toEqual([]);
  // Still an open, overdue task on the tasks page.
  const mine = (await app.api.get('/api/tasks?scope=mine&status=open', { token: offline.token })).body.tasks as TaskView[];
  expect(mine.find((t) => t.id === missed.id)).toMatchObject({ overdue: true });

  // A new due time re-arms the reminder: not seen, not reminded, until it rings again.
  const moved = await app.api.put(`/api/tasks/${missed.id}`, { dueAt: inSeconds(0.5) }, { token: offline.token });
  expect(moved.body.task).toMatchObject({ remindedAt: null, reminderSeenAt: null });
  await reminded(missed.id);
  expect(await unseen(offline.token)).toEqual(['Retornar ao Paulo']);
});

it('"reminderSeen" takes only true', async () => {
  const task = (await app.api.post('/api/tasks', { title: 'Qualquer', dueAt: inSeconds(3600) }, { token: offline.token })).body.task as TaskView;
  const res = await app.api.put(`/api/tasks/${task.id}`, { reminderSeen: false }, { token: offline.token });
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('ERR_VALIDATION');
});
