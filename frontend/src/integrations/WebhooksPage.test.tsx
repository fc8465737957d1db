import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply, type FakeRequest } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeDelivery, makeWebhook } from './integrationFixtures';
import type { Webhook, WebhookDelivery, WebhookInput } from './integrationsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const SECRET = 'whsec_3q2-7wV9yXbA1cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV';
const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

/** One webhook's endpoints on a fake server whose log the test fills. */
function serveWebhook(
  webhook: Webhook,
  log: { deliveries: WebhookDelivery[] },
  extra: Record<string, (request: FakeRequest) => ReturnType<typeof reply>> = {},
) {
  return {
    [`GET /api/webhooks/${webhook.id}`]: () => reply(200, { webhook }),
    [`GET /api/webhooks/${webhook.id}/deliveries`]: () => reply(200, { deliveries: log.deliveries, nextCursor: null }),
    ...extra,
  };
}

describe('webhooks', () => {
  it('creates a webhook for a local n8n, shows its secret once, then opens its page to send a test event', async () => {
    let webhooks: Webhook[] = [];
    const log = { deliveries: [] as WebhookDelivery[] };
    const created = makeWebhook({
      id: 9,
      name: 'n8n',
      url: 'http://127.0.0.1:5678/webhook/atende',
      events: ['message.created', 'ticket.created'],
      allowLocal: true,
    });
    const test = makeDelivery({
      event: 'webhook.test',
      status: 'pending',
      attempts: 0,
      responseStatus: null,
      responseMs: null,
      responseBody: null,
      lastAttemptAt: null,
    });
    const net = installFetch({
      'GET /api/webhooks': () => reply(200, { webhooks }),
      'POST /api/webhooks': () => {
        webhooks = [created];
        return reply(201, { webhook: created, secret: SECRET });
      },
      ...serveWebhook(created, log, {
        'POST /api/webhooks/9/test': () => {
          log.deliveries = [test];
          return reply(201, { delivery: test });
        },
      }),
    });
    const { user } = renderApp('/webhooks');
    expect(await screen.findByText('Nenhum webhook cadastrado ainda.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Novo webhook' }));
    const form = screen.getByRole('dialog', { name: 'Novo webhook' });
    await user.type(within(form).getByRole('textbox', { name: 'Nome' }), 'n8n');
    await user.type(within(form).getByRole('textbox', { name: 'URL' }), 'ftp://example.com');
    await user.click(within(form).getByRole('button', { name: 'Criar' }));
    expect(await within(form).findByText('Informe um endereço que comece com http:// ou https://')).toBeInTheDocument();

    const url = within(form).getByRole('textbox', { name: 'URL' });
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:5678/webhook/atende');
    expect(within(form).getByRole('checkbox', { name: /Mensagem criada/ })).toBeChecked();
    await user.click(within(form).getByRole('checkbox', { name: /Atendimento criado/ }));
    const allowLocal = within(form).getByRole('switch', { name: 'Permitir endereço local ou da rede interna' });
    expect(allowLocal).toHaveAccessibleDescription(/n8n auto-hospedado/);
    await user.click(allowLocal);
    await user.click(within(form).getByRole('button', { name: 'Criar' }));

    const shown = await screen.findByRole('dialog', { name: 'Segredo de assinatura' });
    expect(net.calls('POST', '/api/webhooks')[0]?.body).toEqual<WebhookInput>({
      name: 'n8n',
      url: 'http://127.0.0.1:5678/webhook/atende',
      events: ['message.created', 'ticket.created'],
      active: true,
      allowLocal: true,
    });
    expect(within(shown).getByRole('textbox', { name: 'Segredo' })).toHaveValue(SECRET);
    expect(within(shown).getByText(/não será mostrado de novo/)).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Copiar segredo' }));
    expect(await screen.findByText('Segredo copiado')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    await user.click(within(shown).getByRole('button', { name: 'Já copiei, fechar' }));

    // Its page: no secret any more, an empty log, and the test button.
    expect(await screen.findByRole('heading', { name: 'n8n' })).toBeInTheDocument();
    expect(await screen.findByText(/Nenhuma entrega ainda/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Segredo de assinatura' })).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);

    await user.click(screen.getByRole('button', { name: 'Enviar evento de teste' }));
    expect(await screen.findByText('Evento de teste enviado. Acompanhe o resultado no registro de entregas.')).toBeInTheDocument();
    expect(net.calls('POST', '/api/webhooks/9/test')).toHaveLength(1);
    const table = await screen.findByRole('table', { name: 'Registro de entregas' });
    expect(within(table).getByText('Evento de teste')).toBeInTheDocument();
    expect(within(table).getByText('Pendente')).toBeInTheDocument();
  });

  it('shows a failing test event with its error', async () => {
    const hook = makeWebhook({ id: 11, name: 'ERP' });
    const log = { deliveries: [] as WebhookDelivery[] };
    installFetch({
      ...serveWebhook(hook, log, { 'POST /api/webhooks/11/test': () => reply(409, { error: { code: 'ERR_WEBHOOK_INACTIVE', message: 'inactive' } }) }),
    });
    const { user } = renderApp('/webhooks/11');
    await user.click(await screen.findByRole('button', { name: 'Enviar evento de teste' }));
    expect(await screen.findByText('Este webhook está desativado. Ative-o antes de enviar.')).toBeInTheDocument();
  });

  it('lists the delivery log with statuses, shows what was sent and answered, and redelivers', async () => {
    const hook = makeWebhook({ id: 12, name: 'ERP', failingSince: '2026-12-01T11:00:00.000Z' });
    const ok = makeDelivery({ event: 'ticket.updated', createdAt: '2026-12-01T12:05:00.000Z' });
    const failed = makeDelivery({
      event: 'message.created',
      status: 'failed',
      attempts: 3,
      responseStatus: 500,
      responseMs: 1200,
      responseBody: '{"error":"database down"}',
      error: 'HTTP 500',
      createdAt: '2026-12-01T12:00:00.000Z',
    });
    const retrying = makeDelivery({ event: 'contact.created', status: 'pending', attempts: 1, responseStatus: 502, nextAttemptAt: '2026-12-01T12:10:00.000Z' });
    const log = { deliveries: [retrying, ok, failed] };
    const net = installFetch(
      serveWebhook(hook, log, {
        [`POST /api/webhooks/12/deliveries/${failed.id}/redeliver`]: () => {
          const again = { ...failed, status: 'pending' as const, nextAttemptAt: '2026-12-01T12:20:00.000Z' };
          log.deliveries = [retrying, ok, again];
          return reply(200, { delivery: again });
        },
      }),
    );
    const { user } = renderApp('/webhooks/12');
    expect(await screen.findByText(/Falhando desde/, { selector: '.MuiChip-label' })).toBeInTheDocument();
    expect(screen.getByText(/As entregas falham desde/)).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Registro de entregas' });
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('data-delivery'));
    expect(rows.map((row) => within(row).getByText(/Pendente|Entregue|Falhou/).textContent)).toEqual(['Pendente', 'Entregue', 'Falhou']);
    expect(rows[2]).toHaveTextContent('Mensagem criada');
    expect(rows[2]).toHaveTextContent('500');
    expect(rows[2]).toHaveTextContent('3');

    await user.click(within(rows[2]!).getByRole('button', { name: /Detalhes da entrega message.created/ }));
    const details = screen.getByRole('region', { name: /Detalhes da entrega message.created/ });
    expect(within(details).getByText(/"event": "message.created"/)).toBeInTheDocument();
    expect(within(details).getByText('{"error":"database down"}')).toBeInTheDocument();
    expect(within(details).getByText('Erro: HTTP 500')).toBeInTheDocument();

    await user.click(within(details).getByRole('button', { name: 'Reenviar' }));
    expect(await screen.findByText('Entrega colocada na fila de novo')).toBeInTheDocument();
    expect(net.calls('POST', `/api/webhooks/12/deliveries/${failed.id}/redeliver`)).toHaveLength(1);
    await waitFor(() => expect(within(rows[2]!).getByText('Pendente')).toBeInTheDocument());
    // Already queued again: a second click would only race the engine.
    expect(within(screen.getByRole('region', { name: /Detalhes da entrega message.created/ })).getByRole('button', { name: 'Reenviar' })).toBeDisabled();
  });

  it('rotates the secret after a confirmation and shows the new one once', async () => {
    const hook = makeWebhook({ id: 13, name: 'ERP' });
    const net = installFetch(serveWebhook(hook, { deliveries: [] }, { 'POST /api/webhooks/13/secret': () => reply(200, { webhook: hook, secret: SECRET }) }));
    const { user } = renderApp('/webhooks/13');
    await user.click(await screen.findByRole('button', { name: 'Gerar novo segredo' }));
    const confirm = screen.getByRole('dialog', { name: 'Gerar novo segredo?' });
    await user.click(within(confirm).getByRole('button', { name: 'Gerar novo segredo' }));
    const shown = await screen.findByRole('dialog', { name: 'Segredo de assinatura' });
    expect(net.calls('POST', '/api/webhooks/13/secret')).toHaveLength(1);
    expect(within(shown).getByRole('textbox', { name: 'Segredo' })).toHaveValue(SECRET);
    await user.click(within(shown).getByRole('button', { name: 'Já copiei, fechar' }));
    await waitFor(() => expect(screen.queryByDisplayValue(SECRET)).toBeNull());
  });

  it('lists webhooks with their status: active, failing, disabled after failures, switched off', async () => {
    installFetch({
      'GET /api/webhooks': () =>
        reply(200, {
          webhooks: [
            makeWebhook({ name: 'Bom' }),
            makeWebhook({ name: 'Instável', failingSince: '2026-12-01T11:00:00.000Z' }),
            makeWebhook({ name: 'Caído', active: false, disabledAt: '2026-12-02T11:00:00.000Z', failingSince: '2026-12-01T11:00:00.000Z' }),
            makeWebhook({ name: 'Pausado', active: false }),
          ],
        }),
    });
    renderApp('/webhooks');
    const table = await screen.findByRole('table', { name: 'Lista de webhooks' });
    const status = (name: string) =>
      within(
        within(table)
          .getByRole('link', { name: `Abrir ${name}` })
          .closest('tr')!,
      ).getByText(/Ativo|Falhando|Desativado|Desligado/).textContent;
    expect(status('Bom')).toBe('Ativo');
    expect(status('Instável')).toMatch(/^Falhando desde /);
    expect(status('Caído')).toMatch(/^Desativado em /);
    expect(status('Pausado')).toBe('Desligado');
  });
});
