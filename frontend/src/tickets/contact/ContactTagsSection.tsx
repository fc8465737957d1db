import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import type { Contact, TagRef } from '../../contacts/contactTypes';
import { errorMessage } from '../../i18n/errorMessage';
import type { Ticket } from '../ticketsApi';
import { placeTicket } from '../ticketsQuery';
import { contactDrawerApi, contactKey } from './contactDrawerApi';
import { TagPicker } from './TagPicker';

/**
 * The contact's tags (they follow the customer) and the ticket's own (they describe this conversation). Each change is saved at once; a refusal puts the old value back.
 */
export function ContactTagsSection({ contact, ticket }: { contact: Contact; ticket: Ticket }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [saving, setSaving] = useState<'contact' | 'ticket' | null>(null);

  const save = async (which: 'contact' | 'ticket', write: () => Promise<void>) => {
    setSaving(which);
    try {
      await write();
      notify(t('inbox.contact.tagsSaved'), 'success');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setSaving(null);
    }
  };
  const saveContactTags = (tags: TagRef[]) =>
    save('contact', async () => {
      const changed = await contactDrawerApi.setContactTags(
        contact.id,
        tags.map((tag) => tag.id),
      );
      client.setQueryData(contactKey(contact.id), changed);
    });
  const saveTicketTags = (tags: TagRef[]) =>
    save('ticket', async () => {
      placeTicket(
        client,
        await contactDrawerApi.setTicketTags(
          ticket.id,
          tags.map((tag) => tag.id),
        ),
      );
    });

  return (
    <Stack spacing={2}>
      <TagPicker label={t('inbox.contact.contactTags')} value={contact.tags} disabled={saving === 'contact'} onChange={(tags) => void saveContactTags(tags)} />
      <TagPicker label={t('inbox.contact.ticketTags')} value={ticket.tags} disabled={saving === 'ticket'} onChange={(tags) => void saveTicketTags(tags)} />
    </Stack>
  );
}
