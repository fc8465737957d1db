import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ticketsApi, type Ticket } from './ticketsApi';
import { ticketKey, ticketsKey } from './ticketsQuery';

/** Where a ticket lives in the address bar: its uuid, so links and notifications are not guessable counters. */
export const ticketPath = (ticket: Pick<Ticket, 'uuid'>) => `/tickets/${ticket.uuid}`;

function cachedIdOfUuid(client: QueryClient, uuid: string): number | undefined {
  const lists = client.getQueriesData<{ pages: { tickets: Ticket[] }[] }>({ queryKey: [...ticketsKey, 'list'] });
  const listed = lists.flatMap(([, data]) => data?.pages.flatMap((page) => page.tickets) ?? []);
  const opened = client.getQueriesData<Ticket>({ queryKey: [...ticketsKey, 'one'] }).map(([, ticket]) => ticket);
  return [...listed, ...opened].find((ticket) => ticket?.uuid === uuid)?.id;
}

/**
 * The ticket a `/tickets/:ref` address names: a uuid (what the app's links carry) or, from older links, an id.
 * A uuid seen in a loaded list resolves at once; otherwise the server is asked (and the ticket cached).
 */
export function useTicketAddress(ref: string | undefined) {
  const client = useQueryClient();
  const numeric = ref && /^\d+$/.test(ref) ? Number(ref) : null;
  const cached = ref && numeric === null ? cachedIdOfUuid(client, ref) : undefined;
  const lookup = useQuery({
    queryKey: [...ticketsKey, 'uuid', ref],
    enabled: ref !== undefined && numeric === null && cached === undefined,
    queryFn: async ({ signal }) => {
      const ticket = await ticketsApi.get(ref!, signal);
      client.setQueryData(ticketKey(ticket.id), ticket);
      return ticket.id;
    },
  });
  return { id: numeric ?? cached ?? lookup.data ?? null, error: lookup.error };
}
