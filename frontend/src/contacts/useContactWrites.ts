import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { contactsApi } from './contactsApi';
import type { Contact } from './contactTypes';
import { inputOf, type ContactFormValues } from './contactSchema';
import { downloadBlob } from './downloadBlob';
import { patchContactInLists, refetchContactLists, removeContactFromLists } from './contactsQuery';

/**
 * The contacts page's writes with their feedback. `create`/`save` rethrow so the form shows the error
 * next to its fields; deleting and exporting report errors in the snackbar.
 */
export function useContactWrites() {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { notify } = useFeedback();

  return {
    async create(values: ContactFormValues) {
      const contact = await contactsApi.create(inputOf(values));
      await refetchContactLists(client);
      notify(t('contacts.created', { name: contact.name }));
    },

    async save(original: Contact, values: ContactFormValues) {
      const contact = await contactsApi.update(original.id, inputOf(values));
      patchContactInLists(client, contact);
      notify(t('contacts.updated', { name: contact.name }));
    },

    async remove(contact: Contact) {
      try {
        await contactsApi.remove(contact.id);
        removeContactFromLists(client, contact.id);
        notify(t('contacts.deleted', { name: contact.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },

    async exportCsv() {
      try {
        const blob = await contactsApi.exportCsv();
        downloadBlob(blob, `${t('contacts.exportFileName')}-${new Date().toISOString().slice(0, 10)}.csv`);
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
