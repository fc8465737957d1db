import type { TaskReminderEvent, TaskView } from '@atende/contract';
import type { Socket } from 'socket.io-client';
import { createAttendant, type Attendant } from '../support/factories.js';
import { barrier, connectSocket, nextEvent, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Acceptance 3 of issue 15 (in one process; taskReminderRestart.test.ts restarts it): a task due in 3 s reminds
// its assignee's socket once, at the due time, through the real Bull alarm; overdue tasks are listed as such;
// attendants see the tasks assigned to or created by them, supervisors and admins all.
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let attendant: Attendant;
let colleague: Attendant;
let supervisor: Attendant;
let attendantSocket: Socket;
let adminSocket: Socket;

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const createTask = (body: Record<string, unknown>, token = admin.token) => app.api.post('/api/tasks', body, { token });

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  attendant = await createAttendant(app.api, admin.token, 'Atendente Tarefas');
  colleague = await createAttendant(app.api, admin.token, 'Colega Tarefas');
  supervisor = await createAttendant(app.api, admin.token, 'Supervisor Tarefas', 'supervisor');
  [attendantSocket, adminSocket] = await Promise.all([connectSocket(app.url, attendant.token), connectSocket(app.url, admin.token)]);
}, 60_000);
afterAll(async () => {
  attendantSocket?.close();
  adminSocket?.close();
  await app?.stop();
});

it('a task due in 3 s reminds its assignee’s socket once, at the due time, and nobody else’s', async () => {
  const reminders = record<TaskReminderEvent>(attendantSocket, 'taskReminder');
  const adminReminders = record<TaskReminderEvent>(adminSocket, 'taskReminder');
  const dueAt = inSeconds(3);
  const announced = nextEvent<{ action: string; task: TaskView }>(attendantSocket, 'task', (e) => e.task.title === 'Ligar para a Carla');
  const created = await createTask({ title: 'Ligar para a Carla', dueAt, assigneeId: attendant.id });
  expect(await announced).toMatchObject({ action: 'created', task: { assignee: { id: attendant.id } } });
  expect(created.status).toBe(201);
  const task = created.body.task as TaskView;
  expect(task).toMatchObject({ assignee: { id: attendant.id }, createdBy: { id: admin.user.id }, done: false, overdue: false, remindedAt: null });
  const reminder = await nextEvent<TaskReminderEvent>(attendantSocket, 'taskReminder', (e) => e.task.id === task.id, 15_000);
  expect(Date.now()).toBeGreaterThanOrEqual(new Date(dueAt).getTime());
  expect(reminder.task).toMatchObject({ id: task.id, title: 'Ligar para a Carla', remindedAt: expect.any(String) });
  expect(new Date(reminder.task.remindedAt!).getTime()).toBeGreaterThanOrEqual(new Date(dueAt).getTime());
  // Once: a later task's reminder to the same socket arrives after anything else the first could have caused.
  await barrier<TaskReminderEvent>(
    attendantSocket,
    'taskReminder',
    () => createTask({ title: 'Marcador', dueAt: inSeconds(0.5), assigneeId: attendant.id }),
    (e) => e.task.title === 'Marcador',
  );
  expect(reminders.filter((e) => e.task.id === task.id)).toHaveLength(1);
  expect(adminReminders.filter((e) => e.task.id === task.id)).toHaveLength(0);
  expect((await app.api.get(`/api/tasks/${task.id}`, { token: attendant.token })).body.task).toMatchObject({
    remindedAt: reminder.task.remindedAt,
    overdue: true,
  });
});

it('a task done or moved later before its time does not remind then; a new due time reminds at the new time', async () => {
  const reminders = record<TaskReminderEvent>(attendantSocket, 'taskReminder');
  const done = (await createTask({ title: 'Feita antes', dueAt: inSeconds(1), assigneeId: attendant.id })).body.task as TaskView;
  await app.api.put(`/api/tasks/${done.id}`, { done: true }, { token: admin.token });
  const moved = (await createTask({ title: 'Adiada', dueAt: inSeconds(1), assigneeId: attendant.id })).body.task as TaskView;
  const later = inSeconds(3);
  await app.api.put(`/api/tasks/${moved.id}`, { dueAt: later }, { token: admin.token });
  const reminder = await nextEvent<TaskReminderEvent>(attendantSocket, 'taskReminder', (e) => e.task.id === moved.id, 15_000);
  expect(new Date(reminder.task.remindedAt!).getTime()).toBeGreaterThanOrEqual(new Date(later).getTime());
  await barrier<TaskReminderEvent>(
    attendantSocket,
    'taskReminder',
    () => createTask({ title: 'Marcador 2', dueAt: inSeconds(0.5), assigneeId: attendant.id }),
    (e) => e.task.title === 'Marcador 2',
  );
  expect(reminders.filter((e) => e.task.id === done.id)).toEqual([]);
  expect(reminders.filter((e) => e.task.id === moved.id)).toHaveLength(1);
});

