import { InfiniteQueryObserver, QueryClient, type InfiniteData } from '@tanstack/react-query';
import { makeMessage } from '../../test/ticketFixtures';
import type { MessagesPage } from '../messagesApi';
import { chronological, messagesKey, normalizeMessage, upsertMessage } from '../messagesQuery';

function cacheWith(...messages: ReturnType<typeof makeMessage>[]) {
  const client = new QueryClient();
  client.setQueryData<InfiniteData<MessagesPage, string | null>>(messagesKey(1), {
    pages: [{ messages: [...messages].reverse(), nextCursor: null }],
    pageParams: [null],
  });
  const shown = () => chronological(client.getQueryData(messagesKey(1)));
  return { client, shown };
}

describe('the cached history', () => {
  it('adds new messages and merges changes into known ones', () => {
    const first = makeMessage({ id: 10, ticketId: 1, body: 'Olá', ack: 1 });
    const { client, shown } = cacheWith(first);
    upsertMessage(client, makeMessage({ id: 11, ticketId: 1, body: 'Tudo bem?' }));
    upsertMessage(client, { id: 10, ticketId: 1, ack: 3, body: 'Olá!', editedAt: '2026-01-01T10:00:00.000Z' });
    expect(shown().map((m) => [m.id, m.body, m.ack])).toEqual([
      [10, 'Olá!', 3],
      [11, 'Tudo bem?', 0],
    ]);
  });

  it('never puts the ticks back (a late answer to the send after the socket said delivered)', () => {
    const { client, shown } = cacheWith(makeMessage({ id: 12, ticketId: 1, ack: 3 }));
    upsertMessage(client, { id: 12, ticketId: 1, ack: 0 });
    expect(shown()[0]!.ack).toBe(3);
  });

  it('asks for the history again when a message arrives while it is still loading', async () => {
    const client = new QueryClient();
    let calls = 0;
    // Watched, as the open chat watches it.
    const observer = new InfiniteQueryObserver(client, {
      queryKey: messagesKey(2),
      queryFn: async () => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 20));
        return { messages: [], nextCursor: null } as MessagesPage;
      },
      initialPageParam: null as string | null,
      getNextPageParam: () => null,
    });
    const stop = observer.subscribe(() => undefined);
    upsertMessage(client, makeMessage({ id: 20, ticketId: 2 }));
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(calls).toBe(2);
  });

  it('fills in what a socket row lacks and hides a deleted text', () => {
    const m = normalizeMessage({ id: 5, ticketId: 1, body: 'segredo', isDeleted: true, mediaPath: 'x/y' });
    expect(m).toMatchObject({ body: '', hasMedia: false, mediaUrl: null, reactions: [], content: null, ack: 0 });
    expect(normalizeMessage({ id: 6, ticketId: 1, mediaType: 'image', mediaPath: '1/in/a' })).toMatchObject({ hasMedia: true, mediaUrl: '/api/messages/6/media' });
  });
});
