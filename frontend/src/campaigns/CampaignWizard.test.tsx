import { screen, waitFor, within } from '@testing-library/react';
import type { CampaignAudience } from '@atende/contract';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeConnection, makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeCampaign, makeStats } from './campaignFixtures';
import type { CampaignInput } from './campaignsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const loja = makeConnection({ name: 'Loja Centro', isDefault: true, status: 'CONNECTED' });
const vip = { id: 3, name: 'VIP', color: '#f9a825', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const audience: CampaignAudience = { total: 125, eligible: 120, optedOut: 3, groups: 1, invalid: 1 };

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: supervisor });
});

function server(routes: Record<string, FakeRoute> = {}) {
  return installFetch({
    'GET /api/whatsapps': () => reply(200, { whatsapps: [loja] }),
    'GET /api/tags': () => reply(200, { tags: [vip] }),
    'GET /api/contact-lists': () => reply(200, { contactLists: [] }),
    'GET /api/contacts': () => reply(200, { contacts: [], nextCursor: null }),
    'POST /api/campaigns/audience': () => reply(200, audience),
    'POST /api/campaigns/preview': ({ body }) => {
      const { messages } = body as { messages: { body: string }[] };
      return reply(200, {
        contact: { id: 9, name: 'Ana Souza', number: '5511999990000' },
        bodies: messages.map((m) => m.body.replaceAll('{{firstName}}', 'Ana')),
      });
    },
    ...routes,
  });
}

type User = ReturnType<typeof renderApp>['user'];

