import { zodResolver } from '@hookform/resolvers/zod';
import MenuItem from '@mui/material/MenuItem';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROFILES, type User } from '../api/types';
import { FormDialog } from '../common/FormDialog';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { useSettings } from '../settings/settingsQuery';
import { MAX_OPEN_TICKETS, createUserSchema, editUserSchema, limitFor, type UserFormValues } from './userSchema';

interface UserFormDialogProps {
  open: boolean;
  /** The user being edited; null to create one. */
  user: User | null;
  onClose(): void;
  onSubmit(values: UserFormValues): Promise<void>;
}

const EMPTY: UserFormValues = { name: '', email: '', password: '', profile: 'user', maxOpenTickets: '' };

export function UserFormDialog({ open, user, onClose, onSubmit }: UserFormDialogProps) {
  const { t } = useTranslation();
  const editing = user !== null;
  const { control, handleSubmit, reset, setError, formState } = useForm<UserFormValues>({
    resolver: zodResolver(editing ? editUserSchema : createUserSchema),
    defaultValues: EMPTY,
  });
  const { isSubmitting } = formState;
  // A taken e-mail belongs next to the e-mail field; everything else goes on top of the form.
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_EMAIL_IN_USE: 'email' });

  useEffect(() => {
    if (!open) return;
    reset(
      user
        ? {
            name: user.name,
            email: user.email,
            password: '',
            profile: user.profile,
            maxOpenTickets: user.maxOpenTickets === null ? '' : String(user.maxOpenTickets),
          }
        : EMPTY,
    );
    clearSaveError();
  }, [open, user, reset, clearSaveError]);

  // The company default is what an empty cap means: said next to the field, when it can be read.
  const companyCap = useSettings({ enabled: open }).data?.userMaxOpenTickets;
  const capHelp =
    companyCap === undefined
      ? t('users.maxOpenTicketsHelpUnknown')
      : t('users.maxOpenTicketsHelp', { company: companyCap === null ? t('users.noLimit') : String(companyCap) });

  const submit = handleSubmit((values) => save(() => onSubmit(values)));

  return (
    <FormDialog
      open={open}
      title={editing ? t('users.editTitle') : t('users.createTitle')}
      submitting={isSubmitting}
      editing={editing}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField control={control} name="name" label={t('users.name')} limits={limitFor('name')} required autoFocus autoComplete="off" />
      <FormTextField control={control} name="email" label={t('users.email')} limits={limitFor('email')} type="email" required autoComplete="off" />
      <FormTextField
        control={control}
        name="password"
        label={t('users.password')}
        limits={limitFor('password')}
        type="password"
        required={!editing}
        autoComplete="new-password"
        help={editing ? t('users.passwordOptional') : undefined}
      />
      <FormTextField control={control} name="profile" label={t('users.profile')} select required>
        {PROFILES.map((profile) => (
          <MenuItem key={profile} value={profile}>
            {t(`profiles.${profile}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="maxOpenTickets"
        label={t('users.maxOpenTickets')}
        limits={limitFor('maxOpenTickets')}
        help={capHelp}
        type="number"
        autoComplete="off"
        slotProps={{ htmlInput: { min: MAX_OPEN_TICKETS.min, max: MAX_OPEN_TICKETS.max, step: 1, inputMode: 'numeric' } }}
      />
    </FormDialog>
  );
}
