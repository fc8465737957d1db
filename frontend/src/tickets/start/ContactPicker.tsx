import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../common/useDebouncedValue';
import { contactsApi } from '../../contacts/contactsApi';
import type { Contact } from '../../contacts/contactTypes';
import { displayNumber } from '../../contacts/displayNumber';

interface ContactPickerProps {
  value: Contact | null;
  onChange(contact: Contact | null): void;
  error?: string;
  /** Starting a conversation needs one (the default); a deal may have none. */
  required?: boolean;
  label?: string;
  hint?: string;
  autoFocus?: boolean;
  /** What is typed in the field (not a chosen contact's label): "Nova conversa" may start with a raw number. */
  onTypedChange?(text: string): void;
  /** Said when the search finds nobody (default: "Nenhum contato encontrado"). */
  noOptionsText?: string;
}

/** Finds the person to write to by name or number, asking the server as one types (the list may be long). */
export function ContactPicker({ value, onChange, error, required = true, label, hint, autoFocus = true, onTypedChange, noOptionsText }: ContactPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  // What was typed, not the chosen contact's label the field shows afterwards.
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 250);
  const found = useQuery<Contact[]>({
    queryKey: ['contacts', 'start-ticket', search],
    queryFn: ({ signal }) => contactsApi.list({ search, tagId: null, cursor: null }, signal).then((page) => page.contacts.filter((c) => !c.isGroup)),
    placeholderData: keepPreviousData,
  });
  return (
    <Autocomplete<Contact>
      options={found.data ?? []}
      value={value}
      onChange={(_event, contact) => onChange(contact)}
      inputValue={input}
      onInputChange={(_event, text, reason) => {
        setInput(text);
        if (reason === 'input' || reason === 'clear') {
          setTyped(text);
          onTypedChange?.(text);
          // Where the typed text is kept on leaving the field, editing it lets go of the contact chosen before:
          // what the field shows is what the dialog starts with.
          if (onTypedChange && reason === 'input' && value) onChange(null);
        }
      }}
      // The server already matched name, number and digits typed with spaces or dashes.
      filterOptions={(options) => options}
      getOptionLabel={(contact) => `${contact.name} · ${displayNumber(contact)}`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={found.isFetching}
      loadingText={t('startTicket.searching')}
      noOptionsText={noOptionsText ?? t('startTicket.noContacts')}
      openText={t('startTicket.showContacts')}
      closeText={t('common.close')}
      clearText={t('startTicket.clearContact')}
      autoHighlight
      // A typed number is the answer itself ("Nova conversa" with a number): leaving the field (for the queue, or to
      // press "Iniciar conversa") must keep it in view, or an error about it would stand under an empty field.
      clearOnBlur={!onTypedChange}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={autoFocus}
          required={required}
          label={label ?? t('startTicket.contact')}
          error={Boolean(error)}
          helperText={error ?? hint ?? t('startTicket.contactHint')}
        />
      )}
    />
  );
}
