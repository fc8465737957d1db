import { act, screen, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeOption, makeQueue } from './queueFixtures';
import type { QueueOption } from './queueTypes';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const suporte = makeQueue({ name: 'Suporte' });
const vendas = makeQueue({ name: 'Vendas' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: admin });
});

describe('Queue options menu, live', () => {
  it('reads the open menu again when another admin changes that queue’s options, and only then', async () => {
    let options: QueueOption[] = [makeOption({ queueId: suporte.id, title: 'Financeiro' })];
    const net = installFetch({
      'GET /api/queues': () => reply(200, { queues: [suporte, vendas] }),
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'GET /api/queue-options': () => reply(200, { options }),
    });
    const { user } = renderApp('/queues');
    await user.click(await screen.findByRole('button', { name: 'Menu de opções de Suporte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Menu de opções: Suporte' });
    await within(dialog).findByRole('listitem', { name: '1. Financeiro' });
    const reads = () => net.calls('GET', '/api/queue-options').length;
    expect(reads()).toBe(1);

    // Elsewhere: another admin adds an option to this menu, and one to another queue's.
    const added = makeOption({ queueId: suporte.id, title: 'Segunda via', position: 1 });
    options = [...options, added];
    const emit = (payload: object) => act(() => sockets.at(-1)?.serverEmit('queueOption', payload));
    emit({ action: 'created', queueId: vendas.id, queueOptionId: 9999 });
    emit({ action: 'created', queueId: suporte.id, queueOptionId: added.id });

    expect(await within(dialog).findByRole('listitem', { name: '2. Segunda via' })).toBeInTheDocument();
    // One read for this menu's event; the other queue's event asked for nothing this screen shows.
    expect(reads()).toBe(2);
    expect(net.calls('GET', '/api/queue-options').map((r) => r.url)).toEqual([
      `/api/queue-options?queueId=${suporte.id}`,
      `/api/queue-options?queueId=${suporte.id}`,
    ]);
  });
});
