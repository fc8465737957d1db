import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
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
  const { register, control, handleSubmit, reset, setError, formState } = useForm<ContactFormValues>({
    resolver: zodResolver(contactSchema),
    defaultValues: EMPTY_CONTACT,
  });
  const { errors, isSubmitting } = formState;
  const { saveError, clearSaveError, save } = useSaveError(setError, FIELD_OF_CODE);

  useEffect(() => {
    if (!open) return;
    reset(contact ? formValuesOf(contact) : EMPTY_CONTACT);
    clearSaveError();
  }, [open, contact, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit(values)));

  const message = (field: 'name' | 'number' | 'email') => {
    const key = errors[field]?.message;
    return key ? t(key, { max: CONTACT_LIMITS[field] }) : undefined;
  };

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
      <TextField
        label={t('contacts.name')}
        required
        autoFocus
        autoComplete="off"
        {...register('name')}
        error={Boolean(errors.name)}
        helperText={message('name')}
      />
      <TextField
        label={t('contacts.number')}
        required
        type="tel"
        autoComplete="off"
        {...register('number')}
        error={Boolean(errors.number)}
        helperText={message('number') ?? t('contacts.numberHelp')}
      />
      <TextField
        label={t('contacts.email')}
        type="email"
        autoComplete="off"
        {...register('email')}
        error={Boolean(errors.email)}
        helperText={message('email')}
      />
      <Controller
        control={control}
        name="tagIds"
        render={({ field }) => <TagsSelect value={field.value} onChange={field.onChange} known={contact?.tags ?? []} />}
      />
      <CustomFieldsEditor control={control} register={register} errors={errors.extraInfo} />
    </FormDialog>
  );
}
