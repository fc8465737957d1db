import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, deferred, installFetch, reply, type FakeReply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { makeContact } from '../contacts/contactFixtures';
import { giveListsLayout, screenWidth, wideScreen } from '../test/layout';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeBoard, makeDeal, makePipeline } from './crmFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const attendant = makeUser({ id: 7, name: 'Ana Atendente', profile: 'user' });
const pipeline = makePipeline();
const first = makeDeal({ title: 'Plano anual', stageId: 11, position: 0, value: 150000 });
const second = makeDeal({ title: 'Site novo', stageId: 11, position: 1, value: 50000, contact: null });
const proposal = makeDeal({ title: 'Consultoria', stageId: 13, position: 0, value: 1234567 });

let restoreLayout: () => void;
beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: attendant });
  // Columns 600 px high, cards 100 px: about six in view, as on a laptop.
  restoreLayout = giveListsLayout({ list: 600, row: 100 });
});
afterEach(() => restoreLayout());

const column = (name: string) => screen.getByRole('region', { name });
const cardsIn = (name: string) =>
  within(within(column(name)).getByRole('list', { name }))
    .queryAllByRole('listitem')
    .map((card) => card.getAttribute('aria-label'));

function routes(extra: Record<string, FakeRoute> = {}) {
  return installFetch({
    'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
    'GET /api/deals/board': () => reply(200, makeBoard(pipeline, [first, second, proposal])),
    ...extra,
  });
}

