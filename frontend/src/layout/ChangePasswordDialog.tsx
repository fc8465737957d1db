import { zodResolver } from '@hookform/resolvers/zod';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changePassword } from '../auth/authApi';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import { FormTextField } from '../common/form/FormTextField';

const LIMITS = { min: 8, max: 128 } as const;

// Messages are i18n keys, translated at render time so a language switch re-translates open forms.
const schema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required'),
    newPassword: z.string().min(LIMITS.min, 'validation.passwordTooShort').max(LIMITS.max, 'validation.passwordTooLong'),
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'validation.passwordsDiffer',
  });
type Values = z.infer<typeof schema>;

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [serverError, setServerError] = useState<unknown>(null);
  const { control, handleSubmit, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  function close() {
    reset();
    setServerError(null);
    onClose();
  }

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      notify(t('password.changed'));
      close();
    } catch (error) {
      setServerError(error);
    }
  });

  return (
    <FormDialog
      open={open}
      title={t('password.title')}
      submitting={formState.isSubmitting}
      submitLabel={t('common.save')}
      error={serverError}
      onClose={close}
      onSubmit={submit}
      maxWidth="xs"
    >
      <FormTextField control={control} name="currentPassword" label={t('password.current')} type="password" autoComplete="current-password" />
      <FormTextField control={control} name="newPassword" label={t('password.new')} limits={LIMITS} type="password" autoComplete="new-password" />
      <FormTextField control={control} name="confirmPassword" label={t('password.confirm')} type="password" autoComplete="new-password" />
      <Typography variant="body2" color="text.secondary">
        {t('password.hint')}
      </Typography>
    </FormDialog>
  );
}
