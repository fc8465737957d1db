import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { FormSwitch } from '../common/form/FormSwitch';
import { FormTextField } from '../common/form/FormTextField';
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

export function CompanyFormDialog({ open, company, isOwn, onClose, onSubmit }: CompanyFormDialogProps) {
  const { t } = useTranslation();
  const editing = company !== null;
  const { control, handleSubmit, reset, setError, formState } = useForm<CompanyFormValues>({
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

  const timezoneError = errors.timezone?.message;

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
      <FormTextField control={control} name="name" label={t('companies.name')} limits={{ max: COMPANY_NAME_MAX }} required autoFocus autoComplete="off" />
      <Controller
        control={control}
        name="timezone"
        render={({ field }) => <TimezoneField value={field.value} onChange={field.onChange} error={timezoneError ? t(timezoneError) : undefined} />}
      />
      {editing ? (
        <FormSwitch control={control} name="active" label={t('companies.activeLabel')} disabled={isOwn} />
      ) : (
        <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
            {t('companies.firstAdmin')}
          </Typography>
          <FormTextField control={control} name="adminName" label={t('companies.adminName')} limits={limitFor('name')} required autoComplete="off" />
          <FormTextField
            control={control}
            name="adminEmail"
            label={t('companies.adminEmail')}
            limits={limitFor('email')}
            type="email"
            required
            autoComplete="off"
          />
          <FormTextField
            control={control}
            name="adminPassword"
            label={t('companies.adminPassword')}
            limits={limitFor('password')}
            type="password"
            required
            autoComplete="new-password"
          />
        </Stack>
      )}
    </FormDialog>
  );
}
