import { configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeConnection, makeUser } from '../test/fixtures';
import { makeQueue } from '../queues/queueFixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeAiAgent } from './aiAgentFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(60_000);

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const vendas = makeAiAgent({ id: 11, name: 'Assistente de vendas' });
const rascunho = makeAiAgent({ id: 12, name: 'Rascunho', enabled: false });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

describe('AI agent pickers', () => {
  it("attach an agent to a connection, saying that a queue's agent wins", async () => {
    let loja = makeConnection({ id: 7, name: 'Loja Centro', queueIds: [] });
    const net = installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [loja] }),
      'GET /api/queues': () => reply(200, { queues: [] }),
      'GET /api/ai-agents': () => reply(200, { aiAgents: [vendas, rascunho] }),
      'PUT /api/whatsapps/7': ({ body }) => {
        loja = { ...loja, ...(body as object) };
        return reply(200, { whatsapp: loja });
      },
    });
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: 'Editar Loja Centro' }));
    const form = await screen.findByRole('dialog', { name: 'Editar conexão' });
    const picker = within(form).getByRole('combobox', { name: 'Agente de IA' });
    expect(picker).toHaveTextContent('Nenhum');
    expect(picker).toHaveAccessibleDescription(
      'Responde primeiro aos novos atendimentos desta conexão. Se a fila do atendimento tiver um agente, vale o da fila.',
    );

    await user.click(picker);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Nenhum', 'Assistente de vendas', 'Rascunho (desativado)']);
    await user.click(screen.getByRole('option', { name: 'Assistente de vendas' }));
    await user.click(within(form).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(net.calls('PUT', '/api/whatsapps/7')).toHaveLength(1));
    expect(net.calls('PUT', '/api/whatsapps/7')[0]?.body).toMatchObject({ aiAgentId: 11 });

    // Opened again, it shows the agent; "Nenhum" detaches it.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Editar Loja Centro' }));
    const again = await screen.findByRole('dialog', { name: 'Editar conexão' });
    expect(within(again).getByRole('combobox', { name: 'Agente de IA' })).toHaveTextContent('Assistente de vendas');
    await user.click(within(again).getByRole('combobox', { name: 'Agente de IA' }));
    await user.click(await screen.findByRole('option', { name: 'Nenhum' }));
    await user.click(within(again).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(net.calls('PUT', '/api/whatsapps/7')).toHaveLength(2));
    expect(net.calls('PUT', '/api/whatsapps/7')[1]?.body).toMatchObject({ aiAgentId: null });
  });

  it('attach an agent to a queue, which wins over the connection’s', async () => {
    const suporte = makeQueue({ name: 'Suporte', aiAgentId: 12 });
    const net = installFetch({
      'GET /api/queues': () => reply(200, { queues: [suporte] }),
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'GET /api/ai-agents': () => reply(200, { aiAgents: [vendas, rascunho] }),
      [`PUT /api/queues/${suporte.id}`]: ({ body }) => reply(200, { queue: { ...suporte, ...(body as object) } }),
    });
    const { user } = renderApp('/queues');
    await user.click(await screen.findByRole('button', { name: 'Editar Suporte' }));
    const form = await screen.findByRole('dialog', { name: 'Editar fila' });
    const picker = within(form).getByRole('combobox', { name: 'Agente de IA' });
    await waitFor(() => expect(picker).toHaveTextContent('Rascunho (desativado)'));
    expect(picker).toHaveAccessibleDescription('Responde primeiro aos novos atendimentos desta fila. Tem prioridade sobre o agente da conexão.');

    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Assistente de vendas' }));
    await user.click(within(form).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Fila Suporte atualizada')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/queues/${suporte.id}`)[0]?.body).toMatchObject({ aiAgentId: 11 });
  });
});
