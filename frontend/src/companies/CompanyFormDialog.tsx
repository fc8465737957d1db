import { zodResolver } from '@hookform/resolvers/zod';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { PasswordField } from '../common/PasswordField';
import { useSaveError } from '../common/useSaveError';
import { limitFor } from '../users/userSchema';
import { TimezoneField } from './TimezoneField';
import type { Company } from './companiesApi';
import { COMPANY_NAME_MAX, EMPTY_COMPANY, createCompanySchema, editCompanySchema, type CompanyFormValues } from './companySchema';

interface CompanyFormDialogProps {
  open: boolean;
  /** The company being edited; null to create one with its first admin. */
  company: Company | null;
  /** The caller's own company cannot be deactivated (the server refuses it too). */
  isOwn: boolean;
  onClose(): void;
  onSubmit(values: CompanyFormValues): Promise<void>;
}

const LIMIT_FIELD = { adminName: 'name', adminEmail: 'email', adminPassword: 'password' } as const;

export function CompanyFormDialog({ open, company, isOwn, onClose, onSubmit }: CompanyFormDialogProps) {
  const { t } = useTranslation();
  const editing = company !== null;
  const { register, control, handleSubmit, reset, setError, formState } = useForm<CompanyFormValues>({
    resolver: zodResolver(editing ? editCompanySchema : createCompanySchema),
    defaultValues: EMPTY_COMPANY,
  });
  const { errors, isSubmitting } = formState;
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_EMAIL_IN_USE: 'adminEmail' });

  useEffect(() => {
    if (!open) return;
    reset(company ? { ...EMPTY_COMPANY, name: company.name, timezone: company.timezone, active: company.active } : EMPTY_COMPANY);
    clearSaveError();
  }, [open, company, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit(values)));

  const message = (field: keyof CompanyFormValues) => {
    const key = errors[field]?.message;
    if (!key) return undefined;
    return t(key, field in LIMIT_FIELD ? limitFor(LIMIT_FIELD[field as keyof typeof LIMIT_FIELD]) : { max: COMPANY_NAME_MAX });
  };

  return (
    <FormDialog
      open={open}
      title={editing ? t('companies.editTitle') : t('companies.createTitle')}
      submitting={isSubmitting}
      editing={editing}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <TextField label={t('companies.name')} required autoFocus autoComplete="off" {...register('name')} error={Boolean(errors.name)} helperText={message('name')} />
      <Controller
        control={control}
        name="timezone"
        render={({ field }) => <TimezoneField value={field.value} onChange={field.onChange} error={message('timezone')} />}
      />
      {editing ? (
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <FormControlLabel
              control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} disabled={isOwn} />}
              label={t('companies.activeLabel')}
            />
          )}
        />
      ) : (
        <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
            {t('companies.firstAdmin')}
          </Typography>
          <TextField label={t('companies.adminName')} required autoComplete="off" {...register('adminName')} error={Boolean(errors.adminName)} helperText={message('adminName')} />
          <TextField
            label={t('companies.adminEmail')}
            type="email"
            required
            autoComplete="off"
            {...register('adminEmail')}
            error={Boolean(errors.adminEmail)}
            helperText={message('adminEmail')}
          />
          <PasswordField
            label={t('companies.adminPassword')}
            required
            autoComplete="new-password"
            {...register('adminPassword')}
            error={Boolean(errors.adminPassword)}
            helperText={message('adminPassword')}
          />
        </Stack>
      )}
    </FormDialog>
  );
}
