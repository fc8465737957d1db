import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import { inboxServer } from '../tickets/list/inboxTestServer';
import type { DealTimelineEntry } from './crmApi';
import { makeContact } from '../contacts/contactFixtures';
import { giveListsLayout } from '../test/layout';
import { makeBoard, makeDeal, makePipeline, makeTask } from './crmFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ id: 7, name: 'Ana Atendente', profile: 'user' });
const pipeline = makePipeline();

let restoreLayout: () => void;
beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
  restoreLayout = giveListsLayout();
});
afterEach(() => restoreLayout());

describe('Deal drawer', () => {
  it('shows the deal, its history with a link to the chat, and adds a note and a task', async () => {
    const deal = makeDeal({ title: 'Plano anual', stageId: 12, value: 990000, source: 'ticket', ticketId: 44, expectedCloseAt: '2026-12-20T12:00:00.000Z' });
    const timeline: DealTimelineEntry[] = [
      {
        id: 's1',
        kind: 'stageChanged',
        at: '2026-12-02T10:00:00.000Z',
        user: { id: 7, name: 'Ana Atendente' },
        from: { stageId: 11, name: 'Novo lead' },
        to: { stageId: 12, name: 'Qualificado' },
      },
      { id: 't1', kind: 'ticket', at: '2026-12-01T10:00:00.000Z', user: null, body: 'Quero o plano anual', ticketId: 44, ticketUuid: 'abc-44' },
    ];
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      'GET /api/deals/board': () => reply(200, makeBoard(pipeline, [deal])),
      [`GET /api/deals/${deal.id}`]: () => reply(200, { deal }),
      [`GET /api/deals/${deal.id}/timeline`]: () => reply(200, { timeline }),
      [`POST /api/deals/${deal.id}/notes`]: ({ body }) =>
        reply(201, {
          entry: { id: 'n1', kind: 'note', at: new Date().toISOString(), user: { id: 7, name: 'Ana Atendente' }, body: (body as { body: string }).body },
        }),
      'POST /api/tasks': ({ body }) => reply(201, { task: makeTask({ title: (body as { title: string }).title, deal: { id: deal.id, title: deal.title } }) }),
    });
    const { user } = renderApp(`/deals/${deal.id}`);
    const drawer = await screen.findByRole('dialog', { name: 'Plano anual' });
    expect(await within(drawer).findByText('R$ 9.900,00')).toBeInTheDocument();
    expect(within(drawer).getByText('Conversa no WhatsApp')).toBeInTheDocument();
    expect(within(drawer).getByText('20/12/2026')).toBeInTheDocument();
    expect(await within(drawer).findByText('De Novo lead para Qualificado')).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: 'Conversa: Quero o plano anual' })).toHaveAttribute('href', '/tickets/abc-44');

    await user.type(within(drawer).getByRole('textbox', { name: 'Nova nota' }), 'Ligar na segunda');
    await user.click(within(drawer).getByRole('button', { name: 'Anotar' }));
    expect(await within(drawer).findByText('Ligar na segunda')).toBeInTheDocument();
    expect(net.calls('POST', `/api/deals/${deal.id}/notes`)[0]?.body).toEqual({ body: 'Ligar na segunda' });

    await user.click(within(drawer).getByRole('button', { name: 'Nova tarefa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova tarefa' });
    await user.type(within(dialog).getByRole('textbox', { name: /O que fazer/ }), 'Enviar proposta');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Tarefa criada')).toBeInTheDocument();
    expect(net.calls('POST', '/api/tasks')[0]?.body).toMatchObject({ title: 'Enviar proposta', dealId: deal.id, contactId: 900 });
  });

  it('edits the deal’s fields, the value typed in reais and sent in cents', async () => {
    const deal = makeDeal({ title: 'Site novo', stageId: 11, value: 50000 });
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      'GET /api/deals/board': () => reply(200, makeBoard(pipeline, [deal])),
      [`GET /api/deals/${deal.id}`]: () => reply(200, { deal }),
      [`GET /api/deals/${deal.id}/timeline`]: () => reply(200, { timeline: [] }),
      [`PUT /api/deals/${deal.id}`]: ({ body }) => reply(200, { deal: { ...deal, ...(body as object) } }),
    });
    const { user } = renderApp(`/deals/${deal.id}`);
    const drawer = await screen.findByRole('dialog', { name: 'Site novo' });
    await user.click(await within(drawer).findByRole('button', { name: 'Editar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar negócio' });
    const value = within(dialog).getByRole('textbox', { name: 'Valor (R$)' });
    expect(value).toHaveValue('500,00');
    await user.clear(value);
    await user.type(value, '1.234,50');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(net.calls('PUT', `/api/deals/${deal.id}`)).toHaveLength(1));
    expect(net.calls('PUT', `/api/deals/${deal.id}`)[0]?.body).toMatchObject({ title: 'Site novo', value: 123450 });
    expect(await within(drawer).findByText('R$ 1.234,50')).toBeInTheDocument();
  });

  it('scores a lead by hand when nobody has (the contact’s score), and every card of that contact shows it', async () => {
    const unscored = { id: 900, name: 'Maria Cliente', number: '5511999990000', leadScore: null, leadBucket: null };
    const deal = makeDeal({ title: 'Site novo', stageId: 11, contact: unscored });
    const other = makeDeal({ title: 'Manutenção', stageId: 12, contact: unscored });
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      'GET /api/deals/board': () => reply(200, makeBoard(pipeline, [deal, other])),
      [`GET /api/deals/${deal.id}`]: () => reply(200, { deal }),
      [`GET /api/deals/${deal.id}/timeline`]: () => reply(200, { timeline: [] }),
      'PUT /api/contacts/900': ({ body }) =>
        reply(200, { contact: makeContact({ ...unscored, leadScore: (body as { leadScore: number }).leadScore, leadBucket: 'hot' }) }),
    });
    const { user } = renderApp(`/deals/${deal.id}`);
    const drawer = await screen.findByRole('dialog', { name: 'Site novo' });
    const field = await within(drawer).findByRole('textbox', { name: 'Pontuação do lead (0–100)' });
    expect(field).toHaveValue('');
    expect(within(drawer).getByRole('button', { name: 'Salvar pontuação' })).toBeDisabled();
    await user.type(field, '150');
    await user.click(within(drawer).getByRole('button', { name: 'Salvar pontuação' }));
    expect(await within(drawer).findByText('Um número inteiro de 0 a 100, ou vazio')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/contacts/900')).toHaveLength(0);
    await user.clear(field);
    await user.type(field, '80');
    await user.click(within(drawer).getByRole('button', { name: 'Salvar pontuação' }));
    expect(await screen.findByText('Pontuação salva')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/contacts/900')[0]?.body).toEqual({ leadScore: 80 });
    expect(within(drawer).getByText('Quente 80')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Site novo' })).not.toBeInTheDocument());
    expect(within(screen.getByRole('listitem', { name: 'Site novo' })).getByText('Quente 80')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Manutenção' })).getByText('Quente 80')).toBeInTheDocument();
  });

  it('a supervisor hands the deal to someone else, and deletes it after asking', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ id: 5, name: 'Sara Supervisora', profile: 'supervisor' }) });
    const deal = makeDeal({ title: 'Site novo', stageId: 11 });
    const bruno = makeUser({ id: 8, name: 'Bruno Vendas', profile: 'user' });
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      'GET /api/deals/board': () => reply(200, makeBoard(pipeline, [deal])),
      'GET /api/users': () => reply(200, { users: [bruno, makeUser({ id: 7, name: 'Ana Atendente' })], nextCursor: null }),
      [`GET /api/deals/${deal.id}`]: () => reply(200, { deal }),
      [`GET /api/deals/${deal.id}/timeline`]: () => reply(200, { timeline: [] }),
      [`PUT /api/deals/${deal.id}`]: () => reply(200, { deal: { ...deal, owner: { id: 8, name: 'Bruno Vendas' } } }),
      [`DELETE /api/deals/${deal.id}`]: () => reply(200, { deal }),
    });
    const { user } = renderApp(`/deals/${deal.id}`);
    const drawer = await screen.findByRole('dialog', { name: 'Site novo' });
    await user.click(await within(drawer).findByRole('button', { name: 'Editar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar negócio' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Responsável' }));
    await user.click(await screen.findByRole('option', { name: 'Bruno Vendas' }));
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    await waitFor(() => expect(net.calls('PUT', `/api/deals/${deal.id}`)).toHaveLength(1));
    expect(net.calls('PUT', `/api/deals/${deal.id}`)[0]?.body).toMatchObject({ ownerId: 8 });
    expect(await within(drawer).findByText('Bruno Vendas')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: 'Excluir' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir o negócio?' });
    expect(net.calls('DELETE', `/api/deals/${deal.id}`)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Negócio excluído')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Site novo' })).not.toBeInTheDocument());
  });

  it('"Criar negócio" in the chat header creates a deal for the contact, linked to the ticket', async () => {
    const ticket = makeTicket({ status: 'open', userId: me.id, contact: { id: 31, name: 'Carlos Lima', number: '5511977776666' } });
    const created = makeDeal({ title: 'Carlos Lima', contact: { id: 31, name: 'Carlos Lima', number: '5511977776666', leadScore: null, leadBucket: null } });
    const { net } = inboxServer([ticket], {
      routes: {
        'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
        'POST /api/deals': () => reply(201, { deal: created }),
      },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await user.click(await screen.findByRole('button', { name: 'Criar negócio' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo negócio' });
    expect(within(dialog).getByText('Contato: Carlos Lima')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Título/ })).toHaveValue('Carlos Lima');
    await user.type(within(dialog).getByRole('textbox', { name: 'Valor (R$)' }), '2500');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Negócio criado')).toBeInTheDocument();
    expect(net.calls('POST', '/api/deals')[0]?.body).toEqual({
      title: 'Carlos Lima',
      value: 250000,
      pipelineId: 1,
      stageId: 11,
      contactId: 31,
      ticketId: ticket.id,
      expectedCloseAt: null,
    });
  });

  it('lists the contact’s deals in the contact drawer', async () => {
    const ticket = makeTicket({ status: 'open', userId: me.id, contact: { id: 31, name: 'Carlos Lima', number: '5511977776666' } });
    const deal = makeDeal({ title: 'Renovação', stageId: 13, value: 300000 });
    const { net } = inboxServer([ticket], {
      routes: {
        'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
        'GET /api/deals': () => reply(200, { deals: [deal], nextCursor: null }),
        'GET /api/contacts/31': () => reply(404, { error: { code: 'ERR_CONTACT_NOT_FOUND', message: '' } }),
        [`GET /api/tickets/${ticket.id}/notes`]: () => reply(200, { notes: [] }),
        [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
      },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await user.click(await screen.findByRole('button', { name: 'Dados do contato' }));
    const drawer = await screen.findByRole('dialog', { name: 'Carlos Lima' });
    const list = await within(drawer).findByRole('list', { name: 'Negócios' });
    expect(within(list).getByRole('link', { name: 'Renovação' })).toHaveAttribute('href', `/deals/${deal.id}`);
    expect(await within(list).findByText('Proposta · R$ 3.000,00')).toBeInTheDocument();
    expect(new URL(net.calls('GET', '/api/deals')[0]!.url, 'http://x').searchParams.get('contactId')).toBe('31');
    expect(within(drawer).getByRole('button', { name: 'Criar negócio' })).toBeInTheDocument();
  });
});
