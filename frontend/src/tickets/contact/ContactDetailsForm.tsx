import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { useFeedback } from '../../common/FeedbackContext';
import { contactSchema, CONTACT_LIMITS, formValuesOf, inputOf, type ContactFormValues } from '../../contacts/contactSchema';
import type { Contact } from '../../contacts/contactTypes';
import { CustomFieldsEditor } from '../../contacts/CustomFieldsEditor';
import { errorMessage } from '../../i18n/errorMessage';
import { patchTicketContact } from '../ticketsQuery';
import { contactDrawerApi, contactKey } from './contactDrawerApi';

// Errors that belong next to one field rather than above the form.
const FIELD_ERRORS: Record<string, 'number' | 'email'> = {
  ERR_CONTACT_NUMBER_IN_USE: 'number',
  ERR_INVALID_PHONE_NUMBER: 'number',
  ERR_CONTACT_IS_GROUP: 'number',
  ERR_INVALID_EMAIL: 'email',
};

/** Name, number, e-mail and custom fields of the customer, edited in place (tags have their own section). */
export function ContactDetailsForm({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [serverError, setServerError] = useState<unknown>(null);
  const { register, control, handleSubmit, reset, setError, formState } = useForm<ContactFormValues>({
    resolver: zodResolver(contactSchema),
    defaultValues: formValuesOf(contact),
  });
  const { errors, isSubmitting, isDirty } = formState;
  // A newer copy (tags saved beside the form, a colleague's edit) refreshes the form unless it has unsaved changes.
  useEffect(() => {
    if (!isDirty) reset(formValuesOf(contact));
  }, [contact, isDirty, reset]);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    // Tags are saved by their own picker; sending them here could undo a change made there meanwhile.
    const { tagIds: _tags, ...input } = inputOf(values);
    try {
      const saved = await contactDrawerApi.saveContact(contact.id, input);
      reset(formValuesOf(saved));
      client.setQueryData(contactKey(contact.id), saved);
      patchTicketContact(client, saved);
      notify(t('inbox.contact.saved'), 'success');
    } catch (error) {
      const field = error instanceof ApiError ? FIELD_ERRORS[error.code] : undefined;
      if (field && error instanceof ApiError) setError(field, { message: `errors.${error.code}` }, { shouldFocus: true });
      else setServerError(error);
    }
  });
  const message = (field: 'name' | 'number' | 'email') => {
    const key = errors[field]?.message;
    return key ? t(key, { max: CONTACT_LIMITS[field] }) : undefined;
  };

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={submit} aria-label={t('inbox.contact.details')}>
      {serverError ? <Alert severity="error">{errorMessage(t, serverError)}</Alert> : null}
      <TextField size="small" label={t('inbox.contact.name')} required {...register('name')} error={Boolean(errors.name)} helperText={message('name')} />
      <TextField
        size="small"
        label={t('inbox.contact.number')}
        required
        disabled={contact.isGroup}
        {...register('number')}
        error={Boolean(errors.number)}
        helperText={message('number')}
      />
      <TextField size="small" type="email" label={t('inbox.contact.email')} {...register('email')} error={Boolean(errors.email)} helperText={message('email')} />
      <CustomFieldsEditor control={control} register={register} errors={errors.extraInfo} />
      <Button type="submit" variant="contained" loading={isSubmitting} disabled={!isDirty} sx={{ alignSelf: 'flex-end' }}>
        {t('common.save')}
      </Button>
    </Stack>
  );
}
