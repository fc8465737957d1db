import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeApiToken } from './integrationFixtures';
import type { ApiToken } from './integrationsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const SECRET = 'atd_Zq8v3KpW1xYb7nR2mT5cLd9sFh4gJ0eA6uV';
const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const erp = makeApiToken({
  id: 1,
  name: 'ERP financeiro',
  prefix: 'atd_K9x',
  scopes: ['messages:send', 'contacts:read'],
  lastUsedAt: '2026-12-02T15:30:00.000Z',
});
const old = makeApiToken({ id: 2, name: 'Integração antiga', prefix: 'atd_P0q', revokedAt: '2026-11-20T10:00:00.000Z' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

function serve(initial: ApiToken[]) {
  let tokens = initial;
  const net = installFetch({
    'GET /api/api-tokens': () => reply(200, { apiTokens: tokens }),
    'POST /api/api-tokens': (request) => {
      const body = request.body as { name: string; scopes: ApiToken['scopes']; expiresAt?: string };
      const created = makeApiToken({ id: 3, name: body.name, prefix: SECRET.slice(0, 8), scopes: body.scopes, expiresAt: body.expiresAt ?? null });
      tokens = [created, ...tokens];
      return reply(201, { apiToken: created, token: SECRET });
    },
    'DELETE /api/api-tokens/1': () => {
      const revoked = { ...erp, revokedAt: '2026-12-03T09:00:00.000Z' };
      tokens = tokens.map((token) => (token.id === 1 ? revoked : token));
      return reply(200, { apiToken: revoked });
    },
  });
  return net;
}

describe('API tokens page', () => {
  it('lists tokens with prefix, scopes, expiry, last use and revoked ones, and links the API docs', async () => {
    serve([erp, old]);
    const { user } = renderApp('/api-tokens');
    const table = await screen.findByRole('table', { name: 'Lista de tokens de API' });
    const [, erpRow, oldRow] = within(table).getAllByRole('row');
    expect(erpRow).toHaveTextContent('ERP financeiro');
    expect(erpRow).toHaveTextContent('atd_K9x…');
    expect(within(erpRow!).getAllByText('contacts:read').length).toBeGreaterThan(0);
    expect(erpRow).toHaveTextContent('Não expira');
    expect(erpRow).toHaveTextContent('Ativo');
    expect(oldRow).toHaveTextContent('Revogado');
    expect(oldRow).toHaveTextContent('Nunca usado');
    expect(within(oldRow!).getByRole('button', { name: 'Revogar Integração antiga' })).toBeDisabled();
    const docs = screen.getByRole('link', { name: 'Ler a documentação da API' });
    expect(docs).toHaveAttribute('href', '/api/docs');
    expect(docs).toHaveAttribute('target', '_blank');

    // The admin menu's API section (a closed drawer on jsdom's narrow screen): tokens, webhooks, the docs in a new tab.
    await user.click(screen.getByRole('button', { name: 'Abrir menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navegação principal' });
    expect(within(nav).getByText('API')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/webhooks');
    expect(within(nav).getByRole('link', { name: 'Documentação da API' })).toHaveAttribute('target', '_blank');
  });

  it('creates a token, shows it once with a copy button, and forgets it after closing', async () => {
    const net = serve([erp]);
    const { user } = renderApp('/api-tokens');
    await screen.findByRole('table', { name: 'Lista de tokens de API' });

    await user.click(screen.getByRole('button', { name: 'Novo token' }));
    const form = screen.getByRole('dialog', { name: 'Novo token de API' });
    await user.type(within(form).getByRole('textbox', { name: 'Nome' }), 'n8n');
    await user.click(within(form).getByRole('button', { name: 'Criar' }));
    expect(await within(form).findByText('Escolha pelo menos uma permissão')).toBeInTheDocument();
    expect(net.calls('POST', '/api/api-tokens')).toHaveLength(0);

    await user.click(within(form).getByRole('checkbox', { name: /Enviar mensagens/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Ler atendimentos/ }));
    await user.click(within(form).getByRole('combobox', { name: 'Validade' }));
    await user.click(screen.getByRole('option', { name: '90 dias' }));
    await user.click(within(form).getByRole('button', { name: 'Criar' }));

    const shown = await screen.findByRole('dialog', { name: 'Token criado' });
    const [sent] = net.calls('POST', '/api/api-tokens');
    const body = sent!.body as { name: string; scopes: string[]; expiresAt: string };
    expect(body.name).toBe('n8n');
    expect(body.scopes).toEqual(['messages:send', 'tickets:read']);
    const days = (new Date(body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);

    expect(within(shown).getByText(/não será mostrado de novo/)).toBeInTheDocument();
    expect(within(shown).getByRole('textbox', { name: 'Token' })).toHaveValue(SECRET);
    await user.click(within(shown).getByRole('button', { name: 'Copiar token' }));
    expect(await screen.findByText('Token copiado')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    // The new token is listed by name and prefix only.
    expect(within(screen.getByRole('table', { name: 'Lista de tokens de API', hidden: true })).getByText('n8n')).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Já copiei, fechar' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Token criado' })).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
  });

  it('revokes a token after a confirmation and shows it revoked', async () => {
    const net = serve([erp, old]);
    const { user } = renderApp('/api-tokens');
    await user.click(await screen.findByRole('button', { name: 'Revogar ERP financeiro' }));
    const confirm = screen.getByRole('dialog', { name: 'Revogar token?' });
    expect(confirm).toHaveTextContent('Os sistemas que usam o token “ERP financeiro” perdem o acesso na hora.');
    await user.click(within(confirm).getByRole('button', { name: 'Revogar' }));

    expect(await screen.findByText('Token “ERP financeiro” revogado')).toBeInTheDocument();
    expect(net.calls('DELETE', '/api/api-tokens/1')).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Revogar ERP financeiro' })).toBeDisabled());
    expect(screen.getAllByText('Revogado')).toHaveLength(2);
  });

  it('is for admins only: a supervisor neither sees the menu entries nor the page', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'supervisor' }) });
    const net = installFetch({ 'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null }) });
    const { user } = renderApp('/api-tokens');
    expect(await screen.findByText(/não tem permissão/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abrir menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navegação principal' });
    expect(within(nav).getByRole('link', { name: 'Respostas rápidas' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Tokens de API' })).toBeNull();
    expect(within(nav).queryByText('API')).toBeNull();
    expect(net.calls('GET', '/api/api-tokens')).toHaveLength(0);
  });
});
