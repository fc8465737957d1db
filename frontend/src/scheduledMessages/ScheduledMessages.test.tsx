import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import { inboxServer } from '../tickets/list/inboxTestServer';
import { toLocalInput, type ScheduledMessage } from './scheduledMessagesApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ name: 'Bia Atendente', profile: 'user' });
const at = '2026-12-07T12:00:00.000Z';
const pending: ScheduledMessage = {
  id: 7,
  contact: { id: 61, name: 'Carlos Lima', number: '5511977776661' },
  whatsapp: { id: 1, name: 'Loja' },
  user: { id: me.id, name: me.name },
  body: 'Oi {{firstName}}, seu pedido chegou',
  sendAt: '2030-01-02T13:30:00.000Z',
  status: 'pending',
  messageId: null,
  ticketId: null,
  error: null,
  sentAt: null,
  createdAt: at,
  updatedAt: at,
};
const sent: ScheduledMessage = { ...pending, id: 6, body: 'Lembrete enviado', status: 'sent', messageId: 90, ticketId: 5, sentAt: at };

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
});

function server(routes: Record<string, FakeRoute> = {}) {
  return installFetch({ 'GET /api/scheduled-messages': () => reply(200, { scheduledMessages: [pending, sent] }), ...routes });
}

describe('Scheduled messages page', () => {
  it('lists them with their status; only a pending one can be edited, and the edit sends the new text and time', async () => {
    const net = server({ 'PUT /api/scheduled-messages/7': ({ body }) => reply(200, { scheduledMessage: { ...pending, ...(body as object) } }) });
    const { user } = renderApp('/scheduled-messages');
    const table = await screen.findByRole('table', { name: 'Mensagens agendadas' });
    const pendingRow = within(table).getByText(pending.body).closest('tr') as HTMLElement;
    const sentRow = within(table).getByText('Lembrete enviado').closest('tr') as HTMLElement;
    expect(within(pendingRow).getByText('Agendada')).toBeInTheDocument();
    expect(within(sentRow).getByText('Enviada')).toBeInTheDocument();
    expect(within(sentRow).queryByRole('button', { name: 'Editar' })).not.toBeInTheDocument();

    await user.click(within(pendingRow).getByRole('button', { name: 'Editar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar mensagem agendada' });
    const text = within(dialog).getByLabelText(/^Mensagem/);
    expect(text).toHaveValue(pending.body);
    expect(within(dialog).getByLabelText(/^Enviar em/)).toHaveValue(toLocalInput(pending.sendAt));
    await user.clear(text);
    await user.type(text, 'Texto novo');
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));
    await waitFor(() => expect(net.calls('PUT', '/api/scheduled-messages/7')).toHaveLength(1));
    expect(net.calls('PUT', '/api/scheduled-messages/7')[0]!.body).toEqual({ body: 'Texto novo', sendAt: pending.sendAt });
    expect(await screen.findByText('Mensagem agendada alterada')).toBeInTheDocument();
  });

  it('cancels a pending one after asking, and says so when it went out meanwhile', async () => {
    const net = server({ 'DELETE /api/scheduled-messages/7': () => apiError(409, 'ERR_SCHEDULED_MESSAGE_NOT_PENDING') });
    const { user } = renderApp('/scheduled-messages');
    const row = (await screen.findByText(pending.body)).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Cancelar agendamento' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancelar a mensagem agendada?' });
    expect(within(confirm).getByText('A mensagem para Carlos Lima não será enviada.')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar agendamento' }));
    expect(await screen.findByText('Esta mensagem agendada já foi enviada ou cancelada.')).toBeInTheDocument();
    expect(net.calls('DELETE', '/api/scheduled-messages/7')).toHaveLength(1);
  });
});

describe('Scheduling from the chat header', () => {
  it('schedules a text to the ticket’s contact from its connection, at the chosen local time', async () => {
    const ticket = makeTicket({ status: 'open', userId: me.id, contact: pending.contact });
    const { net } = inboxServer([ticket], {
      routes: { 'POST /api/scheduled-messages': ({ body }) => reply(201, { scheduledMessage: { ...pending, ...(body as object) } }) },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await user.click(await screen.findByRole('button', { name: 'Agendar mensagem' }));
    const dialog = await screen.findByRole('dialog', { name: 'Agendar mensagem para Carlos Lima' });
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));
    expect(await within(dialog).findAllByText('Campo obrigatório')).toHaveLength(2);
    expect(net.calls('POST', '/api/scheduled-messages')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Mensagem/), 'Bom dia! Seu orçamento');
    await user.type(within(dialog).getByLabelText(/^Enviar em/), '2030-01-02T10:30');
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));
    await waitFor(() => expect(net.calls('POST', '/api/scheduled-messages')).toHaveLength(1));
    expect(net.calls('POST', '/api/scheduled-messages')[0]!.body).toEqual({
      contactId: pending.contact.id,
      whatsappId: ticket.whatsappId,
      body: 'Bom dia! Seu orçamento',
      sendAt: new Date('2030-01-02T10:30').toISOString(),
    });
    expect(await screen.findByText('Mensagem agendada')).toBeInTheDocument();
  });
});
