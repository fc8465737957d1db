import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTask } from './crmFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ id: 7, name: 'Ana Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
});

const endOfToday = () => {
  const date = new Date();
  date.setHours(23, 59, 59, 0);
  return date.toISOString();
};

describe('My tasks', () => {
  it('lists overdue, today’s and upcoming tasks, and ticks one done', async () => {
    const late = makeTask({
      title: 'Ligar para Maria',
      dueAt: new Date(Date.now() - 86_400_000).toISOString(),
      overdue: true,
      deal: { id: 501, title: 'Plano anual' },
    });
    const today = makeTask({ title: 'Enviar proposta', dueAt: endOfToday() });
    const later = makeTask({ title: 'Reunião de fechamento' });
    let done = false;
    const net = installFetch({
      'GET /api/tasks': () => reply(200, { tasks: done ? [today] : [later, today, late] }),
      [`PUT /api/tasks/${late.id}`]: ({ body }) => {
        done = true;
        return reply(200, { task: { ...late, ...(body as object) } });
      },
    });
    const { user } = renderApp('/tasks');
    const overdue = await screen.findByRole('region', { name: 'Atrasadas' });
    expect(within(overdue).getByText('Ligar para Maria')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'Plano anual' })).toHaveAttribute('href', '/deals/501');
    expect(within(screen.getByRole('region', { name: 'Hoje' })).getByText('Enviar proposta')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Próximas' })).getByText('Reunião de fechamento')).toBeInTheDocument();
    expect(new URL(net.calls('GET', '/api/tasks')[0]!.url, 'http://x').searchParams.get('scope')).toBe('mine');

    await user.click(within(overdue).getByRole('checkbox', { name: 'Concluir Ligar para Maria' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Atrasadas' })).not.toBeInTheDocument());
    expect(net.calls('PUT', `/api/tasks/${late.id}`)[0]?.body).toEqual({ done: true });
  });

  it('a supervisor switches between their own tasks and everyone’s, grouped the same way, with whose each is', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ id: 5, name: 'Sara Supervisora', profile: 'supervisor' }) });
    const mine = makeTask({ title: 'Revisar metas', assignee: { id: 5, name: 'Sara Supervisora' } });
    const bruno = makeTask({
      title: 'Ligar para Joana',
      dueAt: new Date(Date.now() - 3_600_000).toISOString(),
      overdue: true,
      assignee: { id: 8, name: 'Bruno Vendas' },
    });
    const net = installFetch({
      'GET /api/tasks': ({ url }) => reply(200, { tasks: new URL(url, 'http://x').searchParams.get('scope') === 'all' ? [mine, bruno] : [mine] }),
    });
    const { user } = renderApp('/tasks');
    expect(await screen.findByText('Revisar metas')).toBeInTheDocument();
    expect(screen.queryByText('Ligar para Joana')).not.toBeInTheDocument();
    const scope = screen.getByRole('group', { name: 'De quem' });
    expect(within(scope).getByRole('button', { name: 'Minhas' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(scope).getByRole('button', { name: 'De todos' }));
    const overdue = await screen.findByRole('region', { name: 'Atrasadas' });
    expect(within(overdue).getByText('Ligar para Joana')).toBeInTheDocument();
    expect(within(overdue).getByText(/Bruno Vendas/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Próximas' })).getByText('Revisar metas')).toBeInTheDocument();
    expect(net.calls('GET', '/api/tasks').map((c) => new URL(c.url, 'http://x').searchParams.get('scope'))).toEqual(['mine', 'all']);
  });

  it('an attendant sees only their own tasks, with no choice of whose', async () => {
    installFetch({ 'GET /api/tasks': () => reply(200, { tasks: [] }) });
    renderApp('/tasks');
    await screen.findByText('Nenhuma tarefa aqui.');
    expect(screen.queryByRole('group', { name: 'De quem' })).not.toBeInTheDocument();
  });

  it('creates a task, and says why when the server refuses an edit', async () => {
    const task = makeTask({ title: 'Retornar cliente' });
    const net = installFetch({
      'GET /api/tasks': () => reply(200, { tasks: [task] }),
      'POST /api/tasks': ({ body }) => reply(201, { task: makeTask(body as object) }),
      [`PUT /api/tasks/${task.id}`]: () => apiError(404, 'ERR_TASK_NOT_FOUND'),
    });
    const { user } = renderApp('/tasks');
    await screen.findByText('Retornar cliente');
    await user.click(screen.getByRole('button', { name: 'Nova tarefa' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nova tarefa' });
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Campo obrigatório')).toBeInTheDocument();
    expect(net.calls('POST', '/api/tasks')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /O que fazer/ }), 'Mandar catálogo');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Tarefa criada')).toBeInTheDocument();
    const sent = net.calls('POST', '/api/tasks')[0]?.body as { title: string; dueAt: string };
    expect(sent.title).toBe('Mandar catálogo');
    expect(Date.parse(sent.dueAt)).toBeGreaterThan(Date.now());

    await user.click(screen.getByRole('button', { name: 'Editar Retornar cliente' }));
    dialog = await screen.findByRole('dialog', { name: 'Editar tarefa' });
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('Tarefa não encontrada.')).toBeInTheDocument();
  });

  it('a reminder shows a notice and waits in the bell until dismissed', async () => {
    installFetch({ 'GET /api/tasks': () => reply(200, { tasks: [] }) });
    const { user } = renderApp('/tasks');
    await screen.findByText('Nenhuma tarefa aqui.');
    const task = makeTask({ title: 'Ligar para Carlos', overdue: false, remindedAt: new Date().toISOString() });
    act(() => sockets[0]!.serverEmit('taskReminder', { task }));
    expect(await screen.findByText('Lembrete: Ligar para Carlos')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Notificações: 1 alerta não visto' }));
    const panel = await screen.findByRole('dialog', { name: 'Notificações' });
    const list = within(panel).getByRole('list', { name: 'Lembretes de tarefas' });
    expect(within(list).getByText('Ligar para Carlos')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Dispensar: Ligar para Carlos' }));
    await waitFor(() => expect(within(panel).queryByRole('list', { name: 'Lembretes de tarefas' })).not.toBeInTheDocument());
  });

  it('reminders that went out while the user was away wait in the bell when they come online; dismissing marks them seen', async () => {
    const missed = makeTask({ title: 'Retornar ao Paulo', overdue: true, remindedAt: new Date(Date.now() - 3_600_000).toISOString() });
    const older = makeTask({ title: 'Enviar boleto', overdue: true, remindedAt: new Date(Date.now() - 7_200_000).toISOString() });
    let unseen = [missed, older];
    const net = installFetch({
      'GET /api/tasks': ({ url }) => reply(200, { tasks: new URL(url, 'http://x').searchParams.get('reminders') === 'unseen' ? unseen : [] }),
      [`PUT /api/tasks/${missed.id}`]: ({ body }) => {
        unseen = unseen.filter((t) => t.id !== missed.id);
        return reply(200, { task: { ...missed, ...(body as object), reminderSeenAt: new Date().toISOString() } });
      },
    });
    const { user } = renderApp('/tasks');
    await screen.findByText('Nenhuma tarefa aqui.');
    // The socket connects: the bell asks for what it missed.
    act(() => sockets[0]!.serverEmit('connect', undefined));
    await user.click(await screen.findByRole('button', { name: 'Notificações: 2 alertas não vistos' }));
    const panel = await screen.findByRole('dialog', { name: 'Notificações' });
    const list = within(panel).getByRole('list', { name: 'Lembretes de tarefas' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Retornar ao Paulo'), expect.stringContaining('Enviar boleto')]);
    // Old news: no notice for them.
    expect(screen.queryByText('Lembrete: Retornar ao Paulo')).not.toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Dispensar: Retornar ao Paulo' }));
    await waitFor(() => expect(within(list).queryByText('Retornar ao Paulo')).not.toBeInTheDocument());
    expect(net.calls('PUT', `/api/tasks/${missed.id}`)[0]?.body).toEqual({ reminderSeen: true });
    // A reconnection asks again and does not bring back what was dismissed.
    act(() => sockets[0]!.serverEmit('connect', undefined));
    await waitFor(() => expect(net.calls('GET', '/api/tasks').filter((c) => c.url.includes('reminders=unseen'))).toHaveLength(2));
    expect(within(list).getByText('Enviar boleto')).toBeInTheDocument();
    expect(within(list).queryByText('Retornar ao Paulo')).not.toBeInTheDocument();
  });
});
