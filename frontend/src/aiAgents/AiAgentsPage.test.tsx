import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeAiAgent } from './aiAgentFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
// Dialogs hide the page from queries until their exit transition ends; on a busy machine that takes a while.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(60_000);

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const vendas = makeAiAgent({ id: 1, name: 'Assistente de vendas', model: 'gpt-4o-mini', baseUrl: 'https://api.openai.com/v1', hasApiKey: true });
const local = makeAiAgent({ id: 2, name: 'Llama da loja', model: 'llama3.1', baseUrl: 'http://localhost:11434/v1', hasApiKey: false, enabled: false });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

/** The side menu (a closed drawer on jsdom's narrow screen, opened first). */
async function openMenu(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Abrir menu' }));
  return screen.findByRole('navigation', { name: 'Navegação principal' });
}

const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr') as HTMLElement;

describe('AiAgentsPage', () => {
  it('lists each agent with its model, server, key state and status, and is in the admin menu', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [vendas, local] }) });
    const { user } = renderApp('/ai-agents');
    const table = await screen.findByRole('table', { name: 'Lista de agentes de IA' });

    const first = rowOf(table, 'Assistente de vendas');
    expect(within(first).getByText('api.openai.com')).toBeInTheDocument();
    expect(within(first).getAllByText(/gpt-4o-mini/).length).toBeGreaterThan(0);
    expect(within(first).getByText('Chave salva')).toBeInTheDocument();
    expect(within(first).getByText('Ativo')).toBeInTheDocument();
    const second = rowOf(table, 'Llama da loja');
    expect(within(second).getByText('localhost:11434')).toBeInTheDocument();
    expect(within(second).getByText('Sem chave')).toBeInTheDocument();
    expect(within(second).getByText('Desativado')).toBeInTheDocument();

    expect(within(first).getByRole('button', { name: 'Testar Assistente de vendas' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Editar Assistente de vendas' })).toBeInTheDocument();
    const menu = await openMenu(user);
    expect(within(menu).getByRole('link', { name: 'Agentes de IA' })).toHaveAttribute('href', '/ai-agents');
  });

  it('shows a supervisor the agents without anything to change or try', async () => {
    session.set({ accessToken: 'token-1', user: supervisor });
    installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [vendas] }) });
    renderApp('/ai-agents');
    const table = await screen.findByRole('table', { name: 'Lista de agentes de IA' });
    expect(within(table).getByText('Assistente de vendas')).toBeInTheDocument();
    expect(screen.getByText('Somente administradores criam, alteram e testam agentes de IA.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Novo agente' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps attendants out: no menu entry, and the address answers "no permission"', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
    const net = installFetch({});
    const { user } = renderApp('/ai-agents');
    expect(await screen.findByRole('heading', { name: 'Acesso restrito' })).toBeInTheDocument();
    const menu = await openMenu(user);
    expect(within(menu).getByRole('link', { name: 'Contatos' })).toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Agentes de IA' })).not.toBeInTheDocument();
    expect(net.calls('GET', '/api/ai-agents')).toHaveLength(0);
  });

  it("follows another admin's changes live through the aiAgent event", async () => {
    session.set({ accessToken: 'token-1', user: admin });
    let agents = [vendas];
    const net = installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: agents }) });
    renderApp('/ai-agents');
    const table = await screen.findByRole('table', { name: 'Lista de agentes de IA' });
    expect(within(table).queryByText('Llama da loja')).not.toBeInTheDocument();

    agents = [vendas, local];
    act(() => sockets.at(-1)?.serverEmit('aiAgent', { action: 'created', aiAgentId: local.id }));
    expect(await within(table).findByText('Llama da loja')).toBeInTheDocument();
    expect(net.calls('GET', '/api/ai-agents')).toHaveLength(2);
  });

  it('says when there are no agents yet', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [] }) });
    renderApp('/ai-agents');
    expect(await screen.findByText('Nenhum agente de IA ainda. Crie um para responder seus clientes a qualquer hora.')).toBeInTheDocument();
  });

  it('deletes an agent after confirmation', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    let agents = [vendas, local];
    const net = installFetch({
      'GET /api/ai-agents': () => reply(200, { aiAgents: agents }),
      'DELETE /api/ai-agents/2': () => {
        agents = [vendas];
        return reply(204);
      },
    });
    const { user } = renderApp('/ai-agents');
    await user.click(await screen.findByRole('button', { name: 'Excluir Llama da loja' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir agente de IA?' });
    expect(confirm).toHaveTextContent('O agente Llama da loja deixará de responder nas conexões e filas em que está configurado.');
    await user.click(within(confirm).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Agente Llama da loja excluído')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('cell', { name: /Llama da loja/ })).not.toBeInTheDocument());
    expect(net.calls('DELETE', '/api/ai-agents/2')).toHaveLength(1);
  });
});
