import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { patchContactInLists, refetchContactLists, refetchTagOptions, removeContactFromLists } from './contactsQuery';

/** Keeps the cached contacts lists in step with changes made by anyone in the company (and by WhatsApp). */
export function useContactEvents(): void {
  const client = useQueryClient();
  useSocketEvent('contact', (event) => {
    if (event.action === 'deleted') {
      removeContactFromLists(client, event.contactId);
      return;
    }
    if (event.action === 'updated') {
      patchContactInLists(client, event.contact);
      return;
    }
    // A colleague's import may have brought new tags along with its contacts.
    if (event.action === 'imported') void refetchTagOptions(client);
    void refetchContactLists(client);
  });
}
