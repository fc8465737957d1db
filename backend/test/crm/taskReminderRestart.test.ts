import type { TaskReminderEvent, TaskView } from '@atende/contract';
import type { Socket } from 'socket.io-client';
import { startBackendProcess, type BackendProcess } from '../support/backendProcess.js';
import { barrier, connectSocket, nextEvent, record } from '../support/sockets.js';
import { ADMIN } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Acceptance 3 of issue 15, across a restart: the reminder is a Bull delayed job (in Redis) over the table's truth
// (Tasks.remindedAt, claimed once) with a sweep at boot. A task due while the backend process is down reminds
// its assignee once when it is back; a task due after the restart reminds once at its time — whatever rings
// it (the job set before the crash, the one the boot sweep sets again).
let backend: BackendProcess | undefined;
let socket: Socket | undefined;

afterAll(async () => {
  socket?.close();
  await backend?.stop();
});

/** Time enough for a kill and a boot on a busy machine, so the assignee's socket is back before the due time. */
const RESTART_MARGIN_S = 25;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

it('reminds once after a crash: the task due while the process was down at boot, the later one at its time', async () => {
  backend = await startBackendProcess();
  const admin = await backend.api.login(ADMIN.email, ADMIN.password);
  const created = await backend.api.post(
    '/api/users',
    { name: 'Atendente Reinício', email: 'reinicio@atende.test', password: 'attendant-pass-1', profile: 'user' },
    { token: admin.token },
  );
  const assigneeId = created.body.user.id as number;
  const task = (body: Record<string, unknown>) => backend!.api.post('/api/tasks', { ...body, assigneeId }, { token: admin.token });
  const duringOutage = (await task({ title: 'Vence com o servidor fora', dueAt: inSeconds(2) })).body.task as TaskView;
  const afterRestart = (await task({ title: 'Vence depois do reinício', dueAt: inSeconds(RESTART_MARGIN_S) })).body.task as TaskView;
  const { settings } = backend;

  await backend.kill(); // kill -9: nothing is flushed or handed over
  await until(
    () => Date.now(),
    (now) => now > new Date(duringOutage.dueAt).getTime() + 500,
    'the first task to fall due while the process is down',
  );
  backend = await startBackendProcess(settings);
  const { token } = await backend.api.login('reinicio@atende.test', 'attendant-pass-1');
  socket = await connectSocket(backend.url, token);
  const reminders = record<TaskReminderEvent>(socket, 'taskReminder');
  const pending = (await backend.api.get(`/api/tasks/${afterRestart.id}`, { token })).body.task as TaskView;
  expect(pending.remindedAt).toBeNull(); // else the boot outlasted RESTART_MARGIN_S and the socket could not be there
  // The one missed while down: claimed at boot (or already, before the socket joined: then remindedAt says so).
  await until(
    async () => (await backend!.api.get(`/api/tasks/${duringOutage.id}`, { token })).body.task as TaskView,
    (t) => t.remindedAt !== null,
    'the missed reminder to be claimed after the restart',
  );
  const reminder = await nextEvent<TaskReminderEvent>(socket, 'taskReminder', (e) => e.task.id === afterRestart.id, (RESTART_MARGIN_S + 5) * 1000);
  expect(Date.now()).toBeGreaterThanOrEqual(new Date(afterRestart.dueAt).getTime());
  expect(new Date(reminder.task.remindedAt!).getTime()).toBeGreaterThanOrEqual(new Date(afterRestart.dueAt).getTime());
  // Once each: a later reminder to this socket comes after anything either could still cause.
  await barrier<TaskReminderEvent>(
    socket,
    'taskReminder',
    () => task({ title: 'Marcador', dueAt: inSeconds(0.5) }),
    (e) => e.task.title === 'Marcador',
  );
  expect(reminders.filter((e) => e.task.id === afterRestart.id)).toHaveLength(1);
  expect(reminders.filter((e) => e.task.id === duringOutage.id).length).toBeLessThanOrEqual(1);
  const remindedAt = (await backend.api.get(`/api/tasks/${duringOutage.id}`, { token })).body.task.remindedAt as string;
  expect(new Date(remindedAt).getTime()).toBeGreaterThanOrEqual(new Date(duringOutage.dueAt).getTime());
}, 90_000);
