import { screen, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import type { Ticket } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

// Issue 17: the chat header lays its buttons out by its own width, not the screen's: on a laptop the list beside
// the chat leaves it the room of a tablet. jsdom draws nothing, so the browser's ResizeObserver is played here by
// one that reports the width a test chooses (the browser test measures the real thing at 1024 and 1366 px).
let headerWidth = 0;
class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: headerWidth } } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

const me = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  Object.assign(globalThis, { ResizeObserver: ReportingResizeObserver });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'ResizeObserver');
});

function chat(ticket: Ticket, width: number) {
  headerWidth = width;
  session.set({ accessToken: 'token-1', user: me });
  installFetch({
    'GET /api/tickets': () => reply(200, { tickets: [ticket], nextCursor: null, counts: { open: 1, pending: 0, closed: 0 } }),
    'GET /api/queues': () => reply(200, { queues: [] }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    'GET /api/users': () => reply(200, { users: [me], nextCursor: null }),
    [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
    [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [], nextCursor: null }),
  });
  return renderApp(`/tickets/${ticket.id}`);
}

const open = makeTicket({ status: 'open', userId: me.id, userName: me.name, contact: { id: 3, name: 'Maria Aparecida dos Santos', number: '5511955554444' } });
const header = async () => {
  await screen.findByRole('heading', { name: 'Maria Aparecida dos Santos' });
  return screen.getByTestId('chat-header');
};
const TOOLS = ['Buscar na conversa', 'Criar negócio', 'Agendar mensagem', 'Bloquear contato'];

describe('chat header: buttons by the room the header has', () => {
  it('a narrow header (a laptop with the list beside) keeps the name and "Finalizar"; the rest is in "more"', async () => {
    const { user } = chat(open, 560);
    const bar = await header();
    expect(within(bar).getByRole('button', { name: 'Finalizar' })).toBeInTheDocument();
    for (const name of [...TOOLS, 'Transferir', 'Devolver à fila']) expect(within(bar).queryByRole('button', { name })).not.toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Mais ações' }));
    const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    expect(items).toEqual(['Devolver à fila', 'Transferir', ...TOOLS]);
  });

  it('in a phone’s room (a 1024 px laptop) a waiting ticket shows only "Aceitar": it is closed from its card, and the avatar gives way to the name', async () => {
    const waiting = makeTicket({ status: 'pending', contact: open.contact });
    chat(waiting, 380);
    const bar = await header();
    expect(within(bar).getByRole('button', { name: 'Aceitar' })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Finalizar' })).not.toBeInTheDocument();
    expect(within(bar).queryByText('MA')).not.toBeInTheDocument(); // the avatar's initials
    expect(within(bar).getByText(/#\d+/)).toBeInTheDocument();
  });

  it('a middle one shows return and transfer, the tools stay in "more"', async () => {
    const { user } = chat(open, 700);
    const bar = await header();
    expect(within(bar).getByRole('button', { name: 'Devolver à fila' })).toBeInTheDocument(); // an icon, labelled
    expect(within(bar).getByRole('button', { name: 'Transferir' })).toBeInTheDocument();
    for (const name of TOOLS) expect(within(bar).queryByRole('button', { name })).not.toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Mais ações' }));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual(TOOLS);
  });

  it('a wide one shows the tools as icons and has no "more" menu; a very wide one names "Devolver à fila"', async () => {
    const view = chat(open, 900);
    let bar = await header();
    for (const name of TOOLS) expect(within(bar).getByRole('button', { name })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Mais ações' })).not.toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Devolver à fila' })).not.toHaveTextContent('Devolver à fila');
    view.unmount();

    chat(open, 1100);
    bar = await header();
    expect(within(bar).getByRole('button', { name: 'Devolver à fila' })).toHaveTextContent('Devolver à fila');
  });

  it('a closed ticket, with no return or transfer, gives their room to the tools', async () => {
    chat(makeTicket({ status: 'closed', contact: open.contact }), 700);
    const bar = await header();
    expect(within(bar).getByRole('button', { name: 'Reabrir' })).toBeInTheDocument();
    for (const name of TOOLS) expect(within(bar).getByRole('button', { name })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Mais ações' })).not.toBeInTheDocument();
  });
});
