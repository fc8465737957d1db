import { useQueryClient } from '@tanstack/react-query';
import { contactsKey } from '../contacts/contactsQuery';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { refreshContactLists } from './contactListsApi';

/** A list created, renamed, filled or emptied by anyone in the company: lists and the members shown ask again. */
export function useContactListEvents(): void {
  const client = useQueryClient();
  useSocketEvent('contactList', () => {
    void refreshContactLists(client);
    void client.invalidateQueries({ queryKey: [...contactsKey, 'list'] });
  });
}
