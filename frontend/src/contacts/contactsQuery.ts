import { useInfiniteQuery, useQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { contactsApi } from './contactsApi';
import type { Contact, ContactsPage } from './contactTypes';

export const contactsKey = ['contacts'] as const;
const listKey = (search: string, tagId: number | null, contactListId: number | null, blocked: boolean) =>
  [...contactsKey, 'list', search, tagId, contactListId, blocked] as const;

/** The contacts list, page by page (keyset cursor from the server), filtered server-side by `search`, tag and contact list. */
/** `blocked`: only the blocked contacts ("Somente bloqueados"). */
export function useContactsList(search: string, tagId: number | null, contactListId: number | null = null, blocked = false) {
  return useInfiniteQuery({
    queryKey: listKey(search, tagId, contactListId, blocked),
    queryFn: ({ pageParam, signal }) => contactsApi.list({ search, tagId, cursor: pageParam, contactListId, blocked }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ContactsPage) => last.nextCursor,
  });
}

const tagOptionsKey = ['tags', 'options'] as const;

/** The company's tags, for the tag filter and the contact form's multi-select. */
export function useTagOptions(enabled: boolean) {
  return useQuery({ queryKey: tagOptionsKey, queryFn: ({ signal }) => contactsApi.tags(signal), enabled, staleTime: 30_000 });
}

/** An import creates the tags its file names: the filter and the form must offer them. */
export function refetchTagOptions(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: tagOptionsKey });
}

type ContactsData = InfiniteData<ContactsPage, string | null>;

function mapLists(client: QueryClient, change: (contacts: Contact[]) => Contact[]): void {
  client.setQueriesData<ContactsData>(
    { queryKey: [...contactsKey, 'list'] },
    (data) => data && { ...data, pages: data.pages.map((page) => ({ ...page, contacts: change(page.contacts) })) },
  );
}

/** Applies a changed contact to every cached list in place, so the row updates without a refetch. */
export function patchContactInLists(client: QueryClient, contact: Contact): void {
  mapLists(client, (contacts) => contacts.map((c) => (c.id === contact.id ? contact : c)));
}

export function removeContactFromLists(client: QueryClient, contactId: number): void {
  mapLists(client, (contacts) => contacts.filter((c) => c.id !== contactId));
}

/** New rows belong somewhere in name order and maybe not under the current search: ask the server. */
export function refetchContactLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: contactsKey });
}
