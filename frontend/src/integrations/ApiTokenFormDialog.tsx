import { zodResolver } from '@hookform/resolvers/zod';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { CheckboxGroupField } from './CheckboxGroupField';
import { API_SCOPES, type ApiTokenInput, textKey } from './integrationsApi';
import { EXPIRY_CHOICES, NAME_MAX, apiTokenSchema, expiresAtOf, type ApiTokenFormValues } from './integrationSchemas';

interface ApiTokenFormDialogProps {
  open: boolean;
  onClose(): void;
  onSubmit(input: ApiTokenInput): Promise<void>;
}

const EMPTY: ApiTokenFormValues = { name: '', scopes: [], expiry: 'never', expiryDate: '' };

/** A token is never edited (revoke it and create another): this dialog only creates. */
export function ApiTokenFormDialog({ open, onClose, onSubmit }: ApiTokenFormDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, reset, setError, formState } = useForm<ApiTokenFormValues>({ resolver: zodResolver(apiTokenSchema), defaultValues: EMPTY });
  const { saveError, clearSaveError, save } = useSaveError(setError, {});
  const expiry = useWatch({ control, name: 'expiry' });

  useEffect(() => {
    if (!open) return;
    reset(EMPTY);
    clearSaveError();
  }, [open, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit({ name: values.name.trim(), scopes: values.scopes, expiresAt: expiresAtOf(values) })));
  const scopes = API_SCOPES.map((scope) => ({
    value: scope,
    label: t(`integrations.tokens.scopeOf.${textKey(scope)}.label`),
    help: `${scope} · ${t(`integrations.tokens.scopeOf.${textKey(scope)}.help`)}`,
  }));

  return (
    <FormDialog
      open={open}
      title={t('integrations.tokens.createTitle')}
      submitting={formState.isSubmitting}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField
        control={control}
        name="name"
        label={t('integrations.tokens.name')}
        help={t('integrations.tokens.nameHint')}
        limits={{ max: NAME_MAX }}
        required
        autoFocus
        autoComplete="off"
      />
      <CheckboxGroupField
        control={control}
        name="scopes"
        legend={t('integrations.tokens.scopes')}
        help={t('integrations.tokens.scopesHelp')}
        choices={scopes}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={control} name="expiry" label={t('integrations.tokens.expiry')} help={t('integrations.tokens.expiryHelp')} select fullWidth>
          {EXPIRY_CHOICES.map((choice) => (
            <MenuItem key={choice} value={choice}>
              {t(`integrations.tokens.expiryChoice.${choice}`)}
            </MenuItem>
          ))}
        </FormTextField>
        {expiry === 'custom' ? (
          <FormTextField
            control={control}
            name="expiryDate"
            type="date"
            label={t('integrations.tokens.expiryDate')}
            fullWidth
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ) : null}
      </Stack>
    </FormDialog>
  );
}
