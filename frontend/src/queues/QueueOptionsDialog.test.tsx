import { screen, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeReply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeOption, makeQueue } from './queueFixtures';
import type { QueueOption } from './queueTypes';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const queue = makeQueue({ name: 'Suporte' });
const comercial = makeQueue({ name: 'Comercial' });
const bruno = makeUser({ name: 'Bruno Vendedor' });
// Positions as the API leaves them when nobody set one: all 0, ordered by id.
const financeiro = makeOption({ queueId: queue.id, title: 'Financeiro', message: 'Escolha o assunto' });
const tecnico = makeOption({ queueId: queue.id, title: 'Suporte técnico' });
const segundaVia = makeOption({ queueId: queue.id, parentId: financeiro.id, title: 'Segunda via' });
const prazo = makeOption({ queueId: queue.id, parentId: segundaVia.id, title: 'Prazo' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

/** A small stateful queue-options API: creates, updates and deletes (with the subtree) like the backend. */
function optionsServer(initial: QueueOption[]) {
  let options = [...initial];
  let refusal: FakeReply | null = null;
  const byId: Record<string, FakeRoute> = {};
  for (const { id } of initial) {
    byId[`PUT /api/queue-options/${id}`] = ({ body }) => {
      if (refusal) return refusal;
      options = options.map((o) => (o.id === id ? { ...o, ...(body as object) } : o));
      return reply(200, { option: options.find((o) => o.id === id) });
    };
    byId[`DELETE /api/queue-options/${id}`] = () => {
      const doomed = new Set([id]);
      for (let size = 0; size !== doomed.size;) {
        size = doomed.size;
        for (const o of options) if (o.parentId !== null && doomed.has(o.parentId)) doomed.add(o.id);
      }
      options = options.filter((o) => !doomed.has(o.id));
      return reply(204);
    };
  }
  const net = installFetch({
    'GET /api/queues': () => reply(200, { queues: [queue, comercial] }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    'GET /api/users': () => reply(200, { users: [admin, bruno], nextCursor: null }),
    'GET /api/queue-options': () => reply(200, { options }),
    'POST /api/queue-options': ({ body }) => {
      if (refusal) return refusal;
      const option = { ...makeOption({ queueId: queue.id, title: '' }), ...(body as object) } as QueueOption;
      options.push(option);
      return reply(201, { option });
    },
    ...byId,
  });
  return { net, refuse: (answer: FakeReply | null) => (refusal = answer) };
}

async function openMenu() {
  const view = renderApp('/queues');
  await view.user.click(await screen.findByRole('button', { name: 'Menu de opções de Suporte' }));
  const dialog = await screen.findByRole('dialog', { name: 'Menu de opções: Suporte' });
  return { ...view, dialog };
}

describe('Queue options menu', () => {
  it('shows the menu as a numbered tree', async () => {
    const { net } = optionsServer([financeiro, tecnico, segundaVia, prazo]);
    const { dialog } = await openMenu();
    const tree = await within(dialog).findByRole('list', { name: 'Opções do menu' });
    const first = within(tree).getByRole('listitem', { name: '1. Financeiro' });
    expect(within(first).getByRole('listitem', { name: '1.1. Segunda via' })).toBeInTheDocument();
    expect(within(first).getByRole('listitem', { name: '1.1.1. Prazo' })).toBeInTheDocument();
    expect(within(tree).getByRole('listitem', { name: '2. Suporte técnico' })).toBeInTheDocument();
    expect(within(first).getByText('Escolha o assunto')).toBeInTheDocument();
    expect(net.calls('GET', '/api/queue-options')[0]?.url).toBe(`/api/queue-options?queueId=${queue.id}`);
  });

  it('adds a nested option with the right parentId and position, and a first-level one that routes the ticket', async () => {
    const { net } = optionsServer([financeiro, tecnico, segundaVia]);
    const { user, dialog } = await openMenu();
    await within(dialog).findByRole('listitem', { name: '1. Financeiro' });

    await user.click(within(dialog).getByRole('button', { name: 'Adicionar sub-opção em Financeiro' }));
    const form = await screen.findByRole('dialog', { name: 'Nova sub-opção de Financeiro' });
    await user.type(within(form).getByLabelText(/^Título/), 'Boleto');
    await user.click(within(form).getByLabelText('Mensagem'));
    await user.paste('Enviamos o boleto por aqui.');
    await user.click(within(form).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByRole('listitem', { name: '1.2. Boleto' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Adicionar opção' }));
    const rootForm = await screen.findByRole('dialog', { name: 'Nova opção' });
    await user.type(within(rootForm).getByLabelText(/^Título/), 'Vendas');
    await user.click(within(rootForm).getByRole('combobox', { name: 'Fila' }));
    await user.click(await screen.findByRole('option', { name: 'Comercial' }));
    await user.click(within(rootForm).getByRole('combobox', { name: 'Atendente' }));
    await user.click(await screen.findByRole('option', { name: 'Bruno Vendedor' }));
    await user.click(within(rootForm).getByRole('button', { name: 'Salvar' }));
    const vendas = await screen.findByRole('listitem', { name: '3. Vendas' });
    expect(within(vendas).getByText('Vai para Comercial · Bruno Vendedor')).toBeInTheDocument();

    expect(net.calls('POST', '/api/queue-options').map((r) => r.body)).toEqual([
      {
        queueId: queue.id,
        parentId: financeiro.id,
        position: 1,
        title: 'Boleto',
        message: 'Enviamos o boleto por aqui.',
        targetQueueId: null,
        targetUserId: null,
      },
      { queueId: queue.id, parentId: null, position: 1, title: 'Vendas', message: null, targetQueueId: comercial.id, targetUserId: bruno.id },
    ]);
  });

  it('edits an option and shows a refusal from the server translated', async () => {
    const server = optionsServer([financeiro, tecnico, segundaVia]);
    const { user, dialog } = await openMenu();
    await user.click(await within(dialog).findByRole('button', { name: 'Editar Segunda via' }));
    const form = await screen.findByRole('dialog', { name: 'Editar opção' });
    expect(within(form).getByLabelText(/^Título/)).toHaveValue('Segunda via');

    server.refuse(apiError(400, 'ERR_QUEUE_OPTION_LOOP'));
    const title = within(form).getByLabelText(/^Título/);
    await user.clear(title);
    await user.type(title, '2ª via');
    await user.click(within(form).getByRole('button', { name: 'Salvar' }));
    expect(await within(form).findByText('Uma opção não pode ficar dentro dela mesma.')).toBeInTheDocument();

    server.refuse(null);
    await user.click(within(form).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByRole('listitem', { name: '1.1. 2ª via' })).toBeInTheDocument();
    expect(server.net.calls('PUT', `/api/queue-options/${segundaVia.id}`).at(-1)?.body).toEqual({
      title: '2ª via',
      message: null,
      targetQueueId: null,
      targetUserId: null,
    });
  });

  it('moves an option down by renumbering its level', async () => {
    const { net } = optionsServer([financeiro, tecnico]);
    const { user, dialog } = await openMenu();
    await user.click(await within(dialog).findByRole('button', { name: 'Mover Financeiro para baixo' }));
    expect(await within(dialog).findByRole('listitem', { name: '1. Suporte técnico' })).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem', { name: '2. Financeiro' })).toBeInTheDocument();
    // Both were at position 0: the new order is 0, 1, so only the one that changes is written.
    expect(net.calls('PUT', `/api/queue-options/${tecnico.id}`)).toHaveLength(0);
    expect(net.calls('PUT', `/api/queue-options/${financeiro.id}`).map((r) => r.body)).toEqual([{ position: 1 }]);
    expect(within(dialog).getByRole('button', { name: 'Mover Suporte técnico para cima' })).toBeDisabled();
  });

  it('deletes an option with its sub-options after confirmation', async () => {
    const { net } = optionsServer([financeiro, tecnico, segundaVia, prazo]);
    const { user, dialog } = await openMenu();
    await user.click(await within(dialog).findByRole('button', { name: 'Excluir Financeiro' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir opção?' });
    expect(confirm).toHaveTextContent('A opção Financeiro e as suas 2 sub-opções serão excluídas.');
    await user.click(within(confirm).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Opção Financeiro excluída')).toBeInTheDocument();
    // The menu is hidden from assistive tech while the confirmation closes: wait until it is back.
    expect(await within(dialog).findByRole('listitem', { name: '1. Suporte técnico' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('listitem', { name: /Financeiro/ })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('listitem', { name: /Segunda via|Prazo/ })).not.toBeInTheDocument();
    expect(net.calls('DELETE', `/api/queue-options/${financeiro.id}`)).toHaveLength(1);
  });

  it('asks to delete an option without sub-options without mentioning any', async () => {
    optionsServer([financeiro, tecnico, segundaVia, prazo]);
    const { user, dialog } = await openMenu();
    await user.click(await within(dialog).findByRole('button', { name: 'Excluir Suporte técnico' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir opção?' });
    expect(confirm).toHaveTextContent('A opção Suporte técnico será excluída.');
    expect(confirm).not.toHaveTextContent(/sub-op/);
  });
});
