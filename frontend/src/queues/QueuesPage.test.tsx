import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeQueue } from './queueFixtures';
import type { Queue } from './queueTypes';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const bruno = makeUser({ name: 'Bruno Atendente', profile: 'user' });
const carla = makeUser({ name: 'Carla Costa', profile: 'user' });
const connection = {
  id: 7,
  name: 'Comercial WhatsApp',
  status: 'CONNECTED',
  qrcode: null,
  number: '5511999990000',
  isDefault: true,
  greetingMessage: null,
  farewellMessage: null,
  retries: 0,
};
const vendas = makeQueue({ name: 'Vendas', color: '#2e7d32', userIds: [bruno.id, carla.id], whatsappIds: [7], distribution: 'round_robin' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: admin });
});

function server(queues: Queue[], extra: Record<string, FakeRoute> = {}) {
  return installFetch({
    'GET /api/queues': () => reply(200, { queues }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [connection] }),
    'GET /api/users': () => reply(200, { users: [admin, bruno, carla], nextCursor: null }),
    'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
    ...extra,
  });
}

const hours = () => screen.getByRole('switch', { name: 'Horário próprio desta fila' });
const time = (name: string) => screen.getByLabelText(name);

describe('QueuesPage', () => {
  it('lists queues with color, attendants, connections and distribution', async () => {
    server([vendas]);
    renderApp('/queues');
    const table = await screen.findByRole('table', { name: 'Lista de filas' });
    const row = within(table).getByText('Vendas').closest('tr') as HTMLElement;
    expect(within(row).getAllByText('2 atendentes').length).toBeGreaterThan(0);
    expect(await within(row).findByText('Comercial WhatsApp')).toBeInTheDocument();
    expect(within(row).getAllByText(/Rodízio/).length).toBeGreaterThan(0);
  });

  it('says a queue without members has no attendants, not "0 atendente", and counts one in the singular', async () => {
    server([makeQueue({ name: 'Vazia', userIds: [] }), makeQueue({ name: 'Solo', userIds: [bruno.id] })]);
    renderApp('/queues');
    const table = await screen.findByRole('table', { name: 'Lista de filas' });
    const row = (name: string) => within(table).getByText(name).closest('tr') as HTMLElement;
    expect(within(row('Vazia')).getAllByText('Nenhum atendente').length).toBeGreaterThan(0);
    expect(within(row('Solo')).getAllByText('1 atendente').length).toBeGreaterThan(0);
    expect(table).not.toHaveTextContent(/\b0 atendente/);
  });

  it('creates a queue with members and business hours, sending the body the API expects', async () => {
    const created = makeQueue({ name: 'Suporte' });
    const net = server([], { 'POST /api/queues': () => reply(201, { queue: created }) });
    const { user } = renderApp('/queues');
    await screen.findByText('Nenhuma fila cadastrada ainda.');

    await user.click(screen.getByRole('button', { name: 'Nova fila' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova fila' });
    await user.type(within(dialog).getByLabelText(/^Nome/), '  Suporte ');
    await user.click(within(dialog).getByRole('radio', { name: 'Cor #d32f2f' }));
    await user.click(within(dialog).getByLabelText('Mensagem de saudação'));
    await user.paste('Olá! Você está no suporte.');
    await user.click(within(dialog).getByRole('combobox', { name: 'Distribuição' }));
    await user.click(await screen.findByRole('option', { name: 'Menos ocupado' }));

    await user.click(within(dialog).getByRole('combobox', { name: 'Atendentes' }));
    await user.click(await screen.findByRole('option', { name: 'Carla Costa' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Conexões' }));
    await user.click(await screen.findByRole('option', { name: 'Comercial WhatsApp' }));

    // Own hours start as Monday–Friday 09:00–18:00; Monday gets a lunch break, Friday ends at midnight,
    // Saturday opens in the morning.
    await user.click(hours());
    fireEvent.change(time('Segunda-feira, fim do intervalo 1'), { target: { value: '12:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Adicionar intervalo em Segunda-feira' }));
    fireEvent.change(time('Segunda-feira, início do intervalo 2'), { target: { value: '13:00' } });
    fireEvent.change(time('Segunda-feira, fim do intervalo 2'), { target: { value: '18:00' } });
    fireEvent.change(time('Sexta-feira, fim do intervalo 1'), { target: { value: '00:00' } });
    await user.click(within(dialog).getByRole('switch', { name: 'Sábado: aberto' }));
    fireEvent.change(time('Sábado, fim do intervalo 1'), { target: { value: '12:00' } });
    await user.click(within(dialog).getByRole('switch', { name: 'Quarta-feira: aberto' })); // closed

    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await screen.findByText('Fila Suporte criada')).toBeInTheDocument();
    const day = [{ start: '09:00', end: '18:00' }];
    expect(net.calls('POST', '/api/queues').map((r) => r.body)).toEqual([
      {
        name: 'Suporte',
        color: '#d32f2f',
        greetingMessage: 'Olá! Você está no suporte.',
        outOfHoursMessage: null,
        distribution: 'least_busy',
        aiAgentId: null,
        csatEnabled: null,
        closeReasonMode: 'none',
        userIds: [carla.id],
        whatsappIds: [7],
        schedules: {
          '1': [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '18:00' },
          ],
          '2': day,
          '4': day,
          '5': [{ start: '09:00', end: '24:00' }],
          '6': [{ start: '09:00', end: '12:00' }],
        },
      },
    ]);
    expect(await screen.findByRole('cell', { name: /Suporte/ })).toBeInTheDocument();
  });

  it('flags overlapping intervals on the interval and does not send them', async () => {
    const net = server([]);
    const { user } = renderApp('/queues');
    await user.click(await screen.findByRole('button', { name: 'Nova fila' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova fila' });
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Suporte');
    await user.click(hours());
    await user.click(within(dialog).getByRole('button', { name: 'Adicionar intervalo em Terça-feira' }));
    fireEvent.change(time('Terça-feira, início do intervalo 2'), { target: { value: '17:00' } });
    fireEvent.change(time('Terça-feira, fim do intervalo 2'), { target: { value: '20:00' } });

    const tuesday = within(dialog).getByRole('group', { name: 'Terça-feira' });
    expect(within(tuesday).getAllByText('Este intervalo se sobrepõe a outro')).toHaveLength(2);
    expect(within(dialog).getByRole('group', { name: 'Segunda-feira' })).not.toHaveTextContent('sobrepõe');

    fireEvent.change(time('Quinta-feira, fim do intervalo 1'), { target: { value: '08:00' } });
    expect(within(dialog).getByText('O início precisa ser antes do fim')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Corrija os horários destacados antes de salvar.')).toBeInTheDocument();
    expect(net.calls('POST', '/api/queues')).toHaveLength(0);

    // Touching intervals are fine.
    fireEvent.change(time('Terça-feira, início do intervalo 2'), { target: { value: '18:00' } });
    expect(within(tuesday).queryByText('Este intervalo se sobrepõe a outro')).not.toBeInTheDocument();
  });

  it('shows server refusals translated: a taken name on the field, a bad interval on the interval', async () => {
    let answer = apiError(409, 'ERR_QUEUE_NAME_IN_USE');
    server([], { 'POST /api/queues': () => answer });
    const { user } = renderApp('/queues');
    await user.click(await screen.findByRole('button', { name: 'Nova fila' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova fila' });
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Vendas');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Já existe uma fila com este nome.')).toBeInTheDocument();

    answer = apiError(400, 'ERR_VALIDATION', [{ path: 'schedules.3.0', message: 'intervals overlap' }]);
    await user.click(hours());
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    const wednesday = within(dialog).getByRole('group', { name: 'Quarta-feira' });
    expect(await within(wednesday).findByText('Este intervalo se sobrepõe a outro')).toBeInTheDocument();
    expect(within(dialog).getByText('Alguns dados são inválidos. Revise o formulário.')).toBeInTheDocument();
  });

  it('edits a queue: the form starts from it and PUT sends the changes', async () => {
    const scheduled = makeQueue({ name: 'Financeiro', schedules: { '1': [{ start: '08:00', end: '24:00' }] }, userIds: [bruno.id] });
    const net = server([scheduled], {
      [`PUT /api/queues/${scheduled.id}`]: ({ body }) => reply(200, { queue: { ...scheduled, ...(body as object) } }),
    });
    const { user } = renderApp('/queues');
    await user.click(await screen.findByRole('button', { name: 'Editar Financeiro' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar fila' });
    expect(time('Segunda-feira, fim do intervalo 1')).toHaveValue('00:00');
    expect(await within(dialog).findByRole('button', { name: 'Bruno Atendente' })).toBeInTheDocument();
    const name = within(dialog).getByLabelText(/^Nome/);
    await user.clear(name);
    await user.type(name, 'Financeiro 2');
    // The CSAT override: as the company by default; this queue never asks.
    const csat = within(dialog).getByRole('combobox', { name: 'Pesquisa de satisfação ao finalizar' });
    expect(csat).toHaveTextContent('Como nas configurações da empresa');
    await user.click(csat);
    await user.click(await screen.findByRole('option', { name: 'Nunca perguntar nesta fila' }));
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Fila Financeiro 2 atualizada')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/queues/${scheduled.id}`)[0]?.body).toEqual({
      name: 'Financeiro 2',
      color: '#1976d2',
      greetingMessage: null,
      outOfHoursMessage: null,
      distribution: 'manual',
      aiAgentId: null,
      csatEnabled: false,
      closeReasonMode: 'none',
      userIds: [bruno.id],
      whatsappIds: [],
      schedules: { '1': [{ start: '08:00', end: '24:00' }] },
    });
  });

  it('deletes a queue after confirmation and follows queue events from the socket', async () => {
    const net = server([vendas], { [`DELETE /api/queues/${vendas.id}`]: () => reply(204) });
    const { user } = renderApp('/queues');
    await user.click(await screen.findByRole('button', { name: 'Excluir Vendas' }));
    const dialog = await screen.findByRole('dialog', { name: 'Excluir fila?' });
    expect(dialog).toHaveTextContent('A fila Vendas será excluída');
    await user.click(within(dialog).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Fila Vendas excluída')).toBeInTheDocument();
    expect(net.calls('DELETE', `/api/queues/${vendas.id}`)).toHaveLength(1);
    await screen.findByText('Nenhuma fila cadastrada ainda.');

    const fromElsewhere = makeQueue({ name: 'Pós-venda', userIds: [bruno.id] });
    act(() => sockets.at(-1)?.serverEmit('queue', { action: 'created', queue: fromElsewhere }));
    expect(await screen.findByRole('cell', { name: /Pós-venda/ })).toBeInTheDocument();
    act(() => sockets.at(-1)?.serverEmit('queue', { action: 'deleted', queueId: fromElsewhere.id }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: /Pós-venda/ })).not.toBeInTheDocument());
  });
});
