import { useInfiniteQuery, useQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { matchesFilters, NO_FILTERS, type TicketFilters } from './list/ticketFilters';
import { ticketsApi, type Ticket, type TicketOrder, type TicketsPage, type TicketStatus } from './ticketsApi';

export const ticketsKey = ['tickets'] as const;
export const listKey = (status: TicketStatus, search: string, filters: TicketFilters, order: TicketOrder = 'recent') =>
  [...ticketsKey, 'list', status, search, filters, order] as const;
export const ticketKey = (id: number) => [...ticketsKey, 'one', id] as const;

type ListData = InfiniteData<TicketsPage, string | null>;

/** One tab of the inbox in the chosen order, page by page (keyset cursor); counts come with page one. */
export function useTicketList(status: TicketStatus, search: string, filters: TicketFilters, order: TicketOrder = 'recent') {
  return useInfiniteQuery({
    queryKey: listKey(status, search, filters, order),
    queryFn: ({ pageParam, signal }) => ticketsApi.list({ status, search, filters, cursor: pageParam, order }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: TicketsPage) => last.nextCursor,
    // A new search or filter keeps the current cards until the answer comes (no skeleton flash); another tab
    // does not, or it would show the wrong tab's tickets for a moment.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === status ? previous : undefined),
  });
}

export function useTicket(id: number | null) {
  return useQuery({ queryKey: ticketKey(id ?? 0), queryFn: ({ signal }) => ticketsApi.get(id!, signal), enabled: id !== null });
}

const activity = (t: Pick<Ticket, 'lastMessageAt' | 'updatedAt'>) => Date.parse(t.lastMessageAt ?? t.updatedAt);
/** The server's orders: latest activity first, or longest waiting first (pendingSince, ties by id, as its keyset does). */
const byOrder: Record<TicketOrder, (a: Ticket, b: Ticket) => number> = {
  recent: (a, b) => activity(b) - activity(a),
  oldest: (a, b) => Date.parse(a.pendingSince) - Date.parse(b.pendingSince) || a.id - b.id,
};

/**
 * The pages with a ticket put in its place. Latest activity first: a changed ticket goes to the top of page one.
 * Oldest first: it goes where its wait's start puts it among the loaded pages; one waiting since after everything loaded
 * while more pages wait on the server belongs to a page not fetched yet, so it is left for that page.
 */
function insertTicket(pages: TicketsPage[], ticket: Ticket, order: TicketOrder): TicketsPage[] {
  const compare = byOrder[order];
  const index = order === 'recent' ? 0 : pages.findIndex((page) => page.nextCursor === null || page.tickets.some((t) => compare(ticket, t) < 0));
  const page = pages[index];
  if (index < 0 || !page) return pages;
  const next = [...pages];
  next[index] = { ...page, tickets: [...page.tickets, ticket].sort(compare) };
  return next;
}

function matchesSearch(ticket: Ticket, search: string): boolean {
  if (!search) return true;
  const needle = search.toLowerCase();
  return `${ticket.contact.name} ${ticket.contact.number} ${ticket.lastMessage ?? ''}`.toLowerCase().includes(needle);
}

// The server caps each tab's count here (shown as "999+"); a capped count cannot be moved by one.
const COUNT_CAP = 1000;

/** Whether a list's search and filters take the ticket in (tab aside); an unknown filter keeps `fallback`. */
function counted(ticket: Ticket, search: string, filters: TicketFilters, fallback: boolean): boolean {
  const filtered = matchesFilters(ticket, filters);
  return matchesSearch(ticket, search) && (filtered === 'unknown' ? fallback : filtered);
}

/** The tab counts after a ticket moves from `before` (if this list counted it) to `after` (if it does now). */
function moveCount(counts: TicketsPage['counts'], before: TicketStatus | null, after: TicketStatus | null): TicketsPage['counts'] {
  if (!counts || before === after) return counts;
  const next = { ...counts };
  if (before && next[before] < COUNT_CAP) next[before] = Math.max(0, next[before] - 1);
  if (after && next[after] < COUNT_CAP) next[after] += 1;
  return next;
}

// Tickets that left this user's sight: their cached copy (kept for an open chat) is no longer in any count.
const hiddenByClient = new WeakMap<QueryClient, Set<number>>();
function hiddenTickets(client: QueryClient): Set<number> {
  let hidden = hiddenByClient.get(client);
  if (!hidden) hiddenByClient.set(client, (hidden = new Set()));
  return hidden;
}

/**
 * Moves a changed ticket to where it belongs at once: out of every list, then into the lists of its status,
 * search and filters (by activity), and moves it between the tabs' counts (they come only with page one, so a
 * ticket accepted, transferred or arriving later would otherwise sit under a tab still saying 0). The server's
 * refetch that follows settles anything a client cannot know (a filter the payload cannot answer keeps the
 * ticket where the server last put it).
 */
export function placeTicket(client: QueryClient, ticket: Ticket, visible = true): void {
  const hidden = hiddenTickets(client);
  const previous = hidden.has(ticket.id) ? undefined : findCachedTicket(client, ticket.id);
  if (visible) hidden.delete(ticket.id);
  else hidden.add(ticket.id);
  client.setQueryData(ticketKey(ticket.id), ticket);
  for (const [key, data] of client.getQueriesData<ListData>({ queryKey: [...ticketsKey, 'list'] })) {
    if (!data) continue;
    const [, , status, search, rawFilters, rawOrder] = key as ReturnType<typeof listKey>;
    const order = rawOrder ?? 'recent';
    const filters = rawFilters ?? NO_FILTERS;
    const wasListed = data.pages.some((page) => page.tickets.some((t) => t.id === ticket.id));
    const belongs = visible && status === ticket.status && counted(ticket, search, filters, wasListed);
    const kept = data.pages.map((page) => ({ ...page, tickets: page.tickets.filter((t) => t.id !== ticket.id) }));
    const pages = belongs ? insertTicket(kept, ticket, order) : kept;
    const first = pages[0];
    if (first) {
      const wasCounted = previous !== undefined && counted(previous, search, filters, wasListed);
      const isCounted = visible && counted(ticket, search, filters, wasListed);
      const counts = moveCount(first.counts, wasCounted ? previous.status : null, isCounted ? ticket.status : null);
      if (counts) pages[0] = { ...first, counts };
    }
    client.setQueryData<ListData>(key, { ...data, pages });
  }
}

/** The cached copy of a ticket, from its own query or any list. */
export function findCachedTicket(client: QueryClient, id: number): Ticket | undefined {
  const own = client.getQueryData<Ticket>(ticketKey(id));
  if (own) return own;
  for (const [, data] of client.getQueriesData<ListData>({ queryKey: [...ticketsKey, 'list'] })) {
    const found = data?.pages.flatMap((p) => p.tickets).find((t) => t.id === id);
    if (found) return found;
  }
  return undefined;
}

export function refetchTicketLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [...ticketsKey, 'list'] });
}

/** A contact renamed in the drawer, or scored, shows its new name and lead chip on every card and header that holds it. */
export function patchTicketContact(client: QueryClient, contact: Ticket['contact']): void {
  const { id, name, number, leadScore, leadBucket } = contact;
  const patch = (t: Ticket): Ticket => (t.contact.id === id ? { ...t, contact: { id, name, number, leadScore, leadBucket } } : t);
  client.setQueriesData<Ticket>({ queryKey: [...ticketsKey, 'one'] }, (t) => t && patch(t));
  client.setQueriesData<ListData>(
    { queryKey: [...ticketsKey, 'list'] },
    (data) => data && { ...data, pages: data.pages.map((page) => ({ ...page, tickets: page.tickets.map(patch) })) },
  );
}
