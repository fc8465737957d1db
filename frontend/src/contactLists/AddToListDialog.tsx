import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../common/useChanged';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import { contactListsApi, refreshContactLists, useContactLists, type ContactList } from './contactListsApi';

/** A list to choose, or "Criar a lista “…”" for the name typed. */
type Choice = ContactList | { id: null; name: string };

const filter = createFilterOptions<Choice>();

/** The contacts screen's "Adicionar à lista": the selected contacts go into a list chosen here, or one created on the spot. */
export function AddToListDialog({ contactIds, open, onClose, onAdded }: { contactIds: number[]; open: boolean; onClose(): void; onAdded(): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const lists = useContactLists(open);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [touched, setTouched] = useState(false);
  const add = useMutation({
    mutationFn: async (chosen: Choice) => {
      const list = chosen.id === null ? await contactListsApi.create(chosen.name.trim()) : chosen;
      return contactListsApi.add(list.id, { contactIds });
    },
    onSuccess: ({ contactList, added }) => {
      void refreshContactLists(client);
      notify(t('contactLists.addedTo', { count: added, name: contactList.name }), 'success');
      onAdded();
      onClose();
    },
  });
  if (useChanged(open) && open) {
    setChoice(null);
    setTouched(false);
    add.reset();
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (choice) add.mutate(choice);
  };
  return (
    <FormDialog
      open={open}
      title={t('contactLists.addToListTitle', { count: contactIds.length })}
      submitting={add.isPending}
      submitLabel={t('contactLists.add')}
      error={add.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Autocomplete<Choice>
        options={lists.data ?? []}
        value={choice}
        onChange={(_event, value) => setChoice(value)}
        loading={lists.isPending}
        loadingText={t('app.loading')}
        noOptionsText={t('contactLists.chooseListHint')}
        filterOptions={(options, state) => {
          const found = filter(options, state);
          const typed = state.inputValue.trim();
          if (typed && !options.some((o) => o.name.toLowerCase() === typed.toLowerCase())) found.push({ id: null, name: typed });
          return found;
        }}
        getOptionLabel={(option) => option.name}
        getOptionKey={(option) => option.id ?? `new:${option.name}`}
        isOptionEqualToValue={(a, b) => a.id === b.id && a.name === b.name}
        renderOption={({ key, ...props }, option) => (
          <li key={key} {...props}>
            {option.id === null ? t('contactLists.createOption', { name: option.name }) : `${option.name} (${option.size.toLocaleString()})`}
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            autoFocus
            required
            label={t('contactLists.chooseList')}
            error={touched && choice === null}
            helperText={touched && choice === null ? t('validation.required') : t('contactLists.chooseListHint')}
          />
        )}
      />
    </FormDialog>
  );
}
