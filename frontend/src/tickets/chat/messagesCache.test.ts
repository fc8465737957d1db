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

  it('keeps a message that arrives while the history is still loading, without asking again', async () => {
    const client = new QueryClient();
    let calls = 0;
    // Watched, as the open chat watches it; the server answered before message 20 existed.
    const observer = new InfiniteQueryObserver(client, {
      queryKey: messagesKey(2),
      queryFn: async () => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 20));
        return { messages: [makeMessage({ id: 19, ticketId: 2, body: 'antes', sentAt: '2026-01-01T10:00:00.000Z' })], nextCursor: null } as MessagesPage;
      },
      initialPageParam: null as string | null,
      getNextPageParam: () => null,
    });
    const stop = observer.subscribe(() => undefined);
    upsertMessage(client, makeMessage({ id: 20, ticketId: 2, body: 'durante', sentAt: '2026-01-01T10:01:00.000Z' }));
    upsertMessage(client, { id: 20, ticketId: 2, ack: 2 });
    upsertMessage(client, { id: 20, ticketId: 2, ack: 1 }); // late and older: the ticks stay
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(chronological(client.getQueryData(messagesKey(2))).map((m) => [m.id, m.body, m.ack])).toEqual([
      [19, 'antes', 0],
      [20, 'durante', 2],
    ]);
    expect(calls).toBe(1);
  });

  it('keeps a message that arrives while an older page loads (that answer replaces the cache when it lands)', async () => {
    const client = new QueryClient();
    const pages: Record<string, MessagesPage> = {
      first: { messages: [makeMessage({ id: 31, ticketId: 3, body: 'recente', sentAt: '2026-01-02T10:00:00.000Z' })], nextCursor: 'older' },
      older: { messages: [makeMessage({ id: 30, ticketId: 3, body: 'antiga', sentAt: '2026-01-01T10:00:00.000Z' })], nextCursor: null },
    };
    const observer = new InfiniteQueryObserver(client, {
      queryKey: messagesKey(3),
      queryFn: async ({ pageParam }) => {
        await new Promise((r) => setTimeout(r, pageParam ? 40 : 0));
        return pages[pageParam ?? 'first']!;
      },
      initialPageParam: null as string | null,
      getNextPageParam: (last: MessagesPage) => last.nextCursor,
    });
    const stop = observer.subscribe(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    const older = observer.fetchNextPage();
    upsertMessage(client, makeMessage({ id: 32, ticketId: 3, body: 'nova', sentAt: '2026-01-03T10:00:00.000Z' }));
    // Shown at once, not only after the page lands.
    expect(chronological(client.getQueryData(messagesKey(3))).map((m) => m.body)).toEqual(['recente', 'nova']);
    await older;
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(chronological(client.getQueryData(messagesKey(3))).map((m) => m.body)).toEqual(['antiga', 'recente', 'nova']);
  });

  it('fills in what a socket row lacks and hides a deleted text', () => {
    const m = normalizeMessage({ id: 5, ticketId: 1, body: 'segredo', isDeleted: true, mediaPath: 'x/y' });
    expect(m).toMatchObject({ body: '', hasMedia: false, mediaUrl: null, reactions: [], content: null, ack: 0 });
    expect(normalizeMessage({ id: 6, ticketId: 1, mediaType: 'image', mediaPath: '1/in/a' })).toMatchObject({
      hasMedia: true,
      mediaUrl: '/api/messages/6/media',
    });
  });
});
