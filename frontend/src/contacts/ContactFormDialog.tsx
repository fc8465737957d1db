import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { CustomFieldsEditor } from './CustomFieldsEditor';
import { TagsSelect } from './TagsSelect';
import type { Contact } from './contactTypes';
import { CONTACT_LIMITS, EMPTY_CONTACT, contactSchema, formValuesOf, type ContactFormValues } from './contactSchema';

interface ContactFormDialogProps {
  open: boolean;
  /** The contact being edited; null to create one. */
  contact: Contact | null;
  onClose(): void;
  onSubmit(values: ContactFormValues): Promise<void>;
}

// Refusals that belong next to a field rather than on top of the form.
const FIELD_OF_CODE: Record<string, 'number' | 'email' | 'name'> = {
  ERR_INVALID_PHONE_NUMBER: 'number',
  ERR_CONTACT_NUMBER_IN_USE: 'number',
  ERR_CONTACT_IS_GROUP: 'number',
};

export function ContactFormDialog({ open, contact, onClose, onSubmit }: ContactFormDialogProps) {
  const { t } = useTranslation();
  const editing = contact !== null;
  const { control, handleSubmit, reset, setError, formState } = useForm<ContactFormValues>({
    resolver: zodResolver(contactSchema),
    defaultValues: EMPTY_CONTACT,
  });
  const { isSubmitting } = formState;
  const { saveError, clearSaveError, save } = useSaveError(setError, FIELD_OF_CODE);

  useEffect(() => {
    if (!open) return;
    reset(contact ? formValuesOf(contact) : EMPTY_CONTACT);
    clearSaveError();
  }, [open, contact, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit(values)));

  return (
    <FormDialog
      open={open}
      title={editing ? t('contacts.editTitle') : t('contacts.createTitle')}
      submitting={isSubmitting}
      editing={editing}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField control={control} name="name" label={t('contacts.name')} limits={{ max: CONTACT_LIMITS.name }} required autoFocus autoComplete="off" />
      <FormTextField
        control={control}
        name="number"
        label={t('contacts.number')}
        limits={{ max: CONTACT_LIMITS.number }}
        help={t('contacts.numberHelp')}
        required
        type="tel"
        autoComplete="off"
      />
      <FormTextField control={control} name="email" label={t('contacts.email')} limits={{ max: CONTACT_LIMITS.email }} type="email" autoComplete="off" />
      <Controller
        control={control}
        name="tagIds"
        render={({ field }) => <TagsSelect value={field.value} onChange={field.onChange} known={contact?.tags ?? []} />}
      />
      <CustomFieldsEditor control={control} />
    </FormDialog>
  );
}