/** Step 1 filled in: a name and the VIP tag, then on to the message. */
async function fillAudience(user: User) {
  await user.type(await screen.findByLabelText(/^Nome da campanha/), 'Black Friday');
  await user.click(screen.getByRole('combobox', { name: 'Etiquetas' }));
  await user.click(await screen.findByRole('option', { name: 'VIP' }));
  expect(await screen.findByText('120 contatos vão receber')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Avançar' }));
}

describe('Campaign wizard', () => {
  it('counts the audience, fills variants with variables and a file, previews them, and starts after confirming', async () => {
    const created = makeCampaign({ name: 'Black Friday' });
    const running = { ...created, status: 'running' as const, stats: makeStats({ total: 125, pending: 120, optedOut: 3, excluded: 2 }) };
    const net = server({
      'POST /api/campaigns': ({ body }) => reply(201, { campaign: { ...created, ...(body as object), whatsapp: { id: loja.id, name: loja.name } } }),
      [`POST /api/campaigns/${created.id}/media`]: () =>
        reply(200, { campaign: { ...created, media: { mediaType: 'image', fileName: 'oferta.png', mimetype: 'image/png', size: 4 } } }),
      [`POST /api/campaigns/${created.id}/start`]: () => reply(200, { campaign: running }),
      [`GET /api/campaigns/${created.id}`]: () => reply(200, { campaign: running, stats: running.stats }),
      [`GET /api/campaigns/${created.id}/shippings`]: () => reply(200, { shippings: [], nextCursor: null }),
    });
    const { user } = renderApp('/campaigns/new');
    await user.type(await screen.findByLabelText(/^Nome da campanha/), 'Black Friday');
    await user.click(screen.getByRole('combobox', { name: 'Etiquetas' }));
    await user.click(await screen.findByRole('option', { name: 'VIP' }));
    const summary = await screen.findByRole('region', { name: 'Público' });
    expect(await within(summary).findByText('120 contatos vão receber')).toBeInTheDocument();
    expect(within(summary).getByText('Ficam de fora: 3 pediram para sair · 1 grupo · 1 número inválido')).toBeInTheDocument();
    expect(net.calls('POST', '/api/campaigns/audience').at(-1)?.body).toEqual({ tagIds: [vip.id], contactIds: [], contactListIds: [] });
    await user.click(screen.getByRole('button', { name: 'Avançar' }));

    const first = await screen.findByLabelText(/^Variação 1/);
    await user.type(first, 'Oi , aproveite!');
    (first as HTMLTextAreaElement).setSelectionRange(3, 3);
    await user.click(screen.getByRole('button', { name: 'Inserir Primeiro nome' }));
    await waitFor(() => expect(first).toHaveValue('Oi {{firstName}}, aproveite!'));
    await user.click(screen.getByRole('button', { name: 'Adicionar variação' }));
    await user.type(screen.getByLabelText(/^Variação 2/), 'Olá! Descontos hoje.');
    const file = new File(['png!'], 'oferta.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Anexar arquivo'), file);
    const bubble = await screen.findByRole('figure', { name: 'Prévia da variação 1' });
    expect(await within(bubble).findByText('Oi Ana, aproveite!')).toBeInTheDocument();
    expect(within(bubble).getByText('oferta.png')).toBeInTheDocument();
    expect(screen.getAllByText('Como Ana Souza vai ver')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Avançar' }));

    expect(await screen.findByRole('combobox', { name: /Conexão/ })).toHaveTextContent('Loja Centro');
    // 120 recipients at 12 a minute with up to 10 s more (5 s on average): 120 × (5 + 5) s.
    expect(screen.getByText('Duração estimada: 20 min')).toBeInTheDocument();
    expect(screen.getByText('para 120 contatos a 12 por minuto')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Iniciar campanha' }));
    const confirm = await screen.findByRole('dialog', { name: 'Iniciar a campanha?' });
    expect(within(confirm).getByText('A mensagem será enviada para 120 contatos pela conexão Loja Centro.')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Iniciar campanha' }));

    expect(await screen.findByText('Campanha iniciada')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar', { name: 'Progresso da campanha' })).toBeInTheDocument();
    const input = net.calls('POST', '/api/campaigns')[0]!.body as CampaignInput;
    expect(input).toEqual({
      name: 'Black Friday',
      whatsappId: loja.id,
      messages: [{ body: 'Oi {{firstName}}, aproveite!' }, { body: 'Olá! Descontos hoje.' }],
      target: { tagIds: [vip.id], contactIds: [], contactListIds: [] },
      scheduledAt: null,
      ratePerMinute: 12,
      jitterSeconds: 10,
      sendingWindow: null,
      ticketMode: 'log',
      queueId: null,
    });
    const upload = net.calls('POST', `/api/campaigns/${created.id}/media`)[0]!.body as FormData;
    expect((upload.get('file') as File).name).toBe('oferta.png');
    expect(net.calls('POST', `/api/campaigns/${created.id}/start`)).toHaveLength(1);
  });

  it('keeps the saved draft when starting is refused, says why, and updates that draft on the next try', async () => {
    const created = makeCampaign({ name: 'Black Friday' });
    const net = server({
      'POST /api/campaigns': () => reply(201, { campaign: created }),
      [`PUT /api/campaigns/${created.id}`]: () => reply(200, { campaign: created }),
      [`POST /api/campaigns/${created.id}/start`]: () => apiError(400, 'ERR_CAMPAIGN_AUDIENCE_EMPTY'),
    });
    const { user } = renderApp('/campaigns/new');
    await fillAudience(user);
    await user.type(await screen.findByLabelText(/^Variação 1/), 'Promoção!');
    await user.click(screen.getByRole('button', { name: 'Avançar' }));
    await user.click(await screen.findByRole('button', { name: 'Iniciar campanha' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Iniciar a campanha?' })).getByRole('button', { name: 'Iniciar campanha' }));
    expect(await screen.findByText('Nenhum contato do público pode receber esta campanha.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Iniciar campanha' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Iniciar a campanha?' })).getByRole('button', { name: 'Iniciar campanha' }));
    await waitFor(() => expect(net.calls('POST', `/api/campaigns/${created.id}/start`)).toHaveLength(2));
    expect(net.calls('POST', '/api/campaigns')).toHaveLength(1);
    expect(net.calls('PUT', `/api/campaigns/${created.id}`)).toHaveLength(1);
  });

  it('shows what is missing at each step before sending anything', async () => {
    const net = server();
    const { user } = renderApp('/campaigns/new');
    await screen.findByLabelText(/^Nome da campanha/);
    await user.click(screen.getByRole('button', { name: 'Avançar' }));
    expect(await screen.findByText('Campo obrigatório')).toBeInTheDocument();
    expect(screen.getByText('Escolha quem vai receber a campanha.')).toBeInTheDocument();
    await fillAudience(user);
    await user.click(await screen.findByRole('button', { name: 'Avançar' }));
    expect(await screen.findByText('Campo obrigatório')).toBeInTheDocument();
    expect(net.calls('POST', '/api/campaigns')).toHaveLength(0);
  });

  it('warns above 20 messages a minute and recomputes the estimated duration from the pace', async () => {
    server();
    const { user } = renderApp('/campaigns/new');
    await fillAudience(user);
    await user.type(await screen.findByLabelText(/^Variação 1/), 'Promoção!');
    await user.click(screen.getByRole('button', { name: 'Avançar' }));
    const rate = await screen.findByLabelText(/^Mensagens por minuto/);
    const jitter = screen.getByLabelText(/^Espera aleatória extra/);
    const warning = /números novos são banidos por disparos rápidos/;
    await user.clear(rate);
    await user.type(rate, '20');
    expect(screen.queryByText(warning)).not.toBeInTheDocument();
    await user.clear(jitter);
    await user.type(jitter, '0');
    // 120 recipients, one every 3 s.
    expect(screen.getByText('Duração estimada: 6 min')).toBeInTheDocument();
    await user.type(rate, '0');
    expect(screen.getByText(warning)).toBeInTheDocument();
    expect(screen.getByText('Duração estimada: 36 s')).toBeInTheDocument();
    await user.clear(rate);
    await user.type(rate, 'x');
    await user.click(screen.getByRole('button', { name: 'Iniciar campanha' }));
    expect(await screen.findByText('Informe um número inteiro a partir de 1')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
