import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { makeTicket } from '../../test/ticketFixtures';
import type { Ticket, TicketsPage } from '../ticketsApi';
import { listKey, placeTicket } from '../ticketsQuery';
import { NO_FILTERS } from './ticketFilters';

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const waiting = (name: string, createdMinutesAgo: number) =>
  makeTicket({ status: 'pending', contact: { id: createdMinutesAgo, name, number: `5511900${createdMinutesAgo}` }, createdAt: at(createdMinutesAgo) });
const page = (tickets: Ticket[], nextCursor: string | null): TicketsPage => ({ tickets, nextCursor, counts: { open: 0, pending: 9, closed: 0 } });
const names = (client: QueryClient) =>
  client.getQueryData<InfiniteData<TicketsPage>>(listKey('pending', '', NO_FILTERS, 'oldest'))!.pages.map((p) => p.tickets.map((t) => t.contact.name));

describe('placeTicket in the oldest-first list', () => {
  const a = waiting('A', 90);
  const b = waiting('B', 80);
  const c = waiting('C', 70);
  const d = waiting('D', 60);
  const seed = (lastCursor: string | null) => {
    const client = new QueryClient();
    client.setQueryData(listKey('pending', '', NO_FILTERS, 'oldest'), { pages: [page([a, b], 'p2'), page([c, d], lastCursor)], pageParams: [null, 'p2'] });
    return client;
  };

  it('puts a ticket where its wait began among the loaded pages, not on top', () => {
    const client = seed('p3');
    placeTicket(client, waiting('Between', 75));
    expect(names(client)).toEqual([
      ['A', 'B'],
      ['Between', 'C', 'D'],
    ]);
  });

  it('leaves a ticket newer than everything loaded to the page the server has not sent yet', () => {
    const client = seed('p3');
    placeTicket(client, waiting('New', 1));
    expect(names(client)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('appends it when the list is complete, and keeps a written-to ticket in its place', () => {
    const client = seed(null);
    placeTicket(client, waiting('New', 1));
    placeTicket(client, { ...a, lastMessageAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    expect(names(client)).toEqual([
      ['A', 'B'],
      ['C', 'D', 'New'],
    ]);
  });

  it('moves a ticket reopened (or returned) now to where its new wait puts it, not where its creation did', () => {
    const client = seed(null);
    placeTicket(client, { ...a, pendingSince: at(1) });
    expect(names(client)).toEqual([['B'], ['C', 'D', 'A']]);
  });
});
