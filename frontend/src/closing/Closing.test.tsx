import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import { makeContact } from '../contacts/contactFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const REASONS = [
  { id: 1, name: 'Resolvido', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  { id: 2, name: 'Spam', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
];

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

describe('closing a spam ticket from Aguardando', () => {
  it('asks for the reason the queue requires and sends the farewell only when left checked', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ name: 'Bia Atendente', profile: 'user' }) });
    const spam = makeTicket({ status: 'pending', queueId: 3, lastMessage: 'PROMOÇÃO!!!', contact: { id: 9, name: 'Spammer', number: '5511900000009' } });
    const net = installFetch({
      'GET /api/tickets': ({ url }) => {
        const pending = new URL(url, 'http://x').searchParams.get('status') === 'pending';
        return reply(200, { tickets: pending ? [spam] : [], nextCursor: null, counts: { open: 0, pending: 1, closed: 0 } });
      },
      'GET /api/queues': () => reply(200, { queues: [{ id: 3, name: 'Vendas', color: '#ff9800', closeReasonMode: 'required' }] }),
      'GET /api/close-reasons': () => reply(200, { closeReasons: REASONS }),
      [`PUT /api/tickets/${spam.id}`]: () => reply(200, { ticket: { ...spam, status: 'closed', closeReason: { id: 2, name: 'Spam' } } }),
    });
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    await user.click(await screen.findByRole('button', { name: 'Encerrar o atendimento de Spammer sem aceitar' }));

    const dialog = await screen.findByRole('dialog', { name: 'Finalizar atendimento?' });
    const confirm = within(dialog).getByRole('button', { name: 'Finalizar' });
    expect(confirm).toBeDisabled(); // the queue requires a reason
    expect(dialog).toHaveTextContent('Escolha um motivo: esta fila exige um');
    await user.click(within(dialog).getByRole('combobox', { name: /Motivo do encerramento/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Resolvido', 'Spam']); // required: no "Sem motivo"
    await user.click(screen.getByRole('option', { name: 'Spam' }));
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(confirm);

    await waitFor(() =>
      expect(net.calls('PUT', `/api/tickets/${spam.id}`).map((r) => r.body)).toEqual([{ action: 'close', sendFarewell: false, closeReasonId: 2 }]),
    );
  });
});

describe('blocked contacts in Contatos', () => {
  const blocked = makeContact({ name: 'Hugo Spam', blockedAt: '2026-12-01T10:00:00.000Z', blockedMessages: 3 });
  const plain = makeContact({ name: 'Maria Silva' });

  function contactsServer() {
    return installFetch({
      'GET /api/contacts': ({ url }) => {
        const onlyBlocked = new URL(url, 'http://x').searchParams.get('blocked') === 'true';
        return reply(200, { contacts: onlyBlocked ? [blocked] : [blocked, plain], nextCursor: null });
      },
      'GET /api/tags': () => reply(200, { tags: [] }),
      [`PUT /api/contacts/${blocked.id}/block`]: () => reply(200, { contact: { ...blocked, blockedAt: null } }),
    });
  }

  it('marks them "Bloqueado", filters them on the server, and lets a supervisor unblock', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'supervisor' }) });
    const net = contactsServer();
    const { user } = renderApp('/contacts');
    const table = await screen.findByRole('table', { name: 'Lista de contatos' });
    const row = within(table).getByText('Hugo Spam').closest('tr') as HTMLElement;
    expect(within(row).getByTitle('3 mensagens descartadas')).toHaveTextContent('Bloqueado');
    expect(within(within(table).getByText('Maria Silva').closest('tr') as HTMLElement).queryByText('Bloqueado')).toBeNull();

    await user.click(screen.getByRole('switch', { name: 'Somente bloqueados' }));
    await waitFor(() => expect(screen.queryByText('Maria Silva')).not.toBeInTheDocument());
    expect(net.calls('GET', '/api/contacts').map((r) => new URL(r.url, 'http://x').searchParams.get('blocked'))).toEqual([null, 'true']);

    // The filtered list is a new render: the row is found again.
    await user.click(await screen.findByRole('button', { name: 'Desbloquear Hugo Spam' }));
    await waitFor(() => expect(net.calls('PUT', `/api/contacts/${blocked.id}/block`).map((r) => r.body)).toEqual([{ blocked: false }]));
    expect(await screen.findByText('Hugo Spam foi desbloqueado')).toBeInTheDocument();
  });

  it('offers no unblock to attendants (the server refuses them too)', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
    contactsServer();
    renderApp('/contacts');
    const row = (await screen.findByText('Hugo Spam')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Bloqueado')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Desbloquear Hugo Spam' })).toBeNull();
  });
});

describe('close reasons page', () => {
  it('lets an admin add, rename and delete reasons', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'admin' }) });
    const reasons = [...REASONS];
    const net = installFetch({
      'GET /api/close-reasons': () => reply(200, { closeReasons: reasons }),
      'POST /api/close-reasons': ({ body }) => {
        const created = { ...REASONS[0]!, id: 3, name: (body as { name: string }).name };
        reasons.push(created);
        return reply(201, { closeReason: created });
      },
      'PUT /api/close-reasons/1': ({ body }) => {
        reasons[0] = { ...reasons[0]!, name: (body as { name: string }).name };
        return reply(200, { closeReason: reasons[0] });
      },
      'DELETE /api/close-reasons/2': () => {
        reasons.splice(1, 1);
        return reply(204);
      },
    });
    const { user } = renderApp('/close-reasons');
    await user.type(await screen.findByRole('textbox', { name: 'Novo motivo' }), 'Sem resposta');
    await user.click(screen.getByRole('button', { name: 'Adicionar' }));
    expect(await screen.findByRole('textbox', { name: 'Renomear Sem resposta' })).toBeInTheDocument();

    const resolvido = screen.getByRole('textbox', { name: 'Renomear Resolvido' });
    await user.clear(resolvido);
    await user.type(resolvido, 'Resolvido pelo cliente');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    await user.click(screen.getByRole('button', { name: 'Excluir Spam' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Renomear Spam' })).not.toBeInTheDocument());
    expect(net.calls('POST', '/api/close-reasons').map((r) => r.body)).toEqual([{ name: 'Sem resposta' }]);
    expect(net.calls('PUT', '/api/close-reasons/1').map((r) => r.body)).toEqual([{ name: 'Resolvido pelo cliente' }]);
  });
});
