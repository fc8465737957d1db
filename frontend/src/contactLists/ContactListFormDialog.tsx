import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../common/useChanged';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import { contactListsApi, refreshContactLists, type ContactList } from './contactListsApi';

export const LIST_NAME_MAX = 80;

/** A new list's name, or a new name for one. */
export function ContactListFormDialog({ open, list, onClose }: { open: boolean; list: ContactList | null; onClose(): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [name, setName] = useState(list?.name ?? '');
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: () => (list ? contactListsApi.rename(list.id, name.trim()) : contactListsApi.create(name.trim())),
    onSuccess: (saved) => {
      void refreshContactLists(client);
      notify(t(list ? 'contactLists.renamed' : 'contactLists.created', { name: saved.name }), 'success');
      onClose();
    },
  });
  if (useChanged(open) && open) {
    setName(list?.name ?? '');
    setTouched(false);
    save.reset();
  }
  const error = !touched
    ? undefined
    : !name.trim()
      ? t('validation.required')
      : name.trim().length > LIST_NAME_MAX
        ? t('validation.nameTooLong', { max: LIST_NAME_MAX })
        : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!name.trim() || name.trim().length > LIST_NAME_MAX) return;
    save.mutate();
  };
  return (
    <FormDialog
      open={open}
      title={list ? t('contactLists.renameTitle') : t('contactLists.createTitle')}
      submitting={save.isPending}
      editing={list !== null}
      error={save.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        label={t('contactLists.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoFocus
        error={error !== undefined}
        helperText={error}
      />
    </FormDialog>
  );
}
