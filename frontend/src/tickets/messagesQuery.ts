import { useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { messagesApi, type Message, type MessagesPage } from './messagesApi';

export const messagesKey = (ticketId: number) => ['messages', ticketId] as const;
type MessagesData = InfiniteData<MessagesPage, string | null>;

// Per ticket: the message the older page being fetched must reach (set only during fetchOlderUntil).
const jumpTargets = new Map<number, number>();

/** A ticket's history, newest page first; older pages load through the `before` cursor. */
export function useMessages(ticketId: number) {
  return useInfiniteQuery({
    queryKey: messagesKey(ticketId),
    queryFn: ({ pageParam, signal }) => messagesApi.list(ticketId, pageParam, signal, pageParam ? jumpTargets.get(ticketId) : null),
    initialPageParam: null as string | null,
    getNextPageParam: (last: MessagesPage) => last.nextCursor,
  });
}

/**
 * Loads the next older page stretched down to message `id` (the server stops at 2,000 messages): a jump to a
 * quoted message far back is one request, and the pages after it go on from there as usual.
 */
export async function fetchOlderUntil(history: ReturnType<typeof useMessages>, ticketId: number, id: number) {
  jumpTargets.set(ticketId, id);
  try {
    return await history.fetchNextPage();
  } finally {
    jumpTargets.delete(ticketId);
  }
}

/** Oldest first, for display: pages and messages arrive newest first. */
export function chronological(data: InfiniteData<MessagesPage, unknown> | undefined): Message[] {
  if (!data) return [];
  const all = data.pages.flatMap((p) => p.messages);
  const byId = new Map(all.map((m) => [m.id, m]));
  return [...byId.values()].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt) || a.id - b.id);
}

type MessageChange = Partial<Message> & Pick<Message, 'id' | 'ticketId'>;

// Per client, per ticket: what arrived while a fetch of that history was under way.
const heldBackByClient = new WeakMap<QueryClient, Map<number, Map<number, MessageChange>>>();

/**
 * A fetch of the history under way (the first load, a refetch, an older page) answers with what the server
 * had when it started, and its answer replaces the cache when it lands: a message that arrives meanwhile
 * would vanish with it. So such messages are also kept aside and merged again once the fetch has landed.
 */
function mergeAgainAfterFetch(client: QueryClient, change: MessageChange): void {
  let byTicket = heldBackByClient.get(client);
  if (!byTicket) heldBackByClient.set(client, (byTicket = new Map()));
  const waiting = byTicket.get(change.ticketId);
  if (waiting) {
    const earlier = waiting.get(change.id);
    waiting.set(change.id, earlier ? { ...earlier, ...change, ack: Math.max(earlier.ack ?? 0, change.ack ?? 0) } : change);
    return;
  }
  const held = new Map([[change.id, change]]);
  byTicket.set(change.ticketId, held);
  const hash = client.getQueryCache().find({ queryKey: messagesKey(change.ticketId), exact: true })?.queryHash;
  const stop = client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== hash || (event.type === 'updated' && event.query.state.fetchStatus === 'fetching')) return;
    if (event.type !== 'updated' && event.type !== 'removed') return;
    stop();
    byTicket.delete(change.ticketId);
    if (event.type === 'updated') for (const message of held.values()) upsertMessage(client, message);
  });
}

/** Adds a new message or merges a changed one (ack, edit, delete) into the cached history of its ticket. */
export function upsertMessage(client: QueryClient, message: MessageChange): void {
  const key = messagesKey(message.ticketId);
  if (client.getQueryState(key)?.fetchStatus === 'fetching') mergeAgainAfterFetch(client, message);
  client.setQueryData<MessagesData>(key, (data) => {
    if (!data) return data;
    const known = data.pages.some((p) => p.messages.some((m) => m.id === message.id));
    if (known) {
      return {
        ...data,
        pages: data.pages.map((p) => ({ ...p, messages: p.messages.map((m) => (m.id === message.id ? merge(m, message) : m)) })),
      };
    }
    const complete = normalizeMessage(message);
    const [first, ...rest] = data.pages;
    if (!first) return data;
    return { ...data, pages: [{ ...first, messages: [complete, ...first.messages] }, ...rest] };
  });
}

/**
 * Ticks only move forward: the answer to a send (ack 0) can arrive after the socket already said
 * "delivered", and must not put the clock back.
 */
function merge(known: Message, change: Partial<Message>): Message {
  // A change read without the sender's name (an ack, a reaction) keeps the one the chat already shows.
  const userName = change.userName ?? known.userName;
  return { ...known, ...change, ack: Math.max(known.ack, change.ack ?? known.ack), userName };
}

/** Socket payloads may carry only the core columns (the database row, not the presented message). */
export function normalizeMessage(raw: Partial<Message> & Pick<Message, 'id' | 'ticketId'> & { mediaPath?: string | null }): Message {
  const id = Number(raw.id);
  const deleted = raw.isDeleted ?? false;
  const hasMedia = !deleted && (raw.hasMedia ?? (raw.mediaPath !== undefined ? raw.mediaPath !== null : false));
  return {
    id,
    ticketId: raw.ticketId,
    contactId: raw.contactId ?? null,
    wid: raw.wid ?? '',
    fromMe: raw.fromMe ?? false,
    body: deleted ? '' : (raw.body ?? ''),
    mediaType: raw.mediaType ?? 'text',
    hasMedia,
    mediaUrl: raw.mediaUrl ?? (hasMedia ? `/api/messages/${id}/media` : null),
    mediaStatus: raw.mediaStatus ?? null,
    mimetype: raw.mimetype ?? null,
    fileName: raw.fileName ?? null,
    mediaSize: raw.mediaSize ?? null,
    content: deleted ? null : (raw.content ?? null),
    reactions: Array.isArray(raw.reactions) ? raw.reactions : [],
    ack: raw.ack ?? 0,
    quotedMsgId: raw.quotedMsgId ?? null,
    isDeleted: deleted,
    automatic: raw.automatic ?? false,
    fromAi: raw.fromAi ?? false,
    userId: raw.userId ?? null,
    userName: raw.userName ?? null,
    signature: raw.signature ?? null,
    transcript: deleted ? null : (raw.transcript ?? null),
    editedAt: raw.editedAt ?? null,
    sentAt: raw.sentAt ? new Date(raw.sentAt).toISOString() : new Date().toISOString(),
  };
}

/** The cached message with this id, if its page is loaded. */
export function cachedMessage(data: InfiniteData<MessagesPage, unknown> | undefined, id: number): Message | undefined {
  for (const page of data?.pages ?? []) {
    const found = page.messages.find((m) => m.id === id);
    if (found) return found;
  }
  return undefined;
}
