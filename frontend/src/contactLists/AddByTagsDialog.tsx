import DialogContentText from '@mui/material/DialogContentText';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../common/useChanged';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import { refetchContactLists } from '../contacts/contactsQuery';
import { TagsSelect } from '../contacts/TagsSelect';
import { contactListsApi, refreshContactLists, type ContactList } from './contactListsApi';

/** Every contact having any of the chosen tags joins the list (the server adds them; those in it already stay once). */
export function AddByTagsDialog({ list, open, onClose }: { list: ContactList; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [tagIds, setTagIds] = useState<number[]>([]);
  const add = useMutation({
    mutationFn: () => contactListsApi.add(list.id, { tagIds }),
    onSuccess: ({ added }) => {
      void refreshContactLists(client);
      void refetchContactLists(client);
      notify(t('contactLists.added', { count: added }), 'success');
      onClose();
    },
  });
  if (useChanged(open) && open) {
    setTagIds([]);
    add.reset();
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tagIds.length > 0) add.mutate();
  };
  return (
    <FormDialog
      open={open}
      title={t('contactLists.addByTagsTitle')}
      submitting={add.isPending}
      submitLabel={t('contactLists.add')}
      error={add.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <DialogContentText>{t('contactLists.addByTagsHint')}</DialogContentText>
      <TagsSelect value={tagIds} onChange={setTagIds} known={[]} />
    </FormDialog>
  );
}