it('lists overdue tasks as such, open ones soonest first, done ones after', async () => {
  const lister = await createAttendant(app.api, admin.token, 'Lista Tarefas'); // their own list, whatever ran before
  const past = (await createTask({ title: 'Atrasada', dueAt: new Date(Date.now() - 3_600_000).toISOString() }, lister.token)).body.task as TaskView;
  const future = (await createTask({ title: 'Amanhã', dueAt: new Date(Date.now() + 86_400_000).toISOString() }, lister.token)).body.task as TaskView;
  const finished = (await createTask({ title: 'Concluída', dueAt: new Date(Date.now() - 7_200_000).toISOString() }, lister.token)).body.task as TaskView;
  const doneRes = await app.api.put(`/api/tasks/${finished.id}`, { done: true }, { token: lister.token });
  expect(doneRes.body.task).toMatchObject({ done: true, doneAt: expect.any(String), overdue: false });
  const mine = (await app.api.get('/api/tasks?scope=mine', { token: lister.token })).body.tasks as TaskView[];
  expect(mine.map((t) => [t.title, t.overdue, t.done])).toEqual([
    ['Atrasada', true, false],
    ['Amanhã', false, false],
    ['Concluída', false, true],
  ]);
  const open = (await app.api.get('/api/tasks?status=open', { token: lister.token })).body.tasks as TaskView[];
  expect(open.map((t) => t.id)).toEqual([past.id, future.id]);
  const undone = await app.api.put(`/api/tasks/${finished.id}`, { done: false }, { token: lister.token });
  expect(undone.body.task).toMatchObject({ done: false, doneAt: null, overdue: true });
});

it('attendants see the tasks assigned to them or created by them; supervisors and admins all', async () => {
  const handed = (await createTask({ title: 'Para a colega', dueAt: inSeconds(3_600), assigneeId: colleague.id }, attendant.token)).body.task as TaskView;
  const privateOne = (await createTask({ title: 'Só da colega', dueAt: inSeconds(3_600) }, colleague.token)).body.task as TaskView;
  const adminsOwn = (await createTask({ title: 'Do admin', dueAt: inSeconds(3_600) })).body.task as TaskView;
  // The attendant created it: it stays in their sight (scope=all), though it is the colleague's ("mine").
  expect((await app.api.get(`/api/tasks/${handed.id}`, { token: attendant.token })).status).toBe(200);
  const all = (await app.api.get('/api/tasks?scope=all', { token: attendant.token })).body.tasks as TaskView[];
  expect(all.map((t) => t.id)).toContain(handed.id);
  expect(all.map((t) => t.id)).not.toContain(privateOne.id);
  expect(all.map((t) => t.id)).not.toContain(adminsOwn.id);
  expect(((await app.api.get('/api/tasks?scope=mine', { token: attendant.token })).body.tasks as TaskView[]).map((t) => t.id)).not.toContain(handed.id);
  for (const res of [
    await app.api.get(`/api/tasks/${privateOne.id}`, { token: attendant.token }),
    await app.api.put(`/api/tasks/${adminsOwn.id}`, { done: true }, { token: attendant.token }),
    await app.api.delete(`/api/tasks/${privateOne.id}`, { token: attendant.token }),
  ])
    expect(res.body.error?.code).toBe('ERR_TASK_NOT_FOUND');
  const everything = ((await app.api.get('/api/tasks?scope=all', { token: supervisor.token })).body.tasks as TaskView[]).map((t) => t.id);
  expect(everything).toEqual(expect.arrayContaining([handed.id, privateOne.id, adminsOwn.id]));
  expect((await app.api.put(`/api/tasks/${privateOne.id}`, { title: 'Revisada pelo supervisor' }, { token: supervisor.token })).status).toBe(200);
  const removed = await app.api.delete(`/api/tasks/${handed.id}`, { token: attendant.token });
  expect(removed.status).toBe(200);
  expect((await app.api.get(`/api/tasks/${handed.id}`, { token: colleague.token })).status).toBe(404);
  expect((await createTask({ title: 'x', dueAt: 'amanhã' })).status).toBe(400);
  expect((await createTask({ title: 'x', dueAt: inSeconds(60), assigneeId: 999_999 })).body.error?.code).toBe('ERR_USER_NOT_FOUND');
});