describe('Deals kanban', () => {
  it('shows each stage with its count, its total in reais and its cards, and is in the menu', async () => {
    routes();
    const { user } = renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    expect(within(column('Novo lead')).getByLabelText('2 negócios')).toBeInTheDocument();
    expect(within(column('Novo lead')).getByText('R$ 2.000,00')).toBeInTheDocument();
    expect(within(column('Proposta')).getAllByText('R$ 12.345,67')).toHaveLength(2);
    expect(cardsIn('Novo lead')).toEqual(['Plano anual', 'Site novo']);
    const card = screen.getByRole('listitem', { name: 'Plano anual' });
    expect(within(card).getByText('Maria Cliente')).toBeInTheDocument();
    expect(within(card).getByText('Quente 85')).toBeInTheDocument();
    expect(within(card).getByText('Ana Atendente')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abrir menu' }));
    const nav = await screen.findByRole('navigation', { name: 'Navegação principal' });
    expect(within(nav).getByRole('link', { name: 'Negócios' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Tarefas' })).toBeInTheDocument();
    // Pipelines are set by admins.
    expect(within(nav).queryByRole('link', { name: 'Funis de vendas' })).not.toBeInTheDocument();
  });

  it('moves a card at once, sends the move, and keeps it there when the server agrees', async () => {
    const answer = deferred<FakeReply>();
    const net = routes({ [`PUT /api/deals/${first.id}`]: () => answer.promise });
    const { user } = renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    await user.click(screen.getByRole('button', { name: 'Mover Plano anual' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mover para Qualificado' }));
    // Shown moved before the server answers.
    await waitFor(() => expect(cardsIn('Qualificado')).toEqual(['Plano anual']));
    expect(within(column('Novo lead')).getByLabelText('1 negócio')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/deals/${first.id}`)[0]?.body).toEqual({ stageId: 12, position: 0 });
    answer.resolve(reply(200, { deal: { ...first, stageId: 12, position: 0 } }));
    // The socket's echo of the same move changes nothing.
    act(() => sockets[0]!.serverEmit('deal', { action: 'updated', deal: { ...first, stageId: 12, position: 0 }, previous: { stageId: 11, position: 0 } }));
    await waitFor(() => expect(cardsIn('Qualificado')).toEqual(['Plano anual']));
    expect(cardsIn('Novo lead')).toEqual(['Site novo']);
    expect(within(column('Qualificado')).getByLabelText('1 negócio')).toBeInTheDocument();
  });

  it('puts a refused move back, with the reason in the user’s words', async () => {
    routes({ [`PUT /api/deals/${first.id}`]: () => apiError(404, 'ERR_STAGE_NOT_FOUND') });
    const { user } = renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    await user.click(screen.getByRole('button', { name: 'Mover Plano anual' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mover para Proposta' }));
    expect(await screen.findByText('Etapa não encontrada.')).toBeInTheDocument();
    expect(cardsIn('Novo lead')).toEqual(['Plano anual', 'Site novo']);
    expect(cardsIn('Proposta')).toEqual(['Consultoria']);
  });

  it('asks why before a deal goes to the lost stage, and does not move it without a reason', async () => {
    const net = routes({
      [`PUT /api/deals/${second.id}`]: (request) => reply(200, { deal: { ...second, ...(request.body as object) } }),
    });
    const { user } = renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    await user.click(screen.getByRole('button', { name: 'Mover Site novo' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mover para Perdido' }));
    const dialog = await screen.findByRole('dialog', { name: 'Por que “Site novo” foi perdido?' });
    await user.click(within(dialog).getByRole('button', { name: 'Marcar como perdido' }));
    expect(await within(dialog).findByText('Campo obrigatório')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/deals/${second.id}`)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Motivo da perda/ }), 'Preço');
    await user.click(within(dialog).getByRole('button', { name: 'Marcar como perdido' }));
    await waitFor(() => expect(cardsIn('Perdido')).toEqual(['Site novo']));
    expect(net.calls('PUT', `/api/deals/${second.id}`)[0]?.body).toEqual({ stageId: 16, position: 0, lostReason: 'Preço' });
  });

  it('follows everyone’s moves, creations and deletions through the socket', async () => {
    routes();
    renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    act(() => sockets[0]!.serverEmit('deal', { action: 'updated', deal: { ...second, stageId: 13, position: 0 }, previous: { stageId: 11, position: 1 } }));
    await waitFor(() => expect(cardsIn('Proposta')).toEqual(['Site novo', 'Consultoria']));
    expect(cardsIn('Novo lead')).toEqual(['Plano anual']);
    const created = makeDeal({ title: 'Indicação', stageId: 12, position: 0, value: 1000 });
    act(() => sockets[0]!.serverEmit('deal', { action: 'created', deal: created }));
    await waitFor(() => expect(cardsIn('Qualificado')).toEqual(['Indicação']));
    expect(within(column('Qualificado')).getAllByText('R$ 10,00')).toHaveLength(2);
    act(() => sockets[0]!.serverEmit('deal', { action: 'deleted', deal: first }));
    await waitFor(() => expect(cardsIn('Novo lead')).toEqual([]));
    expect(within(column('Novo lead')).getByLabelText('Nenhum negócio')).toBeInTheDocument();
  });

  it('"Novo negócio" finds the customer by name and creates the deal for them', async () => {
    const maria = makeContact({ id: 77, name: 'Maria Silva', number: '5511987654321' });
    const created = makeDeal({ title: 'Maria Silva', stageId: 11, position: 2 });
    const net = routes({
      'GET /api/contacts': ({ url }) => {
        const search = new URL(url, 'http://x').searchParams.get('search') ?? '';
        return reply(200, { contacts: 'maria silva'.includes(search.toLowerCase()) ? [maria] : [], nextCursor: null });
      },
      'POST /api/deals': () => reply(201, { deal: created }),
    });
    const { user } = renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    await user.click(screen.getByRole('button', { name: 'Novo negócio' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo negócio' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Contato' }), 'Mari');
    await user.click(await screen.findByRole('option', { name: /Maria Silva/ }));
    expect(within(dialog).getByRole('textbox', { name: /Título/ })).toHaveValue('Maria Silva');
    await waitFor(() => expect(net.calls('GET', '/api/contacts').some((c) => new URL(c.url, 'http://x').searchParams.get('search') === 'Mari')).toBe(true));
    await user.type(within(dialog).getByRole('textbox', { name: 'Valor (R$)' }), '800');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Negócio criado')).toBeInTheDocument();
    expect(net.calls('POST', '/api/deals')[0]?.body).toMatchObject({ title: 'Maria Silva', value: 80000, pipelineId: 1, stageId: 11, contactId: 77 });
  });

  it('exports the pipeline’s deals as a CSV download', async () => {
    const createObjectURL = jest.fn(() => 'blob:deals');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicks: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const csv = new Blob(['\ufefftitulo;valor\r\n'], { type: 'text/csv' });
    const net = routes({ 'GET /api/exports/deals.csv': () => ({ status: 200, blob: csv }) });
    const { user } = renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    await user.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    const call = net.calls('GET', '/api/exports/deals.csv')[0]!;
    expect(call.headers.Authorization).toBe('Bearer token-1');
    expect(Object.fromEntries(new URL(call.url, 'http://x').searchParams)).toEqual({ pipelineId: '1', sep: 'semicolon' });
    expect(createObjectURL).toHaveBeenCalledWith(csv);
    expect(clicks[0]?.download).toMatch(/^negocios-\d{4}-\d{2}-\d{2}\.csv$/);
    click.mockRestore();
  });

  it('shows a contact scored or renamed elsewhere on its cards, live', async () => {
    routes();
    renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    expect(within(screen.getByRole('listitem', { name: 'Plano anual' })).getByText('Quente 85')).toBeInTheDocument();
    act(() =>
      sockets[0]!.serverEmit('contact', {
        action: 'updated',
        contact: makeContact({ id: 900, name: 'Maria C. Souza', number: '5511999990000', leadScore: 45, leadBucket: 'warm' }),
      }),
    );
    const card = screen.getByRole('listitem', { name: 'Plano anual' });
    expect(await within(card).findByText('Morno 45')).toBeInTheDocument();
    expect(within(card).getByText('Maria C. Souza')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Consultoria' })).getByText('Morno 45')).toBeInTheDocument();
  });

  it('loads the next page of a column by itself when the end of its cards is in view', async () => {
    const later = makeDeal({ title: 'Mais um', stageId: 13, position: 1 });
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      'GET /api/deals/board': () => reply(200, makeBoard(pipeline, [proposal], { 13: { count: 2, total: 2000000, nextCursor: 'c1' } })),
      'GET /api/deals': () => reply(200, { deals: [later], nextCursor: null }),
    });
    renderApp('/deals');
    await screen.findByRole('region', { name: 'Proposta' });
    // One card does not fill the column: its end is in view, so the next page comes without a click.
    await waitFor(() => expect(cardsIn('Proposta')).toEqual(['Consultoria', 'Mais um']));
    const url = new URL(net.calls('GET', '/api/deals')[0]!.url, 'http://x');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ pipelineId: '1', stageId: '13', cursor: 'c1' });
    expect(net.calls('GET', '/api/deals')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Carregar mais em Proposta' })).not.toBeInTheDocument();
  });

  it('keeps only the cards in view of a column of hundreds in the page, and pages in more as it is scrolled', async () => {
    const many = Array.from({ length: 50 }, (_, i) => makeDeal({ title: `Lead ${i}`, stageId: 11, position: i, value: 100 }));
    const next = Array.from({ length: 50 }, (_, i) => makeDeal({ title: `Lead ${50 + i}`, stageId: 11, position: 50 + i, value: 100 }));
    const page = deferred<FakeReply>();
    let pages = 0;
    const net = installFetch({
      'GET /api/pipelines': () => reply(200, { pipelines: [pipeline] }),
      'GET /api/deals/board': () => reply(200, makeBoard(pipeline, many, { 11: { count: 400, total: 40000, nextCursor: 'p49.1' } })),
      'GET /api/deals': () => (++pages === 1 ? page.promise : reply(200, { deals: [], nextCursor: null })),
    });
    renderApp('/deals');
    await screen.findByRole('region', { name: 'Novo lead' });
    await waitFor(() => expect(cardsIn('Novo lead')[0]).toBe('Lead 0'));
    // Six in view and a few either side, not the 50 loaded.
    const shown = cardsIn('Novo lead');
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(20);
    expect(within(column('Novo lead')).getByLabelText('400 negócios')).toBeInTheDocument();
    expect(net.calls('GET', '/api/deals')).toHaveLength(0);
    // Scrolled to the end of what is loaded: the first cards leave the page, the last ones come, the next page is asked for.
    const list = within(column('Novo lead')).getByRole('list', { name: 'Novo lead' });
    act(() => {
      list.scrollTop = 50 * 108 - 600;
      list.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(cardsIn('Novo lead')).toContain('Lead 49'));
    expect(cardsIn('Novo lead')).not.toContain('Lead 0');
    await waitFor(() => expect(net.calls('GET', '/api/deals')).toHaveLength(1));
    expect(new URL(net.calls('GET', '/api/deals')[0]!.url, 'http://x').searchParams.get('cursor')).toBe('p49.1');
    page.resolve(reply(200, { deals: next, nextCursor: 'p99.2' }));
    act(() => {
      list.scrollTop = 100 * 108 - 600;
      list.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(cardsIn('Novo lead')).toContain('Lead 99'));
    expect(cardsIn('Novo lead').length).toBeLessThan(20);
  });

  describe('on a phone', () => {
    // Every media query that asks "at most this wide" matches: a narrow screen.
    beforeEach(() => {
      screenWidth(390);
    });
    afterEach(() => {
      wideScreen();
    });

    it('shows one column at a time, chosen by its tab, and moves cards with the menu', async () => {
      routes({ [`PUT /api/deals/${first.id}`]: (request) => reply(200, { deal: { ...first, ...(request.body as object) } }) });
      const { user } = renderApp('/deals');
      await screen.findByRole('region', { name: 'Novo lead' });
      expect(screen.queryByRole('region', { name: 'Proposta' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Mover Plano anual' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Mover para Proposta' }));
      await waitFor(() => expect(cardsIn('Novo lead')).toEqual(['Site novo']));
      await user.click(screen.getByRole('tab', { name: 'Proposta (2)' }));
      expect(await screen.findByRole('region', { name: 'Proposta' })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Novo lead' })).not.toBeInTheDocument();
      expect(cardsIn('Proposta')).toEqual(['Consultoria', 'Plano anual']);
    });
  });
});
