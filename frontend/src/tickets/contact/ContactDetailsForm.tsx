import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { useFeedback } from '../../common/FeedbackContext';
import { FormTextField } from '../../common/form/FormTextField';
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
  const { control, handleSubmit, reset, setError, formState } = useForm<ContactFormValues>({
    resolver: zodResolver(contactSchema),
    defaultValues: formValuesOf(contact),
  });
  const { isSubmitting, isDirty } = formState;
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

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={submit} aria-label={t('inbox.contact.details')}>
      {serverError ? <Alert severity="error">{errorMessage(t, serverError)}</Alert> : null}
      <FormTextField control={control} name="name" label={t('inbox.contact.name')} limits={{ max: CONTACT_LIMITS.name }} size="small" required />
      <FormTextField
        control={control}
        name="number"
        label={t('inbox.contact.number')}
        limits={{ max: CONTACT_LIMITS.number }}
        size="small"
        required
        disabled={contact.isGroup}
      />
      <FormTextField control={control} name="email" label={t('inbox.contact.email')} limits={{ max: CONTACT_LIMITS.email }} size="small" type="email" />
      <CustomFieldsEditor control={control} />
      <Button type="submit" variant="contained" loading={isSubmitting} disabled={!isDirty} sx={{ alignSelf: 'flex-end' }}>
        {t('common.save')}
      </Button>
    </Stack>
  );
}
