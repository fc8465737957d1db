import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changePassword } from '../auth/authApi';
import { PasswordField } from '../common/PasswordField';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';

// Messages are i18n keys, translated at render time so a language switch re-translates open forms.
const schema = z
  .object({
    currentPassword: z.string().min(1, 'validation.required'),
    newPassword: z.string().min(8, 'validation.passwordTooShort').max(128, 'validation.passwordTooLong'),
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
  const titleId = useId();
  const [serverError, setServerError] = useState<unknown>(null);
  const { register, handleSubmit, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = formState;
  const fieldError = (message: string | undefined) => (message ? t(message, { min: 8, max: 128 }) : undefined);

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
    <Dialog open={open} onClose={isSubmitting ? undefined : close} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('password.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {serverError ? <Alert severity="error">{errorMessage(t, serverError)}</Alert> : null}
            <PasswordField
              label={t('password.current')}
              autoComplete="current-password"
              {...register('currentPassword')}
              error={Boolean(errors.currentPassword)}
              helperText={fieldError(errors.currentPassword?.message)}
            />
            <PasswordField
              label={t('password.new')}
              autoComplete="new-password"
              {...register('newPassword')}
              error={Boolean(errors.newPassword)}
              helperText={fieldError(errors.newPassword?.message)}
            />
            <PasswordField
              label={t('password.confirm')}
              autoComplete="new-password"
              {...register('confirmPassword')}
              error={Boolean(errors.confirmPassword)}
              helperText={fieldError(errors.confirmPassword?.message)}
            />
            <Typography variant="body2" color="text.secondary">
              {t('password.hint')}
            </Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={isSubmitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
