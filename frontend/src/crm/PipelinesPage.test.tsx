import { screen, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { PipelineInput } from './crmApi';
import { makePipeline } from './crmFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Alice Admin', profile: 'admin' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: admin });
});

describe('Pipelines settings', () => {
  it('renames a pipeline, adds, renames, reorders and removes stages, and saves them in order', async () => {
    const pipeline = makePipeline();
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      [`PUT /api/pipelines/${pipeline.id}`]: () => reply(200, { pipeline }),
    });
    const { user } = renderApp('/pipelines');
    const section = await screen.findByRole('region', { name: 'Vendas' });
    const name = within(section).getByRole('textbox', { name: /Nome do funil/ });
    await user.clear(name);
    await user.type(name, 'Vendas B2B');
    await user.click(within(section).getByRole('button', { name: 'Adicionar etapa' }));
    const added = within(section).getAllByRole('textbox', { name: 'Nome da etapa' })[3]!;
    expect(added).toHaveValue('Nova etapa');
    await user.clear(added);
    await user.type(added, 'Negociação');
    await user.click(within(section).getByRole('button', { name: 'Subir Proposta' }));
    await user.click(within(section).getByRole('button', { name: 'Remover Qualificado' }));
    await user.click(within(section).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Funil salvo')).toBeInTheDocument();
    const body = net.calls('PUT', `/api/pipelines/${pipeline.id}`)[0]?.body as PipelineInput;
    expect(body.name).toBe('Vendas B2B');
    expect(body.stages.map((s) => [s.id, s.name, s.kind])).toEqual([
      [11, 'Novo lead', 'open'],
      [13, 'Proposta', 'open'],
      [undefined, 'Negociação', 'open'],
      [15, 'Ganho', 'won'],
      [16, 'Perdido', 'lost'],
    ]);
  });

  it('creates a pipeline only as the server allows it (one won stage at most), and shows the server’s refusal', async () => {
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [makePipeline()] }),
      'POST /api/pipelines': () => apiError(409, 'ERR_PIPELINE_TERMINAL_STAGES'),
    });
    const { user } = renderApp('/pipelines');
    await screen.findByRole('region', { name: 'Vendas' });
    await user.click(screen.getByRole('button', { name: 'Novo funil' }));
    const section = screen.getByRole('region', { name: 'Novo funil' });
    await user.type(within(section).getByRole('textbox', { name: /Nome do funil/ }), 'Pós-venda');
    // A second won stage: refused in the form.
    await user.click(within(section).getByRole('button', { name: 'Adicionar etapa' }));
    await user.click(within(section).getAllByRole('combobox', { name: 'Tipo' })[1]!);
    await user.click(await screen.findByRole('option', { name: 'Ganho' }));
    await user.click(within(section).getByRole('button', { name: 'Criar' }));
    expect(
      await within(section).findByText(
        'O funil precisa de pelo menos uma etapa em andamento, e tem no máximo uma de ganho e uma de perda; toda etapa tem nome.',
      ),
    ).toBeInTheDocument();
    expect(net.calls('POST', '/api/pipelines')).toHaveLength(0);
    // Without it, the form sends; the server's refusal is shown in the app's words.
    await user.click(within(section).getAllByRole('button', { name: 'Remover Ganho' })[0]!);
    await user.click(within(section).getByRole('button', { name: 'Criar' }));
    expect(await within(section).findByText('O funil pode ter no máximo uma etapa de ganho e uma de perda.')).toBeInTheDocument();
    expect(net.calls('POST', '/api/pipelines')[0]?.body).toMatchObject({ name: 'Pós-venda' });
  });

  it('is for admins only', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'supervisor' }) });
    installFetch({});
    renderApp('/pipelines');
    expect(await screen.findByText('Acesso restrito')).toBeInTheDocument();
  });
});
